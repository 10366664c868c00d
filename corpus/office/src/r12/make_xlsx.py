# -*- coding: utf-8 -*-
"""Build six 部门决算 workbooks (+3 mutants) with openpyxl. Run with /usr/bin/python3."""
import copy
import json
import os
import sys
from decimal import Decimal as D

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from depts import ALL_CLASSES, CN_NUM, PERSON, PUBLIC, all_depts, q

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'out', 'xlsx')

STYLES = {
    'W1': dict(border=True, codes='1col', empty='blank', hangci=True, font='宋体', footer=True, basic='2groups',
               sangong='horizontal', lanci=False),
    'W2': dict(border=False, codes='3col', empty='dash', hangci=False, font='WenQuanYi Zen Hei', header='dept',
               basic='2groups', sangong='horizontal', lanci=False),
    'W3': dict(border=True, codes='1col', empty='zero', hangci=False, font='Noto Sans CJK SC', footer=True,
               basic='3groups', sangong='horizontal', wide=True, lanci=False),
    'W4': dict(border=True, codes='3col', empty='blank', hangci=True, font='Noto Serif CJK SC', basic='3groups',
               sangong='horizontal', lanci=True),
    'W5': dict(border=False, codes='1col', empty='dashfmt', hangci=False, font='仿宋_GB2312', header='dept',
               basic='list', sangong='vertical', neg='minus', lanci=False),
    # W1w: same data and style as W1, but the 编制单位 caption is a narrow wrapped cell (as in many real exports)
    'W1w': dict(border=True, codes='1col', empty='blank', hangci=True, font='宋体', footer=True, basic='2groups',
                sangong='horizontal', lanci=False, wrapcap=True),
    'W6': dict(border=True, codes='1col', empty='zero', hangci=True, font='Noto Sans CJK SC', footer=True,
               basic='list', sangong='vertical', neg='paren', lanci=True),
}

THIN = Side(style='thin', color='000000')


class Sheet:
    def __init__(self, wb, title, d, st, ncols):
        self.ws = wb.create_sheet(title)
        self.d, self.st, self.ncols = d, st, ncols
        self.font = st['font']
        self.cells = {}
        self.r = 1

    def put(self, r, c, v, kind='text', fmt=None, key=None, bold=False, align=None):
        ws = self.ws
        cell = ws.cell(row=r, column=c)
        st = self.st
        numfmt = '#,##0.00'
        if st.get('empty') == 'dashfmt':
            numfmt = '#,##0.00;-#,##0.00;"-"'
        if st.get('neg') == 'paren':
            numfmt = '#,##0.00;(#,##0.00);0.00'
        if kind == 'num':
            if v is None:
                val = None
            elif v == 0 and st['empty'] == 'blank':
                val = None
            elif v == 0 and st['empty'] == 'dash':
                val = '-'
            else:
                val = float(v)
            cell.value = val
            cell.number_format = fmt or numfmt
            cell.alignment = Alignment(horizontal='right', vertical='center')
        else:
            cell.value = v
            cell.alignment = Alignment(horizontal=align or 'left', vertical='center', wrap_text=True)
        size = 10
        if kind == 'title':
            size = 16
            bold = True
            cell.alignment = Alignment(horizontal='center', vertical='center')
        if kind == 'hdr':
            bold = True
            cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        cell.font = Font(name=self.font, size=size, bold=bold)
        if st['border'] and kind in ('hdr', 'num', 'text', 'cell'):
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        if key:
            self.cells[key] = cell.coordinate
        return cell

    def merge(self, r1, c1, r2, c2, v, kind='hdr', align=None):
        self.put(r1, c1, v, kind, align=align)
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                if (rr, cc) != (r1, c1):
                    self.put(rr, cc, None, kind if kind != 'title' else 'none')
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def head(self, title, no):
        d = self.d
        n = self.ncols
        self.merge(1, 1, 1, n, title, 'title')
        self.ws.row_dimensions[1].height = 30
        self.put(2, n, no, 'plain', align='right')
        if self.st.get('wrapcap'):
            # narrow wrapped caption cell (the 编制单位 text wraps inside column A)
            self.put(3, 1, '编制单位：' + d.name, 'plain')
        else:
            # one cell, not wrapped: the text runs over the empty cells to its right, as in real exports
            c = self.put(3, 1, '编制单位：' + d.name, 'plain')
            c.alignment = Alignment(horizontal='left', vertical='center', wrap_text=False)
        if n >= 4:
            c = self.put(3, n // 2 + 1, f'{d.year}年度', 'plain', align='center')
            c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=False)
        c = self.put(3, n, '单位：' + d.unit, 'plain', align='right')
        c.alignment = Alignment(horizontal='right', vertical='center', wrap_text=False)
        self.r = 4

    def setup(self, landscape=False, fit=True, widths=None, title_rows=None, title_cols=None):
        ws = self.ws
        st = self.st
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = 'landscape' if landscape else 'portrait'
        if fit:
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        if widths:
            for i, w in enumerate(widths, 1):
                ws.column_dimensions[get_column_letter(i)].width = w
        if title_rows:
            ws.print_title_rows = title_rows
        if title_cols:
            ws.print_title_cols = title_cols
        if st.get('footer'):
            ws.oddFooter.center.text = '第 &P 页，共 &N 页'
            ws.oddFooter.center.size = 9
        if st.get('header') == 'dept':
            ws.oddHeader.left.text = f'{self.d.name}{self.d.year}年度部门决算'
            ws.oddHeader.left.size = 9
            ws.oddHeader.right.text = '&A'
            ws.oddHeader.right.size = 9


def code_cols(st):
    return 3 if st['codes'] == '3col' else 1


def put_code(sh, r, code, name, key=None):
    """write code (1 or 3 columns) + name; returns next column."""
    st = sh.st
    if st['codes'] == '3col':
        parts = [code[:3], code[3:5], code[5:7]]
        for i, p in enumerate(parts):
            sh.put(r, 1 + i, p or None, 'text', align='center')
        sh.put(r, 4, name, 'text', key=key)
        return 5
    sh.put(r, 1, code, 'text')
    sh.put(r, 2, name, 'text', key=key)
    return 3


def code_header(sh, r, nrows_extra):
    """header cells for 项目 block; r is first header row, spans 2 or 3 rows."""
    st = sh.st
    if st['codes'] == '3col':
        sh.merge(r, 1, r, 4, '项目')
        sh.merge(r + 1, 1, r + 1, 3, '科目编码')
        sh.merge(r + 1, 4, r + 2, 4, '科目名称')
        for i, t in enumerate(['类', '款', '项']):
            sh.put(r + 2, 1 + i, t, 'hdr')
        return 3, 5
    sh.merge(r, 1, r, 2, '项目')
    sh.put(r + 1, 1, '科目编码', 'hdr')
    sh.put(r + 1, 2, '科目名称', 'hdr')
    return 2, 3


def hier_table(sh, d, cols, rowfilter, title, no):
    """generic 收入/支出/财政拨款支出 table. cols: list of (header, key-func)."""
    st = sh.st
    sh.head(title, no)
    r = sh.r
    nh, c0 = code_header(sh, r, 0)
    for i, (h, _) in enumerate(cols):
        sh.merge(r, c0 + i, r + nh - 1, c0 + i, h)
    r += nh
    if st['lanci']:
        sh.merge(r, 1, r, c0 - 1, '栏次', 'hdr')
        for i in range(len(cols)):
            sh.put(r, c0 + i, str(i + 1), 'hdr')
        r += 1
    sh.merge(r, 1, r, c0 - 1, '合计', 'text', align='center')
    sh.cells[('合计', 'name')] = sh.ws.cell(row=r, column=1).coordinate
    rows = [x for x in d.rows if rowfilter(x)]
    for i, (h, f) in enumerate(cols):
        sh.put(r, c0 + i, sum((f(x) for x in rows if x['level'] == 3), D('0.00')), 'num', key=('合计', h))
    r += 1
    for x in rows:
        put_code(sh, r, x['code'], x['name'])
        for i, (h, f) in enumerate(cols):
            sh.put(r, c0 + i, f(x), 'num', key=(x['code'], h))
        r += 1
    sh.r = r
    return c0


def sheet_zongbiao(wb, d, st):
    hc = st['hangci']
    n = 6 if hc else 4
    sh = Sheet(wb, '收入支出决算总表', d, st, n)
    sh.head('收入支出决算总表', '公开01表')
    r = sh.r
    half = n // 2
    sh.merge(r, 1, r, half, '收入')
    sh.merge(r, half + 1, r, n, '支出')
    r += 1
    hdr = ['项目', '行次', '金额'] if hc else ['项目', '金额']
    for i, h in enumerate(hdr + hdr):
        sh.put(r, i + 1, h, 'hdr')
    r += 1
    if hc:
        for i, h in enumerate(['栏次', '', '1', '栏次', '', '2']):
            sh.put(r, i + 1, h or None, 'hdr')
        r += 1
    left = [('一、一般公共预算财政拨款收入', d.gp_inc), ('二、政府性基金预算财政拨款收入', d.fund_inc),
            ('三、国有资本经营预算财政拨款收入', D('0.00')), ('四、上级补助收入', d.tot['inc_sj']),
            ('五、事业收入', d.tot['inc_shiye']), ('六、经营收入', D('0.00')), ('七、附属单位上缴收入', D('0.00')),
            ('八、其他收入', d.tot['inc_qita'])]
    byclass = {x['code']: x for x in d.rows if x['level'] == 3}
    right = [(CN_NUM[i] + '、' + nm, byclass[c]['exp'] if c in byclass else D('0.00'))
             for i, (c, nm) in enumerate(ALL_CLASSES)]
    hl = 1
    hr = len(left) + 1
    for i in range(max(len(left), len(right))):
        c = 1
        if i < len(left):
            sh.put(r, c, left[i][0], 'text')
            if hc:
                sh.put(r, c + 1, str(hl), 'text', align='center'); hl += 1
            sh.put(r, c + half - 1, left[i][1], 'num', key=(left[i][0], '金额'))
        else:
            for k in range(half):
                sh.put(r, c + k, None, 'text')
        c = half + 1
        if i < len(right):
            sh.put(r, c, right[i][0], 'text')
            if hc:
                sh.put(r, c + 1, str(hr), 'text', align='center'); hr += 1
            sh.put(r, c + half - 1, right[i][1], 'num', key=(right[i][0], '金额'))
        r += 1
    hn = hr
    tail = [('本年收入合计', d.tot['inc'], '本年支出合计', d.tot['exp']),
            ('使用非财政拨款结余', D('0.00'), '结余分配', D('0.00')),
            ('年初结转和结余', d.begin, '年末结转和结余', d.end),
            (None, None, None, None),
            ('总计', d.total, '总计', d.total)]
    for a, av, b, bv in tail:
        if a is None:
            for k in range(n):
                sh.put(r, k + 1, None, 'text')
            r += 1
            continue
        sh.put(r, 1, a, 'text', align='center' if a in ('本年收入合计', '总计') else None)
        if hc:
            sh.put(r, 2, str(hn), 'text', align='center'); hn += 1
        sh.put(r, half, av, 'num', key=(a, 'L'))
        sh.put(r, half + 1, b, 'text', align='center' if b in ('本年支出合计', '总计') else None)
        if hc:
            sh.put(r, half + 2, str(hn), 'text', align='center'); hn += 1
        sh.put(r, n, bv, 'num', key=(b, 'R'))
        r += 1
    widths = [30, 6, 16, 30, 6, 16] if hc else [32, 18, 32, 18]
    sh.setup(widths=widths)
    return sh


def sheet_shouru(wb, d, st):
    cols = [('本年收入合计', lambda x: x['inc']), ('财政拨款收入', lambda x: x['inc_fin']),
            ('上级补助收入', lambda x: x['inc_sj']), ('事业收入', lambda x: x['inc_shiye']),
            ('经营收入', lambda x: D('0.00')), ('附属单位上缴收入', lambda x: D('0.00')),
            ('其他收入', lambda x: x['inc_qita'])]
    n = code_cols(st) + 1 + len(cols)
    sh = Sheet(wb, '收入决算表', d, st, n)
    hier_table(sh, d, cols, lambda x: True, '收入决算表', '公开02表')
    cw = [6, 5, 5, 30] if st['codes'] == '3col' else [11, 30]
    sh.setup(landscape=True, widths=cw + [14] * len(cols))
    return sh


def sheet_zhichu(wb, d, st):
    cols = [('本年支出合计', lambda x: x['exp']), ('基本支出', lambda x: x['basic']),
            ('项目支出', lambda x: x['proj']), ('上缴上级支出', lambda x: D('0.00')),
            ('经营支出', lambda x: D('0.00')), ('对附属单位补助支出', lambda x: D('0.00'))]
    n = code_cols(st) + 1 + len(cols)
    sh = Sheet(wb, '支出决算表', d, st, n)
    c0 = hier_table(sh, d, cols, lambda x: True, '支出决算表', '公开03表')
    cw = [6, 5, 5, 30] if st['codes'] == '3col' else [11, 30]
    if st.get('wide'):
        # deliberately too wide for one portrait page: spreads over two pages, code/name columns repeated
        sh.setup(landscape=False, fit=False, widths=cw + [16] * len(cols), title_rows='1:6', title_cols='A:B')
    else:
        sh.setup(landscape=True, widths=cw + [15] * len(cols))
    return sh


def sheet_czzb(wb, d, st):
    n = 7
    sh = Sheet(wb, '财政拨款收入支出决算总表', d, st, n)
    sh.head('财政拨款收入支出决算总表', '公开04表')
    r = sh.r
    sh.merge(r, 1, r, 2, '收入')
    sh.merge(r, 3, r, 7, '支出')
    r += 1
    for i, h in enumerate(['项目', '金额', '项目', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款',
                           '国有资本经营预算财政拨款']):
        sh.put(r, i + 1, h, 'hdr')
    r += 1
    if st['lanci']:
        for i, h in enumerate(['栏次', '1', '栏次', '2', '3', '4', '5']):
            sh.put(r, i + 1, h, 'hdr')
        r += 1
    left = [('一、一般公共预算财政拨款', d.gp_inc), ('二、政府性基金预算财政拨款', d.fund_inc),
            ('三、国有资本经营预算财政拨款', D('0.00'))]
    byclass = {x['code']: x for x in d.rows if x['level'] == 3}
    right = []
    for i, (c, nm) in enumerate(ALL_CLASSES):
        x = byclass.get(c)
        right.append((CN_NUM[i] + '、' + nm, x['fin_exp'] if x else D('0.00'), x['gp_exp'] if x else D('0.00'),
                      x['fund_exp'] if x else D('0.00')))
    for i in range(len(right)):
        if i < len(left):
            sh.put(r, 1, left[i][0], 'text')
            sh.put(r, 2, left[i][1], 'num', key=(left[i][0], '金额'))
        else:
            sh.put(r, 1, None, 'text'); sh.put(r, 2, None, 'num')
        nm, a, b, c = right[i]
        sh.put(r, 3, nm, 'text')
        sh.put(r, 4, a, 'num', key=(nm, '合计'))
        sh.put(r, 5, b, 'num', key=(nm, '一般公共预算财政拨款'))
        sh.put(r, 6, c, 'num', key=(nm, '政府性基金预算财政拨款'))
        sh.put(r, 7, D('0.00'), 'num')
        r += 1
    fe = d.gp_exp + d.fund_exp
    rows = [('本年收入合计', d.gp_inc + d.fund_inc, '本年支出合计', fe, d.gp_exp, d.fund_exp),
            ('年初财政拨款结转和结余', d.bf_gp + d.bf_fund, '年末财政拨款结转和结余', d.ef_gp + d.ef_fund, d.ef_gp,
             d.ef_fund),
            ('    一般公共预算财政拨款', d.bf_gp, None, None, None, None),
            ('    政府性基金预算财政拨款', d.bf_fund, None, None, None, None),
            ('    国有资本经营预算财政拨款', D('0.00'), None, None, None, None),
            ('总计', d.gp_inc + d.fund_inc + d.bf_gp + d.bf_fund, '总计', fe + d.ef_gp + d.ef_fund,
             d.gp_exp + d.ef_gp, d.fund_exp + d.ef_fund)]
    for a, av, b, bv, b1, b2 in rows:
        sh.put(r, 1, a, 'text', align='center' if a in ('本年收入合计', '总计') else None)
        sh.put(r, 2, av, 'num', key=(a.strip(), '金额'))
        sh.put(r, 3, b, 'text', align='center' if b in ('本年支出合计', '总计') else None)
        sh.put(r, 4, bv, 'num', key=(b, '合计') if b else None)
        sh.put(r, 5, b1, 'num')
        sh.put(r, 6, b2, 'num')
        sh.put(r, 7, D('0.00') if b else None, 'num')
        r += 1
    sh.setup(landscape=True, widths=[28, 15, 28, 15, 15, 15, 15])
    return sh


def sheet_gpzc(wb, d, st):
    cols = [('合计', lambda x: x['gp_exp']), ('基本支出', lambda x: x['gp_basic']),
            ('项目支出', lambda x: x['gp_proj'])]
    n = code_cols(st) + 1 + len(cols)
    sh = Sheet(wb, '一般公共预算财政拨款支出决算表', d, st, n)
    hier_table(sh, d, cols, lambda x: x['gp_exp'] != 0, '一般公共预算财政拨款支出决算表', '公开05表')
    cw = [6, 5, 5, 34] if st['codes'] == '3col' else [11, 36]
    sh.setup(widths=cw + [16] * 3)
    return sh


def econ_rows(groups, d):
    out = []
    for cls, nm, lst in groups:
        out.append((cls, nm, d.econ_class[cls], True))
        for c, n in lst:
            out.append((c, n, d.econ[c], False))
    return out


def sheet_basic(wb, d, st):
    lay = st['basic']
    title = '一般公共预算财政拨款基本支出决算表'
    if lay == 'list':
        sh = Sheet(wb, title, d, st, 5)
        sh.head(title, '公开06表')
        r = sh.r
        sh.merge(r, 1, r, 2, '项目')
        sh.merge(r, 3, r + 1, 3, '合计')
        sh.merge(r, 4, r + 1, 4, '人员经费')
        sh.merge(r, 5, r + 1, 5, '公用经费')
        sh.put(r + 1, 1, '科目编码', 'hdr'); sh.put(r + 1, 2, '科目名称', 'hdr')
        r += 2
        if st['lanci']:
            sh.merge(r, 1, r, 2, '栏次', 'hdr')
            for i in range(3):
                sh.put(r, 3 + i, str(i + 1), 'hdr')
            r += 1
        sh.merge(r, 1, r, 2, '合计', 'text', align='center')
        sh.put(r, 3, d.pers_total + d.pub_total, 'num', key=('合计', '合计'))
        sh.put(r, 4, d.pers_total, 'num', key=('合计', '人员经费'))
        sh.put(r, 5, d.pub_total, 'num', key=('合计', '公用经费'))
        r += 1
        for grp, pers in ((PERSON, True), (PUBLIC, False)):
            for code, nm, v, is_cls in econ_rows(grp, d):
                sh.put(r, 1, code, 'text'); sh.put(r, 2, nm, 'text', bold=is_cls)
                sh.put(r, 3, v, 'num', key=(code, '合计'))
                sh.put(r, 4, v if pers else D('0.00'), 'num')
                sh.put(r, 5, D('0.00') if pers else v, 'num')
                r += 1
        sh.setup(widths=[11, 34, 16, 16, 16])
        return sh
    if lay == '2groups':
        groups = [econ_rows(PERSON, d), econ_rows(PUBLIC, d)]
    else:
        groups = [econ_rows(PERSON, d), econ_rows(PUBLIC[:1], d), econ_rows(PUBLIC[1:], d)]
    n = 3 * len(groups)
    sh = Sheet(wb, title, d, st, n)
    sh.head(title, '公开06表')
    r = sh.r
    sh.merge(r, 1, r, 3, '人员经费')
    sh.merge(r, 4, r, n, '公用经费')
    r += 1
    for g in range(len(groups)):
        for i, h in enumerate(['科目编码', '科目名称', '决算数']):
            sh.put(r, g * 3 + 1 + i, h, 'hdr')
    r += 1
    nrow = max(len(g) for g in groups)
    for i in range(nrow):
        for gi, g in enumerate(groups):
            c = gi * 3 + 1
            if i < len(g):
                code, nm, v, is_cls = g[i]
                sh.put(r, c, code, 'text'); sh.put(r, c + 1, nm, 'text', bold=is_cls)
                sh.put(r, c + 2, v, 'num', key=(code, '决算数'))
            else:
                sh.put(r, c, None, 'text'); sh.put(r, c + 1, None, 'text'); sh.put(r, c + 2, None, 'num')
        r += 1
    sh.merge(r, 1, r, 2, '人员经费合计', 'text', align='center')
    sh.put(r, 3, d.pers_total, 'num', key=('人员经费合计', '决算数'))
    sh.merge(r, 4, r, n - 1, '公用经费合计', 'text', align='center')
    sh.put(r, n, d.pub_total, 'num', key=('公用经费合计', '决算数'))
    r += 1
    sh.setup(landscape=True, widths=[8, 24, 13] * len(groups))
    return sh


def sheet_fund(wb, d, st):
    cc = code_cols(st)
    n = cc + 1 + 6
    title = '政府性基金预算财政拨款收入支出决算表'
    sh = Sheet(wb, title, d, st, n)
    sh.head(title, '公开07表')
    r = sh.r
    nh, c0 = code_header(sh, r, 0)
    sh.merge(r, c0, r + nh - 1, c0, '年初结转和结余')
    sh.merge(r, c0 + 1, r + nh - 1, c0 + 1, '本年收入')
    sh.merge(r, c0 + 2, r, c0 + 4, '本年支出')
    sh.merge(r + 1, c0 + 2, r + nh - 1, c0 + 2, '小计')
    sh.merge(r + 1, c0 + 3, r + nh - 1, c0 + 3, '基本支出')
    sh.merge(r + 1, c0 + 4, r + nh - 1, c0 + 4, '项目支出')
    sh.merge(r, c0 + 5, r + nh - 1, c0 + 5, '年末结转和结余')
    r += nh
    if st['lanci']:
        sh.merge(r, 1, r, c0 - 1, '栏次', 'hdr')
        for i in range(6):
            sh.put(r, c0 + i, str(i + 1), 'hdr')
        r += 1
    fund_rows = [x for x in d.rows if x['fund']]
    sh.merge(r, 1, r, c0 - 1, '合计', 'text', align='center')
    vals = [d.bf_fund, d.fund_inc, d.fund_exp, D('0.00'), d.fund_exp, d.ef_fund] if fund_rows else [None] * 6
    for i, v in enumerate(vals):
        sh.put(r, c0 + i, v, 'num')
    r += 1
    if fund_rows:
        for x in fund_rows:
            put_code(sh, r, x['code'], x['name'])
            for i, v in enumerate([d.bf_fund, x['inc_fin'], x['fund_exp'], D('0.00'), x['fund_proj'],
                                   d.bf_fund + x['inc_fin'] - x['fund_exp']]):
                sh.put(r, c0 + i, v, 'num', key=(x['code'], i))
            r += 1
    else:
        for _ in range(3):
            for c in range(1, n + 1):
                sh.put(r, c, None, 'num' if c >= c0 else 'text')
            r += 1
        r += 1
        sh.merge(r, 1, r, n, f'注：本单位{d.year}年度无政府性基金收支，故本表为空表。', 'plain', align='left')
        r += 1
    cw = [6, 5, 5, 30] if st['codes'] == '3col' else [11, 30]
    sh.setup(landscape=True, widths=cw + [14] * 6)
    return sh


def sheet_sangong(wb, d, st):
    s = d.sg
    title = '一般公共预算财政拨款“三公”经费支出决算表'
    u = d.unit
    if st['sangong'] == 'horizontal':
        n = 12
        sh = Sheet(wb, '“三公”经费支出决算表', d, st, n)
        sh.head(title, '公开08表')
        r = sh.r
        sh.merge(r, 1, r, 6, '预算数')
        sh.merge(r, 7, r, 12, '决算数')
        for base in (1, 7):
            sh.merge(r + 1, base, r + 2, base, '合计')
            sh.merge(r + 1, base + 1, r + 2, base + 1, '因公出国（境）费')
            sh.merge(r + 1, base + 2, r + 1, base + 4, '公务用车购置及运行费')
            sh.put(r + 2, base + 2, '小计', 'hdr')
            sh.put(r + 2, base + 3, '公务用车购置费', 'hdr')
            sh.put(r + 2, base + 4, '公务用车运行费', 'hdr')
            sh.merge(r + 1, base + 5, r + 2, base + 5, '公务接待费')
        r += 3
        if st['lanci']:
            for i in range(12):
                sh.put(r, i + 1, str(i + 1), 'hdr')
            r += 1
        vals = [s['b_total'], s['b_cg_f'], s['b_cgyx'], s['b_cg'], s['b_yx'], s['b_jd'],
                s['f_total'], s['f_cg_f'], s['f_cgyx'], s['f_cg'], s['f_yx'], s['f_jd']]
        keys = ['b_total', 'b_cg_f', 'b_cgyx', 'b_cg', 'b_yx', 'b_jd', 'f_total', 'f_cg_f', 'f_cgyx', 'f_cg', 'f_yx',
                'f_jd']
        for i, v in enumerate(vals):
            sh.put(r, i + 1, v, 'num', key=('三公', keys[i]))
        r += 2
        diff = s['b_total'] - s['f_total']
        pct = q(s['f_total'] / s['b_total'] * 100)
        note = (f'说明：{d.year}年度一般公共预算财政拨款“三公”经费支出决算数为{s["f_total"]:,.2f}{u}，'
                f'完成预算的{pct}%，比预算数减少{diff:,.2f}{u}。')
        sh.merge(r, 1, r + 1, n, note, 'plain', align='left')
        sh.ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical='top')
        sh.setup(landscape=True, widths=[11] * 12)
        return sh
    # vertical with change and rate
    n = 6
    sh = Sheet(wb, '“三公”经费支出决算表', d, st, n)
    sh.head(title, '公开08表')
    r = sh.r
    for i, h in enumerate(['项目', f'{d.year}年预算数', f'{d.year}年决算数', f'{d.year - 1}年决算数', '比上年增减',
                           '增减率']):
        sh.put(r, i + 1, h, 'hdr')
    r += 1
    pct_fmt = '0.00%;(0.00%)' if st.get('neg') == 'paren' else '0.00%'
    rows = [('合计', 'total'), ('1.因公出国（境）费', 'cg_f'), ('2.公务用车购置及运行费', 'cgyx'),
            ('   其中：（1）公务用车购置费', 'cg'), ('         （2）公务用车运行维护费', 'yx'), ('3.公务接待费', 'jd')]
    for nm, k in rows:
        sh.put(r, 1, nm, 'text')
        sh.put(r, 2, s['b_' + k], 'num', key=(nm, 'b'))
        sh.put(r, 3, s['f_' + k], 'num', key=(nm, 'f'))
        sh.put(r, 4, s['p_' + k], 'num', key=(nm, 'p'))
        chg = s['f_' + k] - s['p_' + k]
        sh.put(r, 5, chg, 'num', key=(nm, 'chg'))
        if s['p_' + k]:
            c = sh.put(r, 6, chg / s['p_' + k], 'num', fmt=pct_fmt)
            c.value = float(chg / s['p_' + k])
        else:
            sh.put(r, 6, '-', 'text', align='right')
        r += 1
    r += 1
    chg = s['f_total'] - s['p_total']
    rate = q(abs(chg) / s['p_total'] * 100)
    word = '增加' if chg > 0 else '减少'
    sh.merge(r, 1, r + 1, n, f'注：{d.year}年度“三公”经费支出决算{s["f_total"]:,.2f}{u}，比上年{word}'
                             f'{abs(chg):,.2f}{u}，{"增长" if chg > 0 else "下降"}{rate}%。', 'plain', align='left')
    sh.ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical='top')
    sh.setup(widths=[34, 15, 15, 15, 15, 11])
    return sh


def build(d, st):
    wb = Workbook()
    wb.remove(wb.active)
    sheets = {}
    for f in (sheet_zongbiao, sheet_shouru, sheet_zhichu, sheet_czzb, sheet_gpzc, sheet_basic, sheet_fund,
              sheet_sangong):
        sh = f(wb, d, st)
        sheets[sh.ws.title] = sh
    return wb, sheets


def setnum(sh, key, newval):
    coord = sh.cells[key]
    cell = sh.ws[coord]
    old = cell.value
    cell.value = float(newval)
    return old


MUTANTS = {
    # key: (sheet, cell key, delta, description)
    'W1': [('支出决算表', ('20502', '本年支出合计'), D('10.00'),
            'wrong 合计 cell: 支出决算表 row 20502 普通教育, column 本年支出合计 (基本+项目 no longer equal it; 205 no longer sum of 款)')],
    'W2': [('一般公共预算财政拨款支出决算表', ('2100408', '项目支出'), D('12000.00'),
            'code hierarchy: 2100408 基本公共卫生服务 项目支出 and 合计 both raised, row still adds up but 款 21004 公共卫生 != sum of its 项'),
           ('一般公共预算财政拨款支出决算表', ('2100408', '合计'), D('12000.00'), '(same mutation, 合计 column)')],
    'W4': [('“三公”经费支出决算表', ('三公', 'f_jd'), D('-3000.00'),
            '三公 item differs between tables: 三公 table 决算数 公务接待费 lowered (and 决算数 合计 lowered so the table still adds up); 基本支出表 30217 公务接待费 unchanged'),
           ('“三公”经费支出决算表', ('三公', 'f_total'), D('-3000.00'), '(same mutation, 决算数 合计)')],
}


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = []
    truth = {}
    ds = all_depts()
    import copy as _c
    w1w = _c.copy([d for d in ds if d.key == 'W1'][0])
    w1w.key = 'W1w'
    ds.insert(1, w1w)
    for d in ds:
        st = STYLES[d.key]
        fname = f'{d.key}_{d.name}_2023年度部门决算.xlsx'
        wb, sheets = build(d, st)
        wb.save(os.path.join(OUT, fname))
        truth[fname] = {title: {str(k): v for k, v in sh.cells.items()} for title, sh in sheets.items()}
        if d.key in MUTANTS:
            wb, sheets = build(d, st)
            mname = f'{d.key}m_{d.name}_2023年度部门决算_mutant.xlsx'
            for sheet, key, delta, desc in MUTANTS[d.key]:
                sh = sheets[sheet]
                coord = sh.cells[key]
                old = sh.ws[coord].value
                new = D(str(old)) + delta
                sh.ws[coord].value = float(new)
                manifest.append(dict(file=mname.replace('.xlsx', '.pdf'), sheet=sheet, cell=coord, what=desc,
                                     old=f'{D(str(old)):,.2f}', new=f'{new:,.2f}'))
            wb.save(os.path.join(OUT, mname))
    json.dump(manifest, open(os.path.join(OUT, 'manifest_xlsx.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(truth, open(os.path.join(OUT, 'cells.json'), 'w'), ensure_ascii=False, indent=0)


if __name__ == '__main__':
    main()
