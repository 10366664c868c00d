#!/usr/bin/env python3
"""Mutation harness for ReportMiner.

Plants one arithmetic mistake per mutant in the clean corpus documents, runs the
tool once over all mutants, and measures recall / precision.

Usage (from the repository root, with a published build):
    dotnet publish src/ReportMiner.Cli -c Release -o /tmp/rm
    RM_TOOL=/tmp/rm/reportminer python3 tests/ReportMiner.Benchmarks/scripts/mutation-recall.py
    RM_TOOL=... python3 tests/ReportMiner.Benchmarks/scripts/mutation-recall.py eval   # re-score the last run
The clean documents are corpus/*-clean*.txt. Outputs go to $RM_MUTATION_DIR (default /tmp/reportminer-mutation):
mutants/ (one sub-directory per mutant), out_mut/ (tool output), mutants.json (the plan), results.csv (one row per
mutant), summary.txt. Mutation sites are only planted where this script verified the relation arithmetically in the
clean document; a mutant is caught when an error or warning finding names the mutated figure, sits on its line, or
on the line of a figure of the verified relation. Deterministic: fixed seed.
"""
import csv, json, os, random, re, shutil, subprocess, sys, glob
from collections import defaultdict, Counter
from decimal import Decimal

TOOL = os.environ.get('RM_TOOL', 'reportminer')
H = os.environ.get('RM_MUTATION_DIR', '/tmp/reportminer-mutation')
CLEAN_SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'corpus')
SEED = 20240611
PER_KIND = {  # max mutants per sub-kind (sampled deterministically)
    'digit_total': 70, 'digit_part': 70, 'digit_table': 50,
    'pct_share': 50, 'pct_growth': 50, 'pct_exec': 30,
    'change_amount': 70, 'unit_slip': 60, 'restatement': 60,
}
FW = {chr(0xFF10 + i): str(i) for i in range(10)}
FW_INV = {v: k for k, v in FW.items()}


def read_csv(p):
    with open(p, encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def ftext(t):
    # the tool prefixes figures that start with - (CSV-injection guard) with '
    return t[1:] if t.startswith("'") else t


def norm_digits(s):
    return ''.join(FW.get(c, c) for c in s).replace('．', '.').replace('，', ',').replace('－', '-')


def num_part(text):
    """(start,end) of the numeric part inside a figure text (first number)."""
    t = norm_digits(text).replace('，', ',').replace('．', '.')
    m = re.search(r'-?\d[\d,]*(?:\.\d+)?', t)
    return (m.start(), m.end()) if m else None


def decimals(text):
    t = norm_digits(text).replace('．', '.')
    m = re.search(r'\d[\d,]*(?:\.(\d+))?', t)
    return len(m.group(1)) if m and m.group(1) else 0


def ulp_base(fig):
    """half-unit of the last written digit, in base units (yuan for money)."""
    v = float(fig['value']); b = float(fig['base_value'])
    mult = b / v if v else unit_mult(fig['unit'])
    return 10 ** (-decimals(fig['text'])) * mult


def unit_mult(u):
    return {'元': 1, '千元': 1e3, '万元': 1e4, '亿元': 1e8, '万亿元': 1e12}.get(u, 1)


class Doc:
    def __init__(self, name, path, figs):
        self.name, self.path = name, path
        self.lines = open(path, encoding='utf-8').read().split('\n')
        self.figs = figs
        for f in figs:
            f['text'] = ftext(f['text'])
            f['ln'] = int(f['line']); f['st'] = int(f['start']); f['len'] = int(f['length'])
            f['b'] = float(f['base_value']); f['v'] = float(f['value'])
            f['approx_b'] = f['approx'] == 'true'
            L = self.lines[f['ln'] - 1]
            assert L[f['st']:f['st'] + f['len']] == f['text'], (name, f)
        self.byline = defaultdict(list)
        for f in figs:
            self.byline[f['ln']].append(f)

    def before(self, f, n=8):
        L = self.lines[f['ln'] - 1]
        return L[max(0, f['st'] - n):f['st']]

    def after(self, f, n=6):
        L = self.lines[f['ln'] - 1]
        e = f['st'] + f['len']
        return L[e:e + n]


CHANGE_WORDS = re.compile(r'(增加|减少|增长|下降|增收|减收|节约|超支|多|少|降低|提高|上升|回落|增|减|下降了|增加了|减少了)$')
RATE_BEFORE = re.compile(r'(增长|下降|增加|减少|降低|提高|上升|回落|增|减|同比|下降了|增长了)$')


def is_change_money(doc, f):
    b = doc.before(f, 6)
    return bool(re.search(r'(增加|减少|增收|减收|节约|超支|多|少|降低|下降|增长|上升|减|增)(了)?(约)?$', b))


def money(f):
    return f['kind'] == 'money' and not f['approx_b']


def pct(f):
    return f['kind'] == 'percent' and f['unit'] in ('%', '％') and not f['approx_b']


# ---------------------------------------------------------------- relations

def sum_ok(total, parts):
    tol = 0.5 * ulp_base(total) + sum(0.5 * ulp_base(p) for p in parts) + 1e-6
    return abs(sum(p['b'] for p in parts) - total['b']) <= tol


def find_sum_relations(doc):
    """Verified sum relations: (total, parts, where) where parts sum to total at written precision."""
    rels = []
    seen = set()
    # in-line: total followed (or preceded) by a contiguous run of money figures on the same line
    # (optionally continuing on the next line if it starts with 其中/包括)
    for ln, fs in doc.byline.items():
        cand = [f for f in fs if money(f) and not is_change_money(doc, f) and f['column'] == '']
        if len(cand) < 3:
            nxt = doc.lines[ln] if ln < len(doc.lines) else ''
            if not (len(cand) >= 1 and re.match(r'^\s*(其中|包括)', nxt)):
                continue
        ext = list(cand)
        nxt = doc.lines[ln] if ln < len(doc.lines) else ''
        if re.match(r'^\s*(其中|包括)', nxt):
            ext += [f for f in doc.byline.get(ln + 1, []) if money(f) and not is_change_money(doc, f) and f['column'] == '']
        for i, t in enumerate(ext):
            if t['ln'] != ln or t['b'] == 0:
                continue
            # parts after
            for k in range(2, len(ext) - i):
                parts = ext[i + 1:i + 1 + k]
                if sum(p['b'] for p in parts) > t['b'] * 1.001 + 1:
                    break
                if sum_ok(t, parts) and all(p['b'] > 0 for p in parts[:1]):
                    key = (t['id'], tuple(p['id'] for p in parts))
                    if key not in seen:
                        seen.add(key); rels.append((t, parts, 'inline'))
                    break
            # parts before (A、B、C，合计X)
            for k in range(2, i + 1):
                parts = ext[i - k:i]
                if sum(p['b'] for p in parts) > t['b'] * 1.001 + 1:
                    break
                if sum_ok(t, parts) and re.search(r'(合计|共计|总计|共|总额|小计)', doc.before(t, 8)):
                    key = (t['id'], tuple(p['id'] for p in parts))
                    if key not in seen:
                        seen.add(key); rels.append((t, parts, 'inline'))
                    break
    # tables: per column, rows with a money cell; a total row against a contiguous block of rows
    cols = defaultdict(list)
    for f in doc.figs:
        if not money(f):
            continue
        L = doc.lines[f['ln'] - 1]
        if '\t' in L or f['column'] or re.search(r'\s{3,}', L):
            # one figure per (line, column): take the cell in that column
            cols[f['column']].append(f)
    for c, fs in cols.items():
        # keep only lines with exactly one figure in this column
        cnt = Counter(f['ln'] for f in fs)
        fs = [f for f in fs if cnt[f['ln']] == 1]
        fs.sort(key=lambda f: f['ln'])
        for i, t in enumerate(fs):
            if t['b'] == 0:
                continue
            label = doc.lines[t['ln'] - 1][:t['st']]
            for direction in (-1, 1):
                for k in range(2, 25):
                    lo, hi = (i - k, i) if direction < 0 else (i + 1, i + 1 + k)
                    if lo < 0 or hi > len(fs):
                        break
                    parts = fs[lo:hi]
                    # contiguous lines only (no gap larger than 2 lines)
                    lns = [p['ln'] for p in parts] + [t['ln']]
                    lns.sort()
                    if any(b - a > 2 for a, b in zip(lns, lns[1:])):
                        break
                    if sum(p['b'] for p in parts) > t['b'] * 1.001 + 1:
                        break
                    if sum_ok(t, parts):
                        key = (t['id'], tuple(p['id'] for p in parts))
                        if key not in seen:
                            seen.add(key); rels.append((t, parts, 'table'))
                        break
    return rels


def ratio_matches(p, x, y, slack=1.0):
    """p% ≈ 100*x/y at written precision of p (rounded or truncated)."""
    if y == 0:
        return False
    u = 10 ** (-decimals(p['text']))
    r = 100.0 * x / y
    return abs(r - abs(p['v'])) <= slack * u + 1e-9


def find_pct_relations(doc):
    out = []
    for f in doc.figs:
        if not pct(f):
            continue
        b = doc.before(f, 14)
        same = [g for g in doc.byline[f['ln']] if money(g) or (g['kind'] == 'count' and not g['approx_b'])]
        before_same = [g for g in same if g['st'] < f['st'] or f['column']]
        kind = None
        if re.search(r'(执行率|完成率|执行进度|完成|执行了|执行)[^，。；]*$', b) or f['column'] in ('执行率', '完成率', '完成预算%', '完成调整预算'):
            kind = 'pct_exec'
        elif re.search(r'占[^，。；]*$', doc.before(f, 20)) or f['column'] in ('占比%', '占一般性转移支付%'):
            kind = 'pct_share'
        elif RATE_BEFORE.search(doc.before(f, 3)) or f['column'] == '增长%':
            kind = 'pct_growth'
        if not kind:
            continue
        related = None
        if kind in ('pct_exec', 'pct_share'):
            # part on the same line before the rate; whole on same line or within the previous 12 lines
            pool = [g for g in doc.figs if (money(g) or (g['kind'] == 'count' and not g['approx_b'])) and f['ln'] - 12 <= g['ln'] <= f['ln']]
            for a in reversed(before_same):
                for w in pool:
                    if w is a or w['unit'] != a['unit'] and w['kind'] != a['kind']:
                        continue
                    if w['b'] <= 0:
                        continue
                    if ratio_matches(f, a['b'], w['b']):
                        related = [a, w]; break
                if related:
                    break
        else:
            # growth: among figures of the same line before the rate: (cur, change) or (cur, prior)
            ms = [g for g in before_same if g['kind'] == f['kind'] or money(g) or g['kind'] == 'count']
            for i, x in enumerate(ms):
                for y in ms:
                    if x is y or x['unit'] != y['unit'] and x['kind'] != y['kind']:
                        continue
                    cands = []
                    if is_change_money(doc, y) and not is_change_money(doc, x):
                        cands.append((y['b'], x['b'] - y['b']))  # growth = change / (cur - change)
                        cands.append((y['b'], x['b'] + y['b']))
                    elif not is_change_money(doc, x) and not is_change_money(doc, y) and y['b'] > 0:
                        cands.append((x['b'] - y['b'], y['b']))
                    for num, den in cands:
                        if den > 0 and ratio_matches(f, abs(num), den):
                            related = [x, y]; break
                    if related:
                        break
                if related:
                    break
        if related:
            out.append((f, related, kind))
    return out


def find_change_relations(doc):
    out = []
    for f in doc.figs:
        if not money(f) or not is_change_money(doc, f) or f['b'] == 0:
            continue
        same = [g for g in doc.byline[f['ln']] if money(g) and g is not f and not is_change_money(doc, g)]
        tol = 0.5 * ulp_base(f)
        rel = None
        for x in same:
            for y in same:
                if x is y:
                    continue
                t2 = tol + 0.5 * ulp_base(x) + 0.5 * ulp_base(y) + 1e-6
                if abs(abs(x['b'] - y['b']) - f['b']) <= t2:
                    rel = [x, y]; break
            if rel:
                break
        if not rel:
            # a rate right after the amount: change/(cur-change)
            rates = [g for g in doc.byline[f['ln']] if pct(g) and g['st'] > f['st'] and g['st'] - (f['st'] + f['len']) < 8]
            for r in rates:
                for x in same:
                    if x['st'] < f['st']:
                        for den in (x['b'] - f['b'], x['b'] + f['b']):
                            if den > 0 and ratio_matches(r, f['b'], den):
                                rel = [x, r]; break
                    if rel:
                        break
                if rel:
                    break
        if rel:
            out.append((f, rel))
    return out


def find_restatements(doc):
    out = []
    fs = [f for f in doc.figs if money(f) and f['label'] and f['b'] != 0]
    groups = defaultdict(list)
    for f in fs:
        groups[(f['label'], f['b'], f['column'])].append(f)
    for k, g in groups.items():
        lines = sorted(set(f['ln'] for f in g))
        if len(lines) >= 2:
            out.append(g)
    return out


# ---------------------------------------------------------------- mutations

def digit_change(rng, text, min_place_ulps=10):
    """Change one digit of the number in text so the value moves by >= min_place_ulps ulps."""
    np_ = num_part(text)
    s, e = np_
    num = text[s:e]
    digs = [i for i in range(s, e) if norm_digits(text[i]).isdigit()]
    # place value of each digit
    dec_pos = None
    for i in range(s, e):
        if text[i] in '.．':
            dec_pos = i
    n_dec = decimals(text)
    places = {}
    intdigs = [i for i in digs if dec_pos is None or i < dec_pos]
    for j, i in enumerate(intdigs):
        places[i] = len(intdigs) - 1 - j  # 10^place
    if dec_pos is not None:
        for j, i in enumerate([i for i in digs if i > dec_pos]):
            places[i] = -(j + 1)
    ok = [i for i in digs if 10 ** places[i] >= min_place_ulps * 10 ** (-n_dec) - 1e-12]
    if not ok:
        ok = digs
    # avoid changing a lone leading digit to 0 and prefer significant digits
    i = rng.choice(ok)
    old = int(norm_digits(text[i]))
    choices = [d for d in range(10) if d != old and not (i == intdigs[0] and d == 0 and len(intdigs) >= 1 and places[i] >= 0 and (len(intdigs) > 1 or n_dec == 0))]
    d = rng.choice(choices)
    ch = str(d) if text[i].isascii() else FW_INV[str(d)]
    return text[:i] + ch + text[i + 1:], (d - old) * 10 ** places[i]


def pct_change(rng, text):
    s, e = num_part(text)
    num = norm_digits(text[s:e]).replace(',', '')
    v = Decimal(num)
    nd = decimals(text)
    for _ in range(20):
        delta = Decimal(rng.choice([2, 3, 4, 5, -2, -3, -4, -5]))
        if rng.random() < 0.3:
            delta += Decimal(rng.choice([1, -1])) * Decimal(10) ** (-nd) * rng.randint(1, 9) if nd else 0
        nv = v + delta
        if nv > 0:
            break
    else:
        nv = v + 3
    ns = f'{nv:.{nd}f}'
    if not text[s].isascii():
        ns = ''.join(FW_INV.get(c, c) for c in ns).replace('.', '．')
    return text[:s] + ns + text[e:], float(nv - v)


def main():
    rng = random.Random(SEED)
    # 1. clean copies + verification run
    cdir = f'{H}/clean'
    shutil.rmtree(cdir, ignore_errors=True); os.makedirs(cdir)
    for p in sorted(glob.glob(f'{CLEAN_SRC}/*-clean*.txt')):
        shutil.copy(p, cdir)
    subprocess.run([TOOL, 'check', cdir, '--out', f'{H}/out_clean', '--quiet'], check=False)
    cf = read_csv(f'{H}/out_clean/findings.csv')
    bad = [x for x in cf if x['severity'] in ('error', 'warning')]
    print(f'clean docs: {len(glob.glob(cdir + "/*.txt"))}, findings {len(cf)}, error/warning {len(bad)}')
    if bad:
        print('WARNING: clean docs have error/warning findings:', bad[:5])
    figs = defaultdict(list)
    for f in read_csv(f'{H}/out_clean/figures.csv'):
        figs[os.path.basename(f['document'])].append(f)
    docs = {n: Doc(n, f'{cdir}/{n}', figs[n]) for n in sorted(figs)}

    # 2. candidate mutation sites
    cands = defaultdict(list)
    for n, d in docs.items():
        for t, parts, where in find_sum_relations(d):
            rel = [t] + parts
            kt = 'digit_table' if where == 'table' else 'digit_total'
            cands[kt].append(dict(doc=n, fig=t, related=rel, role='total', where=where))
            for p in parts:
                if p['b'] == 0:
                    continue
                kp = 'digit_table' if where == 'table' else 'digit_part'
                cands[kp].append(dict(doc=n, fig=p, related=rel, role='part', where=where))
                if re.search(r'(万元|亿元|千元|元)$', p['text']):
                    cands['unit_slip'].append(dict(doc=n, fig=p, related=rel, role='part', where=where))
        for f, rel, kind in find_pct_relations(d):
            cands[kind].append(dict(doc=n, fig=f, related=[f] + rel, role='rate'))
        for f, rel in find_change_relations(d):
            cands['change_amount'].append(dict(doc=n, fig=f, related=[f] + rel, role='change'))
        for g in find_restatements(d):
            for f in g:
                cands['restatement'].append(dict(doc=n, fig=f, related=g, role='restated'))
    # dedupe per kind by figure id
    for k in cands:
        u = {}
        for c in cands[k]:
            u.setdefault((c['doc'], c['fig']['id']), c)
        cands[k] = list(u.values())
    print('candidates:', {k: len(v) for k, v in cands.items()})

    # 3. sample + build mutants
    mdir = f'{H}/mutants'
    shutil.rmtree(mdir, ignore_errors=True); os.makedirs(mdir)
    plan = []
    for kind in PER_KIND:
        cs = sorted(cands[kind], key=lambda c: (c['doc'], c['fig']['ln'], c['fig']['st']))
        # spread over documents: round-robin over shuffled per-doc lists
        bydoc = defaultdict(list)
        for c in cs:
            bydoc[c['doc']].append(c)
        for v in bydoc.values():
            rng.shuffle(v)
        order = []
        keys = sorted(bydoc)
        while any(bydoc.values()):
            for k in keys:
                if bydoc[k]:
                    order.append(bydoc[k].pop())
        for c in order[:PER_KIND[kind]]:
            d = docs[c['doc']]; f = c['fig']
            L = d.lines[f['ln'] - 1]
            old = f['text']
            if kind.startswith('digit') or kind in ('change_amount', 'restatement'):
                new, delta = digit_change(rng, old)
                detail = f'value {delta:+g} (in written unit)'
            elif kind.startswith('pct'):
                new, delta = pct_change(rng, old)
                detail = f'{delta:+g} points'
            elif kind == 'unit_slip':
                u = re.search(r'(万元|亿元|千元|元)$', old).group(1)
                nu = {'万元': rng.choice(['元', '千元']), '亿元': '万元', '千元': '元', '元': '万元'}[u]
                new = old[:-len(u)] + nu
                detail = f'{u}->{nu}'
            mid = f'm{len(plan) + 1:04d}'
            lines = list(d.lines)
            lines[f['ln'] - 1] = L[:f['st']] + new + L[f['st'] + f['len']:]
            os.makedirs(f'{mdir}/{mid}')
            with open(f'{mdir}/{mid}/{c["doc"]}', 'w', encoding='utf-8', newline='') as fh:
                fh.write('\n'.join(lines))
            plan.append(dict(id=mid, kind=kind, group=KIND_GROUP[kind], doc=c['doc'], line=f['ln'], start=f['st'],
                             old=old, new=new, new_len=len(new), detail=detail, role=c['role'],
                             label=f['label'], column=f['column'],
                             related=[(g['id'], g['ln'], g['text']) for g in c['related']],
                             orig_line=L, mut_line=lines[f['ln'] - 1]))
    json.dump(plan, open(f'{H}/mutants.json', 'w'), ensure_ascii=False, indent=1)
    print('mutants:', len(plan), Counter(p['kind'] for p in plan))

    # 4. one tool run over all mutants
    shutil.rmtree(f'{H}/out_mut', ignore_errors=True)
    subprocess.run([TOOL, 'check', mdir, '--out', f'{H}/out_mut', '--quiet'], check=False)
    evaluate(plan)


KIND_GROUP = {'digit_total': 'digit', 'digit_part': 'digit', 'digit_table': 'digit',
              'pct_share': 'percent', 'pct_growth': 'percent', 'pct_exec': 'percent',
              'change_amount': 'change_amount', 'unit_slip': 'unit_slip', 'restatement': 'restatement'}


def evaluate(plan):
    mf = read_csv(f'{H}/out_mut/findings.csv')
    mfig = read_csv(f'{H}/out_mut/figures.csv')
    mdocs = read_csv(f'{H}/out_mut/documents.csv')
    def mid_of(path):
        m = re.search(r'(m\d{4})', path)
        return m.group(1) if m else None
    failed = [d for d in mdocs if d['status'] != 'ok']
    figs_by = defaultdict(list)
    for f in mfig:
        figs_by[mid_of(f['document'])].append(f)
    find_by = defaultdict(list)
    for x in mf:
        find_by[mid_of(x['document'])].append(x)
    rows = []
    tp_err = fp_err = 0; tp_err_strict = 0
    tp_ew = fp_ew = 0
    fp_list = []
    for p in plan:
        mid = p['id']
        fs = figs_by[mid]
        s0, s1 = p['start'], p['start'] + p['new_len']
        mut_fig = [f for f in fs if int(f['line']) == p['line'] and int(f['start']) < s1 and int(f['start']) + int(f['length']) > s0]
        mut_ids = {f['id'] for f in mut_fig}
        # related figures: map clean related (line,text) to mutant figures on those lines overlapping the same span
        rel_lines = {ln for _, ln, _ in p['related']}
        hits = []
        for x in find_by[mid]:
            ids = set(x['figures'].split())
            ln = int(x['line']) if x['line'] else -1
            how = None
            if ids & mut_ids:
                how = 'names_fig'
            elif ln == p['line']:
                how = 'same_line'
            elif ln in rel_lines:
                how = 'related_line'
            x['_how'] = how
            if x['severity'] in ('error', 'warning'):
                if how:
                    tp_ew += 1
                else:
                    fp_ew += 1
            if x['severity'] == 'error':
                if how:
                    tp_err += 1
                    if how in ('names_fig', 'same_line'):
                        tp_err_strict += 1
                else:
                    fp_err += 1; fp_list.append((mid, p, x))
            if how and x['severity'] in ('error', 'warning'):
                hits.append(x)
        info_hits = [x for x in find_by[mid] if x['_how'] and x['severity'] == 'info']
        ew_any = [x for x in find_by[mid] if x['severity'] in ('error', 'warning')]
        if hits:
            status = 'caught'
        elif info_hits:
            status = 'missed_info_only'
        elif not mut_fig:
            status = 'missed_not_extracted'
        elif ew_any:
            status = 'missed_unrelated_finding'
        else:
            status = 'missed_silent'
        rows.append(dict(id=mid, kind=p['kind'], group=p['group'], doc=p['doc'], line=p['line'], old=p['old'], new=p['new'],
                         detail=p['detail'], role=p['role'], status=status,
                         how=' '.join(sorted({x['_how'] for x in hits})),
                         rules=' '.join(sorted({f"{x['rule']}:{x['severity']}" for x in hits})),
                         info=' | '.join(f"{x['rule']}:{x['message']}" for x in info_hits)[:300],
                         mut_fig=' '.join(f"{f['id']}:{f['text']}:{f['value']}{f['unit']}:{'approx' if f['approx']=='true' else ''}:{f['label']}" for f in mut_fig),
                         related=' ; '.join(f'L{ln} {t}' for _, ln, t in p['related']),
                         mut_line=p['mut_line']))
    with open(f'{H}/results.csv', 'w', encoding='utf-8', newline='') as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
        w.writeheader(); w.writerows(rows)
    with open(f'{H}/false_alarms.csv', 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['mutant', 'kind', 'doc', 'mut_line', 'old', 'new', 'f_line', 'rule', 'severity', 'message', 'figures'])
        for mid, p, x in fp_list:
            w.writerow([mid, p['kind'], p['doc'], p['line'], p['old'], p['new'], x['line'], x['rule'], x['severity'], x['message'], x['figures']])
    out = []
    out.append(f'mutants: {len(plan)}  documents failed: {len(failed)}')
    c = sum(r['status'] == 'caught' for r in rows)
    out.append(f'RECALL overall: {c}/{len(rows)} = {c / len(rows):.1%}')
    for key in ('group', 'kind'):
        out.append(f'-- by {key}')
        for k in sorted({r[key] for r in rows}):
            rr = [r for r in rows if r[key] == k]
            cc = sum(r['status'] == 'caught' for r in rr)
            out.append(f'  {k:16s} {cc:4d}/{len(rr):4d} = {cc / len(rr):6.1%}   ' +
                       ' '.join(f'{s}={n}' for s, n in Counter(r['status'] for r in rr).most_common() if s != 'caught'))
    out.append('-- how caught: ' + str(Counter(r['how'] for r in rows if r['status'] == 'caught')))
    out.append('-- rules caught: ' + str(Counter(r['rules'] for r in rows if r['status'] == 'caught').most_common(20)))
    out.append(f'PRECISION error level: {tp_err}/{tp_err + fp_err} = {tp_err / max(1, tp_err + fp_err):.1%}  '
               f'(strict names-fig/same-line only: {tp_err_strict}/{tp_err + fp_err} = {tp_err_strict / max(1, tp_err + fp_err):.1%})')
    out.append(f'PRECISION error+warning: {tp_ew}/{tp_ew + fp_ew} = {tp_ew / max(1, tp_ew + fp_ew):.1%}')
    s = '\n'.join(out)
    print(s)
    open(f'{H}/summary.txt', 'w').write(s + '\n')


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'eval':
        evaluate(json.load(open(f'{H}/mutants.json')))
    else:
        main()
