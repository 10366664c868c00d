# -*- coding: utf-8 -*-
"""Independent re-check of the workbooks from the cell values: code hierarchy sums,
合计 rows, and per-row 合计 = sum of parts where the header says so."""
import sys
from decimal import Decimal as D
from openpyxl import load_workbook


def num(v):
    if v is None or v == '-' or v == '':
        return D(0)
    if isinstance(v, (int, float, D)):
        return D(str(v))
    return None


def check(path):
    wb = load_workbook(path)
    problems = []
    for ws in wb.worksheets:
        rows = [[c.value for c in r] for r in ws.iter_rows()]
        # code rows: one column or 3 columns
        coded = []
        three = any(len(r) > 3 and isinstance(r[1], str) and r[1].isdigit() and len(r[1]) == 2 for r in rows)
        for i, r in enumerate(rows):
            if isinstance(r[0], (str, int)) and str(r[0]).isdigit() and len(str(r[0])) in (3, 5, 7):
                if three:
                    code = str(r[0]) + (r[1] or '') + (r[2] or '')
                    vals = r[4:]
                else:
                    code = str(r[0])
                    vals = r[2:]
                # skip side-by-side econ tables (have codes in later columns)
                if any(isinstance(v, str) and v.isdigit() and len(v) == 5 for v in vals):
                    coded = None
                    break
                coded.append((i, code, vals))
            elif isinstance(r[1], str) and len(r) > 3 and r[1] == '' and False:
                pass
        if not coded:
            continue
        ncol = len(coded[0][2])
        for i, code, vals in coded:
            kids = [k for k in coded if len(k[1]) == len(code) + 2 and k[1].startswith(code)]
            if not kids:
                continue
            for j in range(ncol):
                a = num(vals[j])
                if a is None:
                    continue
                s = sum(num(k[2][j]) or 0 for k in kids)
                if a != s:
                    problems.append(f'{ws.title} row {i + 1} code {code} col {j}: {a} != {s}')
        # 合计 row = sum of top-level codes
        tot = [r for r in rows if r[0] == '合计']
        if tot:
            tr = tot[0]
            off = len(tr) - ncol
            top = [k for k in coded if len(k[1]) == 3]
            for j in range(ncol):
                a = num(tr[off + j])
                if a is None:
                    continue
                s = sum(num(k[2][j]) or 0 for k in top)
                if a != s:
                    problems.append(f'{ws.title} 合计 col {j}: {a} != {s}')
    return problems


if __name__ == '__main__':
    for p in sys.argv[1:]:
        pr = check(p)
        print(p, 'OK' if not pr else '')
        for x in pr:
            print('   ', x)
