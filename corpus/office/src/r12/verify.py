# -*- coding: utf-8 -*-
"""Independent check (from the saved .xlsx cells) that the clean workbooks add up; prints failures only."""
import glob, re
from decimal import Decimal as D
from openpyxl import load_workbook
def num(v):
    return D(str(round(v, 2))) if isinstance(v, (int, float)) else D(0)
bad = 0
for f in sorted(glob.glob('out/xlsx/W*.xlsx')):
    wb = load_workbook(f); n = 0
    for ws in wb.worksheets:
        rows = []
        ncol0 = min((c.column - 1 for row in ws.iter_rows(min_row=4) for c in row if isinstance(c.value, (int, float))), default=0)
        for row in ws.iter_rows(min_row=4):
            vals = [c.value for c in row]
            cc = [v for v in vals if isinstance(v, str) and re.fullmatch(r'\d{3}', v or '')]
            # one-column codes or three-column codes
            code = None
            s = [v for v in vals[:3] if isinstance(v, str) and v.isdigit()]
            if s and len(s[0]) in (3, 5, 7) and ws.title not in ('一般公共预算财政拨款基本支出决算表',):
                code = s[0]
            if len(s) >= 2 and all(len(x) <= 3 for x in s):
                code = ''.join(s)
            nums = [num(v) for v in vals[ncol0:]]
            rows.append((code, nums, vals))
        coded = {c: nums for c, nums, _ in rows if c}
        for c, nums in coded.items():
            kids = [k for k in coded if k != c and k.startswith(c) and len(k) == len(c) + 2]
            if kids:
                for i in range(len(nums)):
                    s_ = sum(coded[k][i] for k in kids if i < len(coded[k]))
                    n += 1
                    if s_ != nums[i]:
                        bad += 1; print('HIER', f, ws.title, c, i, nums[i], s_)
        if ws.title in ('收入决算表', '支出决算表', '一般公共预算财政拨款支出决算表'):
            for c, nums, _ in rows:
                if c and nums:
                    k = 3 if ws.title == '支出决算表' else (7 if ws.title == '收入决算表' else 3)
                    n += 1
                    if nums[0] != sum(nums[1:k + 1 if ws.title == '收入决算表' else len(nums)]):
                        if ws.title != '支出决算表' or nums[0] != sum(nums[1:]):
                            bad += 1; print('ROW', f, ws.title, c, nums)
    print(f, 'checks', n)
print('failures', bad)
