# -*- coding: utf-8 -*-
"""Build five .xlsx workbooks (and mutants) of county 部门决算 / 部门预算 tables."""
import copy
import sys
from decimal import Decimal as D
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

import gen_data as g
from gen_data import ZERO, CLASS_NAMES

THIN = Side(style='thin', color='000000')
EXPECT = []          # ground truth: one dict per numeric cell that is printed as a number
CURRENT = {'wb': ''}


def _is_code(v):
    return isinstance(v, str) and v.strip().isdigit()


def record(sheet, st, header, hmerges, body, bi, ci, v, shown):
    """row label = nearest text cell to the left (not a code / dash / number); column path from header"""
    row = body[bi]
    label = ''
    for j in range(ci - 1, -1, -1):
        x = row[j]
        if isinstance(x, tuple):
            x = x[1]
        if isinstance(x, str) and x.strip() and not _is_code(x) and x.strip() != '-':
            label = x.strip()
            break
        if isinstance(x, D):
            continue
    path = []
    for hr in range(len(header)):
        t = header[hr][ci] if ci < len(header[hr]) else ''
        for (r0, c0, r1, c1) in hmerges:
            if r0 <= hr <= r1 and c0 <= ci <= c1:
                t = header[r0][c0]
        if t and t != '栏次' and not t.isdigit() and (not path or path[-1] != t):
            path.append(t)
    EXPECT.append({'wb': CURRENT['wb'], 'sheet': sheet, 'row': bi, 'col': ci, 'label': label,
                   'column': '/'.join(path), 'value': shown, 'unit': st.unit})
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class Style:
    def __init__(self, **kw):
        self.border = True          # default for all sheets
        self.no_border = set()      # sheet names without borders
        self.thousands = True
        self.empty = 'blank'        # blank | dash | zero | fmtdash
        self.unit_row = 'right3'    # right3 | left2 | headright | inline2
        self.codes = 'one'          # one | three
        self.code_numeric = False
        self.landscape = set()
        self.footer = False
        self.tableno = True
        self.org = ''
        self.unit = '万元'
        self.font = '宋体'
        self.__dict__.update(kw)


def numfmt(st):
    base = '#,##0.00' if st.thousands else '0.00'
    if st.empty == 'fmtdash':
        return base + ';-' + base + ';"-"'
    return base


def money_cell(ws, r, c, v, st):
    cell = ws.cell(row=r, column=c)
    if v is None:
        return cell
    if v == 0:
        if st.empty == 'blank':
            return cell
        if st.empty == 'dash':
            cell.value = '-'
            cell.alignment = Alignment(horizontal='center', vertical='center')
            return cell
    cell.value = D(v)
    cell.number_format = numfmt(st)
    cell.alignment = Alignment(horizontal='right', vertical='center')
    return cell


def build(wb, st, sheet, title, tableno, header, hmerges, body, widths, notes=(), landscape=None,
          fit=True, title_rows=True, title_cols=None, bold_rows=(), scale=None):
    """header: list of rows (strings); hmerges: (r0,c0,r1,c1) relative to header, 0-based;
    body rows: list of cells: str | Decimal | None | ('m', Decimal) for money | ('t', str) text"""
    ws = wb.create_sheet(sheet)
    n = len(widths)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    border = st.border and sheet not in st.no_border
    r = 1
    ws.cell(row=1, column=1, value=title).font = Font(name=st.font, size=16, bold=True)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal='center', vertical='center')
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.row_dimensions[1].height = 30
    r = 2
    unit_text = '单位：' + st.unit
    if st.unit_row == 'right3':
        if st.tableno and tableno:
            c = ws.cell(row=2, column=n, value=tableno)
            c.alignment = Alignment(horizontal='right')
        ws.cell(row=3, column=1, value='编制单位：' + st.org)
        c = ws.cell(row=3, column=n, value=unit_text)
        c.alignment = Alignment(horizontal='right')
        r = 4
    elif st.unit_row == 'left2':
        ws.cell(row=2, column=1, value=unit_text)
        if st.tableno and tableno:
            c = ws.cell(row=2, column=n, value=tableno)
            c.alignment = Alignment(horizontal='right')
        r = 3
    elif st.unit_row == 'inline2':
        # one merged cell: 部门：xxx            金额单位：万元
        ws.cell(row=2, column=1, value='部门：' + st.org + '\u3000' * 12 + '金额单位：' + st.unit)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
        ws.cell(row=2, column=1).alignment = Alignment(horizontal='left')
        r = 3
    elif st.unit_row == 'headright':
        # unit caption at the right end of the row just above the header, table number left
        if st.tableno and tableno:
            ws.cell(row=2, column=1, value=tableno)
        c = ws.cell(row=2, column=n - 1, value=unit_text)
        ws.merge_cells(start_row=2, start_column=n - 1, end_row=2, end_column=n)
        c.alignment = Alignment(horizontal='right')
        r = 3
    h0 = r
    font = Font(name=st.font, size=10)
    bfont = Font(name=st.font, size=10, bold=True)
    for hr in header:
        for ci, v in enumerate(hr, 1):
            c = ws.cell(row=r, column=ci, value=v if v != '' else None)
            c.font = bfont
            c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            if border:
                c.border = BORDER
        r += 1
    for (r0, c0, r1, c1) in hmerges:
        ws.merge_cells(start_row=h0 + r0, start_column=c0 + 1, end_row=h0 + r1, end_column=c1 + 1)
    b0 = r
    for bi, br in enumerate(body):
        for ci0, v0 in enumerate(br):
            mv = v0[1] if isinstance(v0, tuple) else v0
            if isinstance(mv, D) and not (mv == 0 and st.empty in ('blank', 'dash', 'fmtdash')):
                record(sheet, st, header, hmerges, body, bi, ci0, mv, f'{mv:.2f}')
            elif isinstance(mv, str) and '%' in '/'.join(str(h[ci0]) for h in header if ci0 < len(h)):
                try:
                    D(mv)
                    EXPECT.append({'wb': CURRENT['wb'], 'sheet': sheet, 'row': bi, 'col': ci0,
                                   'label': str(br[0]).strip(), 'column': str(header[0][ci0]), 'value': mv, 'unit': '%'})
                except Exception:
                    pass
        for ci, v in enumerate(br, 1):
            if isinstance(v, tuple) and v[0] == 'm':
                c = money_cell(ws, r, ci, v[1], st)
            elif isinstance(v, D):
                c = money_cell(ws, r, ci, v, st)
            else:
                c = ws.cell(row=r, column=ci)
                if v not in (None, ''):
                    if st.code_numeric and isinstance(v, str) and v.isdigit() and len(v) in (3, 5, 7) and ci == 1:
                        c.value = int(v)
                    else:
                        c.value = v
                    c.alignment = Alignment(horizontal='left' if not (isinstance(v, str) and v.isdigit()) else 'left',
                                            vertical='center')
            c.font = bfont if bi in bold_rows else font
            if border:
                c.border = BORDER
        r += 1
    r += 0
    for note in notes:
        ws.cell(row=r, column=1, value=note).font = font
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical='top')
        ws.row_dimensions[r].height = 30
        r += 1
    # page setup
    ws.page_setup.paperSize = 9
    land = landscape if landscape is not None else sheet in st.landscape
    ws.page_setup.orientation = 'landscape' if land else 'portrait'
    if fit:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if scale:
        ws.page_setup.scale = scale
    if title_rows:
        ws.print_title_rows = f'${h0}:${b0 - 1}'
    if title_cols:
        ws.print_title_cols = '$' + title_cols.replace(':', ':$')
    if st.footer:
        ws.oddFooter.center.text = '第 &P 页，共 &N 页'
        ws.oddFooter.center.size = 9
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    return ws


# ---------------- 决算 tables -----------------

def codes_cells(st, r):
    if st.codes == 'three':
        c = r['code']
        if r['level'] == 1:
            return [c[:3], '', '']
        if r['level'] == 2:
            return [c[:3], c[3:5], '']
        return [c[:3], c[3:5], c[5:7]]
    return [r['code']]


def code_header(st, extra_cols, top_label='项目', with_lanci=True, lanci_start=1):
    """returns header rows, merges, n code columns"""
    k = len(extra_cols)
    if st.codes == 'three':
        h = [[top_label, '', '', ''] + extra_cols,
             ['科目编码', '', '', '科目名称'] + [''] * k,
             ['类', '款', '项', ''] + [''] * k]
        m = [(0, 0, 0, 3), (1, 0, 1, 2), (1, 3, 2, 3)] + [(0, 4 + i, 2, 4 + i) for i in range(k)]
        if with_lanci:
            h.append(['栏次', '', '', ''] + [str(lanci_start + i) for i in range(k)])
            m.append((3, 0, 3, 3))
        return h, m, 4
    h = [[top_label, ''] + extra_cols, ['科目编码', '科目名称'] + [''] * k]
    m = [(0, 0, 0, 1)] + [(0, 2 + i, 1, 2 + i) for i in range(k)]
    if with_lanci:
        h.append(['栏次', ''] + [str(lanci_start + i) for i in range(k)])
        m.append((2, 0, 2, 1))
    return h, m, 2


def total_label_cells(st, label='合计'):
    return [label, '', '', ''] if st.codes == 'three' else [label, '']


def t01(wb, d, st, lanci=True, all_classes=True, sheet='收入支出决算总表', no='公开01表'):
    classes = [(c, n) for c, n in CLASS_NAMES if all_classes or c in d.class_spend]
    if lanci:
        header = [['收入', '', '', '支出', '', ''], ['项目', '行次', '金额', '项目', '行次', '金额'],
                  ['栏次', '', '1', '栏次', '', '2']]
        hm = [(0, 0, 0, 2), (0, 3, 0, 5)]
    else:
        header = [['收入', '', '支出', ''], ['项目', '金额', '项目', '金额']]
        hm = [(0, 0, 0, 1), (0, 2, 0, 3)]
    body = []
    n = max(len(d.in_items), len(classes))
    for i in range(n):
        left = ['', '', None] if lanci else ['', None]
        if i < len(d.in_items):
            nm, v = d.in_items[i]
            left = [nm, str(i + 1), v] if lanci else [nm, v]
        right = ['', '', None] if lanci else ['', None]
        if i < len(classes):
            code, nm = classes[i]
            v = d.class_spend.get(code, ZERO)
            right = [g.cn(i + 1) + '、' + nm, str(32 + i), v] if lanci else [g.cn(i + 1) + '、' + nm, v]
        body.append(left + right)
    tail = [('本年收入合计', d.income, '本年支出合计', d.spend),
            ('使用非财政拨款结余', d.use_nf, '结余分配', d.distr),
            ('年初结转和结余', d.begin, '年末结转和结余', d.end),
            ('总计', d.grand_in, '总计', d.grand_out)]
    ln = 27
    bold = []
    for a, av, b, bv in tail:
        if lanci:
            body.append([a, str(ln), av, b, str(ln + 31), bv])
        else:
            body.append([a, av, b, bv])
        ln += 1
        if a in ('本年收入合计', '总计'):
            bold.append(len(body) - 1)
    widths = [30, 6, 14, 34, 6, 14] if lanci else [30, 16, 34, 16]
    notes = ['注：本表反映部门本年度的总收支和年末结转结余情况。']
    title = f'{d.county}{d.name}{d.year}年度收入支出决算总表'
    return build(wb, st, sheet, title, no, header, hm, body, widths, notes, bold_rows=bold)


def tree_body(st, d, rows, cols, total_label='合计', filt=None):
    body = []
    tot = [sum((r[c] for r in rows if r['level'] == 1), ZERO) for c in cols]
    body.append(total_label_cells(st, total_label) + tot)
    for r in rows:
        if filt and not filt(r):
            continue
        body.append(codes_cells(st, r) + [r['name']] + [r[c] for c in cols])
    return body


def t02(wb, d, st, sheet='收入决算表', no='公开02表', fit=True, title_cols=None, widths=None, scale=None, landscape=None):
    cols = ['in_total', 'in_fiscal', 'in_up', 'in_career', 'in_biz', 'in_attach', 'in_other']
    labels = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']
    h, m, k = code_header(st, labels)
    body = tree_body(st, d, d.rows, cols)
    body[0][k] = d.tot['in_total']   # allows the mutant to override the 合计 cell only
    if widths is None:
        widths = ([6, 5, 5, 30] if k == 4 else [10, 30]) + [14] * len(cols)
    title = f'{d.county}{d.name}{d.year}年度收入决算表'
    return build(wb, st, sheet, title, no, h, m, body, widths, fit=fit, title_cols=title_cols, bold_rows=[0],
                 scale=scale, landscape=landscape)


def t03(wb, d, st, sheet='支出决算表', no='公开03表', fit=True, title_cols=None):
    cols = ['total', 'basic', 'proj', 'up', 'biz', 'sub']
    labels = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']
    h, m, k = code_header(st, labels)
    body = tree_body(st, d, d.rows, cols)
    widths = ([6, 5, 5, 30] if k == 4 else [10, 30]) + [15] * len(cols)
    title = f'{d.county}{d.name}{d.year}年度支出决算表'
    return build(wb, st, sheet, title, no, h, m, body, widths, fit=fit, title_cols=title_cols, bold_rows=[0])


def t04(wb, d, st, sheet='财政拨款收入支出决算总表', no='公开04表'):
    header = [['收入', '', '支出', '', '', '', ''],
              ['项目', '金额', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']]
    hm = [(0, 0, 0, 1), (0, 2, 0, 6)]
    classes = [(c, n) for c, n in CLASS_NAMES if c in d.class_fiscal]
    left = [('一、一般公共预算财政拨款', d.tot['in_fiscal']), ('二、政府性基金预算财政拨款', ZERO),
            ('三、国有资本经营预算财政拨款', ZERO)]
    body = []
    for i in range(max(len(left), len(classes))):
        row = ['', None] if i >= len(left) else [left[i][0], left[i][1]]
        if i < len(classes):
            c, nm = classes[i]
            v = d.class_fiscal[c]
            row += [g.cn(i + 1) + '、' + nm, v, v, ZERO, ZERO]
        else:
            row += ['', None, None, None, None]
        body.append(row)
    fi, fo = d.tot['in_fiscal'], d.tot['ftotal']
    body.append(['本年收入合计', fi, '本年支出合计', fo, fo, ZERO, ZERO])
    body.append(['年初财政拨款结转和结余', d.f_begin, '年末财政拨款结转和结余', d.f_end, d.f_end, ZERO, ZERO])
    body.append(['  一般公共预算财政拨款', d.f_begin, '', None, None, None, None])
    body.append(['  政府性基金预算财政拨款', ZERO, '', None, None, None, None])
    body.append(['  国有资本经营预算财政拨款', ZERO, '', None, None, None, None])
    body.append(['总计', d.f_grand_in, '总计', d.f_grand_out, d.f_grand_out, ZERO, ZERO])
    widths = [28, 13, 28, 13, 14, 14, 14]
    title = f'{d.county}{d.name}{d.year}年度财政拨款收入支出决算总表'
    return build(wb, st, sheet, title, no, header, hm, body, widths, bold_rows=[len(body) - 6, len(body) - 1])


def t05(wb, d, st, sheet='一般公共预算财政拨款支出决算表', no='公开05表'):
    header = [['项目', '', '本年支出', '', ''], ['科目编码', '科目名称', '小计', '基本支出', '项目支出']]
    hm = [(0, 0, 0, 1), (0, 2, 0, 4)]
    if st.codes == 'three':
        header = [['项目', '', '', '', '本年支出', '', ''], ['科目编码', '', '', '科目名称', '小计', '基本支出', '项目支出'],
                  ['类', '款', '项', '', '', '', '']]
        hm = [(0, 0, 0, 3), (0, 4, 0, 6), (1, 0, 1, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 2, 6)]
    body = tree_body(st, d, d.rows, ['ftotal', 'bf', 'pf'], filt=lambda r: r['ftotal'] != 0)
    widths = ([6, 5, 5, 30] if st.codes == 'three' else [10, 34]) + [15, 15, 15]
    title = f'{d.county}{d.name}{d.year}年度一般公共预算财政拨款支出决算表'
    return build(wb, st, sheet, title, no, header, hm, body, widths, bold_rows=[0])


def econ_lines(d, classes):
    out = []
    for cls in classes:
        e = d.econ[cls]
        out.append((cls, e['name'], e['v']))
        for x in e['items']:
            out.append((x['code'], x['name'], x['v']))
    return out


def t06(wb, d, st, groups=2, sheet='一般公共预算财政拨款基本支出决算表', no='公开06表'):
    pers = econ_lines(d, PERS)
    pub = econ_lines(d, PUB)
    if groups == 2:
        cols = [pers, pub]
        header = [['人员经费', '', '', '公用经费', '', ''],
                  ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数']]
        hm = [(0, 0, 0, 2), (0, 3, 0, 5)]
        widths = [9, 28, 13, 9, 28, 13]
    else:
        half = (len(pub) + 1) // 2
        cols = [pers, pub[:half], pub[half:]]
        header = [['人员经费', '', '', '公用经费', '', '', '', '', ''],
                  ['科目编码', '科目名称', '决算数'] * 3]
        hm = [(0, 0, 0, 2), (0, 3, 0, 8)]
        widths = [8, 22, 11, 8, 22, 11, 8, 22, 11]
    n = max(len(c) for c in cols)
    body = []
    for i in range(n):
        row = []
        for c in cols:
            row += list(c[i]) if i < len(c) else ['', '', None]
        body.append(row)
    if groups == 2:
        body.append(['人员经费合计', '', d.personnel, '公用经费合计', '', d.public])
    else:
        body.append(['人员经费合计', '', d.personnel, '公用经费合计', '', '', '', '', d.public])
    title = f'{d.county}{d.name}{d.year}年度一般公共预算财政拨款基本支出决算表'
    ws = build(wb, st, sheet, title, no, header, hm, body, widths, bold_rows=[len(body) - 1])
    last = ws.max_row - (1 if False else 0)
    return ws


PERS = ['301', '303']
PUB = ['302', '310']


def t07(wb, d, st, sheet='一般公共预算财政拨款“三公”经费支出决算表', no='公开07表'):
    header = [['预算数', '', '', '', '', '', '决算数', '', '', '', '', ''],
              ['合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'] * 2,
              ['', '', '小计', '公务用车购置费', '公务用车运行费', ''] * 2,
              [str(i) for i in range(1, 13)]]
    hm = [(0, 0, 0, 5), (0, 6, 0, 11), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 4), (1, 5, 2, 5),
          (1, 6, 2, 6), (1, 7, 2, 7), (1, 8, 1, 10), (1, 11, 2, 11)]
    body = [[d.sgb_total, d.sgb_abroad, d.sgb_car, d.sgb_car_buy, d.sgb_car_run, d.sgb_recv,
             d.sg_total, d.sg_abroad, d.sg_car, d.sg_car_buy, d.sg_car_run, d.sg_recv]]
    notes = ['注：“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。' 
             f'{d.year}年度本部门国内公务接待{d.recv_batches}批次、{d.recv_people}人次；公务用车保有量{4 if d.key != "transport" else 9}辆。']
    widths = [11] * 12
    title = f'{d.county}{d.name}{d.year}年度一般公共预算财政拨款“三公”经费支出决算表'
    return build(wb, st, sheet, title, no, header, hm, body, widths, notes, landscape=True)


def t08(wb, d, st, sheet='政府性基金预算财政拨款收入支出决算表', no='公开08表'):
    header = [['项目', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'],
              ['科目编码', '科目名称', '', '', '小计', '基本支出', '项目支出', '']]
    hm = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6), (0, 7, 1, 7)]
    body = [['合计', '', None, None, None, None, None, None], ['', '', None, None, None, None, None, None]]
    notes = [f'注：本单位{d.year}年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。']
    widths = [10, 26, 13, 13, 13, 13, 13, 13]
    title = f'{d.county}{d.name}{d.year}年度政府性基金预算财政拨款收入支出决算表'
    return build(wb, st, sheet, title, no, header, hm, body, widths, notes)


# ---------------- 预算 tables -----------------

def b01(wb, d, st, sheet='收支预算总表', no='表一'):
    header = [['收入', '', '支出', ''], ['项目', '预算数', '项目', '预算数']]
    hm = [(0, 0, 0, 1), (0, 2, 0, 3)]
    classes = [(c, n) for c, n in CLASS_NAMES if c in d.class_spend]
    body = []
    for i in range(max(len(d.in_items), len(classes))):
        row = list(d.in_items[i]) if i < len(d.in_items) else ['', None]
        if i < len(classes):
            c, nm = classes[i]
            row += [g.cn(i + 1) + '、' + nm, d.class_spend[c]]
        else:
            row += ['', None]
        body.append(row)
    body.append(['本年收入合计', d.income, '本年支出合计', d.spend])
    body.append(['上年结转结余', d.carry, '年终结转结余', d.end])
    body.append(['收入总计', d.grand, '支出总计', d.spend + d.end])
    title = f'{d.county}{d.name}{d.year}年部门收支预算总表'
    return build(wb, st, sheet, title, no, header, hm, body, [30, 16, 30, 16], bold_rows=[len(body) - 3, len(body) - 1])


def b02(wb, d, st, split_basic=False, sheet='一般公共预算支出表', no='表二'):
    if split_basic:
        header = [['科目编码', '科目名称', '合计', '基本支出', '', '', '项目支出'],
                  ['', '', '', '小计', '人员经费', '公用经费', '']]
        hm = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
        cols = ['fiscal', 'basic', 'pers', 'pub', 'proj']
        widths = [10, 32, 14, 14, 14, 14, 14]
    else:
        header = [['科目编码', '科目名称', '合计', '基本支出', '项目支出']]
        hm = []
        cols = ['fiscal', 'basic', 'proj']
        widths = [10, 34, 15, 15, 15]
    body = tree_body(st, d, d.rows, cols, filt=lambda r: r['fiscal'] != 0)
    title = f'{d.county}{d.name}{d.year}年一般公共预算支出表'
    return build(wb, st, sheet, title, no, header, hm, body, widths, bold_rows=[0])


def b03(wb, d, st, sheet='一般公共预算基本支出表', no='表三'):
    header = [['部门预算支出经济分类科目', '', '本年一般公共预算基本支出', '', ''],
              ['科目编码', '科目名称', '合计', '人员经费', '公用经费']]
    hm = [(0, 0, 0, 1), (0, 2, 0, 4)]
    body = [['合计', '', d.basic_fiscal, d.personnel, d.public]]
    for cls in ['301', '302', '303', '310']:
        e = d.econ[cls]
        isp = cls in PERS
        body.append([cls, e['name'], e['v'], e['v'] if isp else None, None if isp else e['v']])
        for x in e['items']:
            body.append([x['code'], '  ' + x['name'], x['v'], x['v'] if isp else None, None if isp else x['v']])
    title = f'{d.county}{d.name}{d.year}年一般公共预算基本支出表'
    return build(wb, st, sheet, title, no, header, hm, body, [10, 30, 15, 15, 15], bold_rows=[0])


def b04_h(wb, d, st, sheet='一般公共预算“三公”经费支出表', no='表四'):
    header = [['年度', '合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
              ['', '', '', '小计', '公务用车购置费', '公务用车运行费', '']]
    hm = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    body = [[f'{d.year - 1}年预算数', d.psg_total, d.psg_abroad, d.psg_car, d.psg_car_buy, d.psg_car_run, d.psg_recv],
            [f'{d.year}年预算数', d.sg_total, d.sg_abroad, d.sg_car, d.sg_car_buy, d.sg_car_run, d.sg_recv]]
    title = f'{d.county}{d.name}{d.year}年一般公共预算“三公”经费支出表'
    return build(wb, st, sheet, title, no, header, hm, body, [14, 13, 13, 13, 13, 13, 13], landscape=True)


def b04_v(wb, d, st, sheet='“三公”经费预算表', no='表四'):
    header = [['项目', f'{d.year - 1}年预算数', f'{d.year}年预算数', '增减额', '增减率（%）']]
    items = [('合计', d.psg_total, d.sg_total), ('1.因公出国（境）费', d.psg_abroad, d.sg_abroad),
             ('2.公务接待费', d.psg_recv, d.sg_recv), ('3.公务用车购置及运行费', d.psg_car, d.sg_car),
             ('  其中：公务用车购置费', d.psg_car_buy, d.sg_car_buy), ('        公务用车运行费', d.psg_car_run, d.sg_car_run)]
    body = []
    for nm, a, b in items:
        diff = b - a
        rate = g.pct(diff, a, '0.1') if a else None
        body.append([nm, a, b, diff, (f'{rate:.1f}' if rate is not None else '-')])
    title = f'{d.county}{d.name}{d.year}年“三公”经费预算表'
    return build(wb, st, sheet, title, no, header, [], body, [28, 16, 16, 16, 14], bold_rows=[0])


def new_wb(name=''):
    CURRENT['wb'] = name
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def depts():
    A = g.make_final('edu', 11, 1, 2023, '教育局', '青禾县')
    B = g.make_final('health', 80, 10000, 2023, '卫生健康局', '青禾县')
    Dd = g.make_final('transport', 33, 1, 2023, '交通运输局', '临川县')
    C = g.make_budget('agri', 44, 1, 2024, '农业农村局', '临川县')
    E = g.make_budget('civil', 55, 10000, 2024, '民政局', '石泉县')
    return A, B, C, Dd, E


def wb_A(A, out):
    st = Style(org='青禾县教育局', unit='万元', thousands=True, empty='blank', unit_row='right3',
               codes='one', landscape={'收入决算表', '支出决算表'}, footer=True)
    wb = new_wb(out)
    t01(wb, A, st)
    t02(wb, A, st)
    t03(wb, A, st)
    t04(wb, A, st)
    t05(wb, A, st)
    t06(wb, A, st, groups=2)
    t07(wb, A, st)
    t08(wb, A, st)
    wb.save(out)


def wb_B(B, out):
    st = Style(org='青禾县卫生健康局', unit='元', thousands=False, empty='dash', unit_row='left2',
               codes='three', border=True,
               no_border={'收支总表', '基本支出决算表', '三公经费决算表', '财政拨款收支总表'},
               landscape={'收入决算表', '支出决算表', '财政拨款收支总表'}, footer=True)
    wb = new_wb(out)
    t01(wb, B, st, lanci=False, all_classes=True, sheet='收支总表')
    # wide table: no fit-to-width, wide columns; codes+name repeated on page 2
    t02(wb, B, st, fit=False, title_cols='A:D', widths=[5, 4, 4, 25] + [14] * 7, scale=70, landscape=False)
    # long table over two pages with print-title rows
    t03(wb, B, st, fit=True)
    t04(wb, B, st, sheet='财政拨款收支总表')
    t05(wb, B, st)
    t06(wb, B, st, groups=2, sheet='基本支出决算表')
    t07(wb, B, st, sheet='三公经费决算表')
    wb.save(out)


def wb_C(C, out):
    st = Style(org='临川县农业农村局', unit='万元', thousands=True, empty='zero', unit_row='headright',
               codes='one', border=True)
    wb = new_wb(out)
    b01(wb, C, st)
    b02(wb, C, st, split_basic=False)
    b03(wb, C, st)
    b04_h(wb, C, st)
    wb.save(out)


def wb_D(Dd, out):
    st = Style(org='临川县交通运输局', unit='万元', thousands=True, empty='zero', unit_row='inline2', font='WenQuanYi Zen Hei',
               codes='one', code_numeric=True, border=True, landscape={'支出决算表'})
    wb = new_wb(out)
    t01(wb, Dd, st, lanci=False, all_classes=False)
    t03(wb, Dd, st)
    t06(wb, Dd, st, groups=3)
    t07(wb, Dd, st)
    wb.save(out)


def wb_E(E, out):
    st = Style(org='石泉县民政局', unit='元', thousands=True, empty='fmtdash', unit_row='right3',
               codes='one', border=False, tableno=True, footer=True)
    wb = new_wb(out)
    b01(wb, E, st, no='预算01表')
    b02(wb, E, st, split_basic=True, no='预算02表')
    b03(wb, E, st, no='预算03表')
    b04_v(wb, E, st, no='预算04表')
    wb.save(out)


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else 'xlsx'
    import os
    os.makedirs(out, exist_ok=True)
    A, B, C, Dd, E = depts()
    wb_A(A, f'{out}/A_qinghe_edu_2023_juesuan.xlsx')
    wb_B(B, f'{out}/B_qinghe_health_2023_juesuan.xlsx')
    wb_C(C, f'{out}/C_linchuan_agri_2024_yusuan.xlsx')
    wb_D(Dd, f'{out}/D_linchuan_transport_2023_juesuan.xlsx')
    wb_E(E, f'{out}/E_shiquan_civil_2024_yusuan.xlsx')
    # ---- mutants ----
    import json
    os.makedirs('mut_xlsx', exist_ok=True)
    man = []
    A1 = copy.deepcopy(A)
    v = f'{A.tot["in_total"]:.2f}'
    ip, dp = v.split('.')
    nv = ip[:-2] + ip[-1] + ip[-2] + '.' + dp      # transpose the last two integer digits
    assert nv != v
    A1.tot['in_total'] = D(nv)
    wb_A(A1, 'mut_xlsx/M1_A_qinghe_edu_2023_juesuan.xlsx')
    man.append(['inputs/mutants/M1_A_qinghe_edu_2023_juesuan.pdf', '收入决算表',
                '收入决算表 合计 row, 本年收入合计 cell only (wrong 合计: the row parts, the 类 rows and 收入支出决算总表 本年收入合计 still give the true value)',
                f'{D(v):,.2f}', f'{D(nv):,.2f}'])
    B2 = copy.deepcopy(B)
    r = [x for x in B2.rows if x['code'] == '21004'][0]
    fr = f"{r['total']:.2f} / {r['basic']:.2f}"
    r['total'] += D('100000.00')
    r['basic'] += D('100000.00')
    to = f"{r['total']:.2f} / {r['basic']:.2f}"
    wb_B(B2, 'mut_xlsx/M2_B_qinghe_health_2023_juesuan.xlsx')
    man.append(['inputs/mutants/M2_B_qinghe_health_2023_juesuan.pdf', '支出决算表',
                '支出决算表 款 row 210 04 公共卫生: 本年支出合计 and 基本支出 both +100,000.00 (row still adds across; the 款 no longer equals the sum of its 项 rows, and 类 210 no longer equals the sum of its 款 rows)',
                fr, to])
    # extra probes (beyond the four asked for): mistakes inside tables printed without borders
    E5 = copy.deepcopy(E)
    fr = f'{E.grand:,.2f}'
    E5.grand = E.grand + D('10000.00')
    wb_E(E5, 'mut_xlsx/P5_E_shiquan_civil_2024_yusuan.xlsx')
    man.append(['inputs/probes/P5_E_shiquan_civil_2024_yusuan.pdf', '收支预算总表 (no borders)',
                '收支预算总表 收入总计 cell +10,000.00 (no longer 本年收入合计 + 上年结转结余, no longer equal to 支出总计)', fr, f'{E5.grand:,.2f}'])
    B6 = copy.deepcopy(B)
    fr = f'{B.personnel:.2f}'
    B6.personnel = B.personnel + D('50000.00')
    wb_B(B6, 'mut_xlsx/P6_B_qinghe_health_2023_juesuan.xlsx')
    man.append(['inputs/probes/P6_B_qinghe_health_2023_juesuan.pdf', '基本支出决算表 (no borders)',
                '基本支出决算表 人员经费合计 +50,000.00 (no longer 301 + 303)', fr, f'{B6.personnel:.2f}'])
    json.dump(man, open('manifest_xlsx.json', 'w'), ensure_ascii=False)
    json.dump(EXPECT, open('expected_xlsx.json', 'w'), ensure_ascii=False, indent=0)
