from decimal import Decimal as D, ROUND_HALF_UP
import copy

def q(x, nd='0.01'): return D(x).quantize(D(nd), ROUND_HALF_UP)
def f2(x, sep=True): return format(q(x), ',.2f' if sep else '.2f')
def pct(a, b, nd='0.01'): return q(D(a) / D(b) * 100, nd)
def growth(cur, prev, nd='0.01'): return q((D(cur) - D(prev)) / D(prev) * 100, nd)
def wan(yuan): return q(D(yuan) / 10000)  # 元 -> 万元, 2 decimals

class Tree:
    """functional-classification expenditure tree built from 项 leaves: (code, name, basic, project)"""
    def __init__(self, classes, leaves):
        self.names = dict(classes)  # code -> name for 类 (3) and 款 (5)
        self.leaves = [(c, n, D(b), D(p)) for c, n, b, p in leaves]
    def rows(self):
        """ordered rows: (level, code, name, total, basic, project) with class/款 derived"""
        out = []
        agg = {}
        for c, n, b, p in self.leaves:
            for k in (c[:3], c[:5], c):
                a = agg.setdefault(k, [D(0), D(0)]); a[0] += b; a[1] += p
        seen = set()
        for c, n, b, p in self.leaves:
            for lvl, k in ((1, c[:3]), (2, c[:5])):
                if k not in seen:
                    seen.add(k); out.append((lvl, k, self.names[k], agg[k][0] + agg[k][1], agg[k][0], agg[k][1]))
            out.append((3, c, n, b + p, b, p))
        self.agg = agg
        return out
    def total(self):
        b = sum(l[2] for l in self.leaves); p = sum(l[3] for l in self.leaves)
        return b + p, b, p
    def cls(self, code):
        self.rows(); a = self.agg[code]; return a[0] + a[1]

def C(t, **kw):
    d = {'t': t}; d.update(kw); return d

def apply_mutations(blocks, muts):
    """muts: ('text', old, new) replaces exactly one occurrence in paragraph blocks;
    ('cell', table_id, row_first_text, col_index, old, new) replaces a table cell"""
    blocks = copy.deepcopy(blocks)
    for m in muts:
        if m[0] == 'text':
            _, old, new = m
            hits = [i for i, b in enumerate(blocks) if b[0] in ('p', 'h1', 'h2') and old in b[1]]
            assert len(hits) == 1 and blocks[hits[0]][1].count(old) == 1, (m, hits)
            i = hits[0]; blocks[i] = (blocks[i][0], blocks[i][1].replace(old, new)) + tuple(blocks[i][2:])
        elif m[0] == 'cell':
            _, tid, rowkey, col, old, new = m
            tb = [b for b in blocks if b[0] == 'table' and b[3] == tid]
            assert len(tb) == 1, m
            rows = [r for r in tb[0][2] if not r.get('header') and any(c.get('t', '') == rowkey for c in r['cells'])]
            assert len(rows) == 1, (m, len(rows))
            cell = rows[0]['cells'][col]
            assert cell['t'] == old, (m, cell['t'])
            cell['t'] = new
    return blocks
