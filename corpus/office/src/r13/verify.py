"""Independent Decimal re-check of every clean table as rendered (cell strings), from leaves up."""
import os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from decimal import Decimal as D
from docs import c01, c02, c03, c07
from common import growth, q
import openpyxl
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
checks = 0; fails = []
def num(s): s = s.replace(',', '').strip(); return D(s) if s not in ('', '—') else D(0)
def eq(a, b, what):
    global checks; checks += 1
    if a != b: fails.append(f'{what}: {a} != {b}')
def tree_check(name, rows, codecol, valcols):
    """rows: list of (code, [values]); check parent = sum children by code prefix, total row (code '') = sum of 3-digit"""
    body = [(c, v) for c, v in rows if c]
    for c, v in body:
        kids = [w for cc, w in body if len(cc) == (5 if len(c) == 3 else 7 if len(c) == 5 else 99) and cc.startswith(c)]
        if kids:
            for i in range(len(v)): eq(v[i], sum(k[i] for k in kids), f'{name} {c} col{i}')
    tot = [v for c, v in rows if not c][0]
    for i in range(len(tot)): eq(tot[i], sum(v[i] for c, v in body if len(c) == 3), f'{name} 合计 col{i}')
    for c, v in rows: eq(v[0], sum(v[1:]), f'{name} {c or "合计"} row')
def cells(b): return [[c.get('t', '') for c in r['cells']] for r in b[2] if not r.get('header')]
def total_table(name, rs, lcol, rcol, lidx, ridx):
    L = {r[lidx]: num(r[lcol]) for r in rs if r[lidx]}; R = {r[ridx]: num(r[rcol]) for r in rs if r[ridx]}
    items = [v for k, v in L.items() if re.match('^[一二三四五六七八]、', k)]; ritems = [v for k, v in R.items() if re.match('^[一二三四五六七八]、', k)]
    lt = [k for k in L if '本年收入合计' in k][0]; rt = [k for k in R if '本年支出合计' in k][0]
    eq(L[lt], sum(items), f'{name} 本年收入合计'); eq(R[rt], sum(ritems), f'{name} 本年支出合计')
    lg = [k for k in L if k.endswith('总计')][0]; rg = [k for k in R if k.endswith('总计')][0]
    eq(L[lg], L[lt] + sum(v for k, v in L.items() if '结' in k), f'{name} 收入总计'); eq(R[rg], R[rt] + sum(v for k, v in R.items() if '结' in k), f'{name} 支出总计')
    eq(L[lg], R[rg], f'{name} 收支总计相等')
for fn in (c01, c02, c03):
    blocks, _ = fn(); nm = fn.__name__
    tb = {b[3]: b for b in blocks if b[0] == 'table'}
    rs = cells(tb['t_gf'])
    if nm == 'c01':
        rows = [((r[0] + r[1] + r[2]) if r[0] != '合计' else '', [num(x) for x in (r[4:7] if r[0] != '合计' else r[1:4])]) for r in rs]
        total_table(nm, cells(tb['t_total']), 2, 5, 0, 3)
    else:
        rows = [(r[0], [num(x) for x in r[2:5]]) for r in rs]
        total_table(nm, cells(tb['t_total']), 1, 3, 0, 2)
    tree_check(nm, rows, 0, 3)
    sg = cells(tb['t_sg'])
    if nm == 'c01':
        for r in sg:
            v = [num(x) for x in r[1:]]; eq(v[0], v[1] + v[2] + v[5], f'{nm} 三公 {r[0]} 合计'); eq(v[2], v[3] + v[4], f'{nm} 三公 {r[0]} 小计')
    else:
        for col in range(1, 4 if nm == 'c02' else 5):
            v = [num(r[col]) for r in sg]; eq(v[0], v[1] + v[2] + v[5], f'{nm} 三公 col{col} 合计'); eq(v[2], v[3] + v[4], f'{nm} 三公 col{col} 车')
        for r in sg:
            if nm == 'c02':
                eq(num(r[3]), num(r[2]) - num(r[1]), f'{nm} 三公 {r[0]} 增减额')
                if num(r[1]): eq(num(r[4]), growth(num(r[2]), num(r[1])), f'{nm} 三公 {r[0]} 增减率')
            else: eq(num(r[4]), num(r[2]) - num(r[3]), f'{nm} 三公 {r[0]} 比上年增减')
# c07 表3 / 表2
blocks, _ = c07(); tb = {b[3]: b for b in blocks if b[0] == 'table'}
fin = cells(tb['t_fin']); lv = lambda s: len(s) - len(s.lstrip('　'))
for col in (1, 2):
    V = [(lv(r[0]), r[0].strip('　'), num(r[col])) for r in fin]
    for i, (l, n, v) in enumerate(V):
        kids = []
        for l2, n2, v2 in V[i + 1:]:
            if l2 <= l: break
            if l2 == l + 1: kids.append(v2)
        if kids: eq(v, sum(kids), f'c07 表3 {n} col{col}')
for r in fin: eq(num(r[3]), growth(num(r[1]), num(r[2]), '0.1'), f'c07 表3 {r[0].strip()} 增长')
gr = cells(tb['t_grain']); eq(num(gr[0][1]), sum(num(r[1]) for r in gr[1:]), 'c07 表2 粮食')
# excel sources
for x, tree_cols in (('c05_水利局_支出决算表_excel.xlsx', 6), ('c06_自然资源局_财拨支出_excel.xlsx', 3)):
    ws = openpyxl.load_workbook(os.path.join(ROOT, 'build', x)).worksheets[0]
    rows = [(str(r[0] or ''), [q(D(str(v or 0))) for v in r[2:2 + tree_cols]]) for r in ws.iter_rows(min_row=6, values_only=True)]
    tree_check(x, rows, 0, tree_cols)
ws = openpyxl.load_workbook(os.path.join(ROOT, 'build', 'c06_自然资源局_财拨支出_excel.xlsx')).worksheets[1]
for off in (0, 3):
    rs = [(str(r[off] or ''), q(D(str(r[off + 2] or 0)))) for r in ws.iter_rows(min_row=6, values_only=True) if r[off] and str(r[off]).isdigit()]
    for c, v in rs:
        if len(c) == 3: eq(v, sum(v2 for c2, v2 in rs if len(c2) == 5 and c2.startswith(c)), f'c06 基本支出 {c}')
    tot = [r for r in ws.iter_rows(min_row=6, values_only=True) if r[off] and '合计' in str(r[off])][0][off + 2]
    eq(q(D(str(tot))), sum(v for c, v in rs if len(c) == 5), f'c06 基本支出 合计 off{off}')
print(f'{checks} checks, {len(fails)} failures'); print('\n'.join(fails))
sys.exit(1 if fails else 0)
