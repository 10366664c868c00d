# Builds the report documents as block lists, applies mutations, renders OOXML, converts to PDF.
import os, re, subprocess, shutil, copy, json, sys
from decimal import Decimal as D
from model import Unit, q, rate, share, cname, LEI, LEI_NAME
from docxw import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file://' + os.path.join(os.path.dirname(HERE), '.lo_profile')
ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七',
       '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五']
COUNTY = '青山县'

class Cfg(dict):
    __getattr__ = dict.get

def fmt(v, cfg, zero=None):
    if v is None:
        return ''
    if v == 0:
        return cfg.zero if zero is None else zero
    s = '{:,.2f}'.format(v) if cfg.thousands else '{:.2f}'.format(v)
    return s

def n(v):   # narrative number, never thousands separators? real reports use both; keep plain
    return '{:.2f}'.format(v)

def chg(cur, prev, unit='万元'):
    d = cur - prev
    if d >= 0:
        return '增加%s%s，增长%s%%' % (n(d), unit, n(rate(cur, prev)))
    return '减少%s%s，下降%s%%' % (n(-d), unit, n(-rate(cur, prev)))

# ------------------------------------------------------------------ tables (决算)
def title_block(tid, no, title, unit, header, rows, widths, align=None, note=None, sz=None):
    return dict(kind='table', tid=tid, no=no, title=title, unit=unit, header=header, rows=rows,
                widths=widths, ncols=len(widths), align=align, note=note, sz=sz)

def hier_label(code):
    return cname(code)

def js_T1(u, cfg, tid, year):
    T = u.T
    inc = [('一、一般公共预算财政拨款收入', T['fin_in']), ('二、政府性基金预算财政拨款收入', D(0)),
           ('三、国有资本经营预算财政拨款收入', D(0)), ('四、上级补助收入', D(0)), ('五、事业收入', T['sy_in']),
           ('六、经营收入', D(0)), ('七、附属单位上缴收入', D(0)), ('八、其他收入', T['qt_in'])]
    leis = LEI if cfg.all_lei else [(c, LEI_NAME[c]) for c in u.leis]
    exp = [('%s、%s' % (ORD[i], name), u.val(code, 'exp') if code in u.leis else D(0)) for i, (code, name) in enumerate(leis)]
    m = max(len(inc), len(exp))
    inc += [('', None)] * (m - len(inc)); exp += [('', None)] * (m - len(exp))
    tail = [(('本年收入合计', T['inc']), ('本年支出合计', T['exp'])),
            (('使用非财政拨款结余', T['use_nf']), ('结余分配', T['alloc'])),
            (('年初结转和结余', T['open']), ('年末结转和结余', T['close'])),
            (('总计', T['total_in']), ('总计', T['total_in']))]
    rows = []
    if cfg.hangci:
        rows.append(['栏次', '', '1', '栏次', '', '2'])
        k = 1
        for (a, av), (b, bv) in zip(inc, exp):
            rows.append([a, str(k), fmt(av, cfg), b, str(k + m + 4) if b else '', fmt(bv, cfg)]); k += 1
        for (a, av), (b, bv) in tail:
            rows.append([a, str(k), fmt(av, cfg), b, str(k + m + 4), fmt(bv, cfg)]); k += 1
        header = [[('收入', 3, 1), ('支出', 3, 1)], [('项目', 1, 1), ('行次', 1, 1), ('金额', 1, 1), ('项目', 1, 1), ('行次', 1, 1), ('金额', 1, 1)]]
        widths = [30, 7, 14, 30, 7, 14]; align = ['left', 'center', 'right', 'left', 'center', 'right']
    else:
        for (a, av), (b, bv) in zip(inc, exp):
            rows.append([a, fmt(av, cfg), b, fmt(bv, cfg)])
        for (a, av), (b, bv) in tail:
            rows.append([a, fmt(av, cfg), b, fmt(bv, cfg)])
        header = [[('收入', 2, 1), ('支出', 2, 1)], [('项目', 1, 1), ('金额', 1, 1), ('项目', 1, 1), ('金额', 1, 1)]]
        widths = [32, 16, 32, 16]; align = ['left', 'right', 'left', 'right']
    return title_block(tid, '公开01表', '收入支出决算总表', u.name, header, rows, widths, align)

def code_cells(code, cfg):
    if cfg.split_codes:
        return [code[:3], code[3:5] if len(code) >= 5 else '', code[5:7] if len(code) == 7 else '']
    return [code]

def hier_rows(u, cfg, cols):
    """cols: list of (key) evaluated via u.val; returns rows with 合计 row first"""
    ncode = 3 if cfg.split_codes else 1
    rows = [{'cells': [('合计', ncode + 1)] + [(fmt(u.val('', k), cfg), 1) for k in cols], 'bold': False}]
    for code in u.hier:
        vals = [u.val(code, k) for k in cols]
        if all(v == 0 for v in vals):
            continue
        rows.append(code_cells(code, cfg) + [hier_label(code)] + [fmt(v, cfg) for v in vals])
    return rows

def js_T2(u, cfg, tid):
    cols = ['inc', 'fin_in', 'z', 'sy_in', 'z', 'z', 'qt_in']
    rows = hier_rows_z(u, cfg, cols)
    if cfg.merged3:
        header = [[('项目', 2, 2), ('本年收入合计', 1, 3), ('财政拨款收入', 1, 3), ('非财政拨款收入', 5, 1)],
                  [('上级补助收入', 1, 2), ('事业收入', 1, 2), ('经营收入', 1, 2), ('附属单位上缴收入', 1, 2), ('其他收入', 1, 2)],
                  [('科目编码', 1, 1), ('科目名称', 1, 1)]]
    else:
        header = [[('项目', 2, 1), ('本年收入合计', 1, 2), ('财政拨款收入', 1, 2), ('上级补助收入', 1, 2), ('事业收入', 1, 2),
                   ('经营收入', 1, 2), ('附属单位上缴收入', 1, 2), ('其他收入', 1, 2)], [('科目编码', 1, 1), ('科目名称', 1, 1)]]
    return title_block(tid, '公开02表', '收入决算表', u.name, header, rows, [9, 24, 10, 10, 9, 9, 9, 9, 9])

def hier_rows_z(u, cfg, cols):
    def v(code, k):
        return D(0) if k == 'z' else u.val(code, k)
    rows = [{'cells': [('合计', 2)] + [(fmt(v('', k), cfg), 1) for k in cols]}]
    for code in u.hier:
        vals = [v(code, k) for k in cols]
        if all(x == 0 for x in vals):
            continue
        rows.append([code, hier_label(code)] + [fmt(x, cfg) for x in vals])
    return rows

def js_T3(u, cfg, tid):
    if cfg.merged3:
        cols = ['exp', 'basic', 'bp', 'fb_g', 'proj', 'z', 'z', 'z']
        header = [[('项目', 2, 2), ('本年支出合计', 1, 3), ('基本支出', 3, 1), ('项目支出', 1, 3), ('上缴上级支出', 1, 3), ('经营支出', 1, 3), ('对附属单位补助支出', 1, 3)],
                  [('小计', 1, 2), ('人员经费', 1, 2), ('公用经费', 1, 2)],
                  [('科目编码', 1, 1), ('科目名称', 1, 1)]]
        widths = [9, 22, 10, 10, 10, 9, 10, 8, 8, 9]
    else:
        cols = ['exp', 'basic', 'proj', 'z', 'z', 'z']
        header = [[('项目', 2, 1), ('本年支出合计', 1, 2), ('基本支出', 1, 2), ('项目支出', 1, 2), ('上缴上级支出', 1, 2), ('经营支出', 1, 2), ('对附属单位补助支出', 1, 2)],
                  [('科目编码', 1, 1), ('科目名称', 1, 1)]]
        widths = [9, 26, 11, 11, 11, 9, 9, 10]
    return title_block(tid, '公开03表', '支出决算表', u.name, header, hier_rows_z(u, cfg, cols), widths)

def js_T4(u, cfg, tid):
    T = u.T
    inc = [('一、一般公共预算财政拨款', T['fin_in']), ('二、政府性基金预算财政拨款', D(0)), ('三、国有资本经营预算财政拨款', D(0))]
    exp = [('%s、%s' % (ORD[i], LEI_NAME[c]), u.val(c, 'fexp')) for i, c in enumerate(u.leis)]
    m = max(len(inc), len(exp))
    inc += [('', None)] * (m - len(inc)); exp += [('', None)] * (m - len(exp))
    rows = []
    for (a, av), (b, bv) in zip(inc, exp):
        rows.append([a, fmt(av, cfg), b, fmt(bv, cfg), fmt(bv, cfg), fmt(D(0) if bv is not None else None, cfg), fmt(D(0) if bv is not None else None, cfg)])
    z = D(0)
    rows += [['本年收入合计', fmt(T['fin_in'], cfg), '本年支出合计', fmt(T['fexp'], cfg), fmt(T['fexp'], cfg), fmt(z, cfg), fmt(z, cfg)],
             ['年初财政拨款结转和结余', fmt(T['f_open'], cfg), '年末财政拨款结转和结余', fmt(T['f_close'], cfg), fmt(T['f_close'], cfg), fmt(z, cfg), fmt(z, cfg)],
             ['一般公共预算财政拨款', fmt(T['f_open'], cfg), '', '', '', '', ''],
             ['政府性基金预算财政拨款', fmt(z, cfg), '', '', '', '', ''],
             ['国有资本经营预算财政拨款', fmt(z, cfg), '', '', '', '', ''],
             ['总计', fmt(T['ftotal_in'], cfg), '总计', fmt(T['ftotal_in'], cfg), fmt(T['ftotal_in'], cfg), fmt(z, cfg), fmt(z, cfg)]]
    header = [[('收入', 2, 1), ('支出', 5, 1)],
              [('项目', 1, 1), ('金额', 1, 1), ('项目', 1, 1), ('合计', 1, 1), ('一般公共预算财政拨款', 1, 1), ('政府性基金预算财政拨款', 1, 1), ('国有资本经营预算财政拨款', 1, 1)]]
    return title_block(tid, '公开04表', '财政拨款收入支出决算总表', u.name, header, rows, [24, 11, 24, 11, 11, 11, 11],
                       ['left', 'right', 'left', 'right', 'right', 'right', 'right'])

def js_T5(u, cfg, tid):
    if cfg.merged3:
        cols = ['fexp', 'fb', 'fb_p', 'fb_g', 'fp']
        header = [[('项目', 2, 2), ('本年支出', 5, 1)], [('合计', 1, 2), ('基本支出', 3, 1), ('项目支出', 1, 2)],
                  [('科目编码', 1, 1), ('科目名称', 1, 1), ('小计', 1, 1), ('人员经费', 1, 1), ('公用经费', 1, 1)]]
        widths = [10, 30, 12, 12, 12, 12, 12]
        rows = hier_rows(u, cfg, cols)
    elif cfg.split_codes:
        cols = ['fexp', 'fb', 'fp']
        header = [[('科目编码', 3, 1), ('科目名称', 1, 2), ('合计', 1, 2), ('基本支出', 1, 2), ('项目支出', 1, 2)], [('类', 1, 1), ('款', 1, 1), ('项', 1, 1)]]
        widths = [5, 4, 4, 34, 14, 14, 14]
        rows = hier_rows(u, cfg, cols)
    else:
        cols = ['fexp', 'fb', 'fp']
        header = [[('项目', 2, 1), ('本年支出', 3, 1)], [('科目编码', 1, 1), ('科目名称', 1, 1), ('合计', 1, 1), ('基本支出', 1, 1), ('项目支出', 1, 1)]]
        widths = [11, 37, 15, 15, 15]
        rows = hier_rows(u, cfg, cols)
    al = ['center'] * (3 if cfg.split_codes else 1) + ['left'] + ['right'] * 10
    return title_block(tid, '公开05表', '一般公共预算财政拨款支出决算表', u.name, header, rows, widths, al[:len(widths)])

def econ_list(groups):
    out = []
    for code, name, v, ch in groups:
        out.append((code, name, v))
        out += ch
    return out

def js_T6(u, cfg, tid, budget=False):
    P, G = u.T['fb_p'], u.T['fb_g']
    left = econ_list(u.person)
    right = econ_list(u.public)
    lab = '预算数' if budget else '决算数'
    if cfg.merged3:
        half = (len(right) + 1) // 2
        r1, r2 = right[:half], right[half:]
        m = max(len(left), len(r1), len(r2))
        pad = lambda l: l + [('', '', None)] * (m - len(l))
        rows = []
        for a, b, c in zip(pad(left), pad(r1), pad(r2)):
            rows.append([a[0], a[1], fmt(a[2], cfg), b[0], b[1], fmt(b[2], cfg), c[0], c[1], fmt(c[2], cfg)])
        rows.append({'cells': [('人员经费合计', 2), (fmt(P, cfg), 1), ('公用经费合计', 5), (fmt(G, cfg), 1)]})
        header = [[('人员经费', 3, 1), ('公用经费', 6, 1)], [('科目编码', 1, 1), ('科目名称', 1, 1), (lab, 1, 1)] * 3]
        widths = [7, 17, 9, 7, 17, 9, 7, 17, 9]
        al = ['center', 'left', 'right'] * 3
    else:
        m = max(len(left), len(right))
        left += [('', '', None)] * (m - len(left)); right += [('', '', None)] * (m - len(right))
        rows = [[a[0], a[1], fmt(a[2], cfg), b[0], b[1], fmt(b[2], cfg)] for a, b in zip(left, right)]
        rows.append({'cells': [('人员经费合计', 2), (fmt(P, cfg), 1), ('公用经费合计', 2), (fmt(G, cfg), 1)]})
        header = [[('人员经费', 3, 1), ('公用经费', 3, 1)], [('科目编码', 1, 1), ('科目名称', 1, 1), (lab, 1, 1)] * 2]
        widths = [8, 26, 13, 8, 26, 13]
        al = ['center', 'left', 'right'] * 2
    return title_block(tid, '公开06表', '一般公共预算财政拨款基本支出%s表' % ('预算' if budget else '决算'), u.name, header, rows, widths, al)

def sg_vals(d):
    return [d['total'], d['abroad'], d['car'], d['buy'], d['run'], d['recep']]

def js_T7(u, cfg, tid):
    T = u.T
    if cfg.sg_layout == 'columns':
        header = [[('预算数', 6, 1), ('决算数', 6, 1)],
                  [('合计', 1, 2), ('因公出国（境）费', 1, 2), ('公务用车购置及运行维护费', 3, 1), ('公务接待费', 1, 2)] * 2,
                  [('小计', 1, 1), ('公务用车购置费', 1, 1), ('公务用车运行费', 1, 1)] * 2]
        rows = []
        if cfg.hangci:
            rows.append([str(i) for i in range(1, 13)])
        rows.append([fmt(v, cfg, '0.00') for v in sg_vals(T['sg_budget']) + sg_vals(T['sg_actual'])])
        widths = [1] * 12
        al = ['right'] * 12
    else:
        labels = ['合计', '1.因公出国（境）费', '2.公务用车购置及运行维护费', '（1）公务用车购置费', '（2）公务用车运行维护费', '3.公务接待费']
        rows = [[l, fmt(a, cfg, '0.00'), fmt(b, cfg, '0.00')] for l, a, b in zip(labels, sg_vals(T['sg_budget']), sg_vals(T['sg_actual']))]
        header = [[('项目', 1, 1), ('预算数', 1, 1), ('决算数', 1, 1)]]
        widths = [40, 20, 20]
        al = ['left', 'right', 'right']
    return title_block(tid, '公开07表', '一般公共预算财政拨款“三公”经费支出决算表', u.name, header, rows, widths, al)

def js_T8(u, cfg, tid, year):
    header = [[('项目', 2, 1), ('年初结转和结余', 1, 2), ('本年收入', 1, 2), ('本年支出', 3, 1), ('年末结转和结余', 1, 2)],
              [('科目编码', 1, 1), ('科目名称', 1, 1), ('小计', 1, 1), ('基本支出', 1, 1), ('项目支出', 1, 1)]]
    rows = [{'cells': [('合计', 2)] + [('', 1)] * 6}, [''] * 8, [''] * 8]
    note = '注：本单位%s年度无政府性基金预算财政拨款收入、支出及结转结余，故本表为空表。' % year
    return title_block(tid, '公开08表', '政府性基金预算财政拨款收入支出决算表', u.name, header, rows, [10, 26, 11, 11, 11, 11, 11, 11], note=note)

def js_T9(u, cfg, tid, year):
    header = [[('项目', 2, 1), ('本年支出', 3, 1)], [('科目编码', 1, 1), ('科目名称', 1, 1), ('合计', 1, 1), ('基本支出', 1, 1), ('项目支出', 1, 1)]]
    rows = [{'cells': [('合计', 2)] + [('', 1)] * 3}, [''] * 5, [''] * 5]
    note = '注：本单位%s年度无国有资本经营预算财政拨款支出，故本表为空表。' % year
    return title_block(tid, '公开09表', '国有资本经营预算财政拨款支出决算表', u.name, header, rows, [12, 36, 15, 15, 15], note=note)

# ------------------------------------------------------------------ narrative (决算)
def js_narrative(u, cfg, year, who='本部门'):
    T = u.T
    B = []
    P = lambda s: B.append(('p', s))
    H = lambda s: B.append(('h2', s))
    H('一、收入支出决算总体情况说明')
    P('%s年度收入总计%s万元、支出总计%s万元，与上年相比，收、支总计各%s。主要原因是：%s。' % (
        year, n(T['total_in']), n(T['total_in']), chg(T['total_in'], T['prev_total']),
        '人员调资及新增项目资金' if T['total_in'] > T['prev_total'] else '部分项目完成后资金相应减少'))
    H('二、收入决算情况说明')
    parts = ['财政拨款收入%s万元，占本年收入合计的%s%%' % (n(T['fin_in']), n(share(T['fin_in'], T['inc'])))]
    if T['sy_in']:
        parts.append('事业收入%s万元，占%s%%' % (n(T['sy_in']), n(share(T['sy_in'], T['inc']))))
    if T['qt_in']:
        parts.append('其他收入%s万元，占%s%%' % (n(T['qt_in']), n(share(T['qt_in'], T['inc']))))
    P('%s年度本年收入合计%s万元，其中：%s。' % (year, n(T['inc']), '；'.join(parts)))
    H('三、支出决算情况说明')
    P('%s年度本年支出合计%s万元，其中：基本支出%s万元，占本年支出合计的%s%%；项目支出%s万元，占本年支出合计的%s%%。' % (
        year, n(T['exp']), n(T['basic']), n(share(T['basic'], T['exp'])), n(T['proj']), n(share(T['proj'], T['exp']))))
    H('四、财政拨款收入支出决算总体情况说明')
    P('%s年度财政拨款收入总计%s万元、支出总计%s万元，与上年相比，财政拨款收、支总计各%s。主要原因是：%s。' % (
        year, n(T['ftotal_in']), n(T['ftotal_in']), chg(T['ftotal_in'], T['prev_ftotal']),
        '财政保障力度加大' if T['ftotal_in'] > T['prev_ftotal'] else '严格落实过紧日子要求，压减一般性支出'))
    H('五、一般公共预算财政拨款支出决算情况说明')
    B.append(('h3', '（一）一般公共预算财政拨款支出决算总体情况'))
    P('%s年度一般公共预算财政拨款支出%s万元，占本年支出合计的%s%%。与上年相比，一般公共预算财政拨款支出%s。主要原因是：%s。' % (
        year, n(T['fexp']), n(share(T['fexp'], T['exp'])), chg(T['fexp'], T['prev_fexp_total']),
        '在职人员工资调整及项目支出增加' if T['fexp'] > T['prev_fexp_total'] else '部分一次性项目支出减少'))
    B.append(('h3', '（二）一般公共预算财政拨款支出决算结构情况'))
    parts = ['%s%s万元，占%s%%' % (LEI_NAME[c], n(u.val(c, 'fexp')), n(share(u.val(c, 'fexp'), T['fexp']))) for c in u.leis]
    P('%s年度一般公共预算财政拨款支出%s万元，主要用于以下方面：%s。' % (year, n(T['fexp']), '；'.join(parts)))
    B.append(('h3', '（三）一般公共预算财政拨款支出决算具体情况'))
    k = 0
    for code in u.codes:
        d = u.L[code]
        a = d['fb_p'] + d['fb_g'] + d['fp']
        if a == 0:
            continue
        k += 1
        bgt = d['budget']
        P('%d.%s（类）%s（款）%s（项）：年初预算为%s万元，支出决算为%s万元，完成年初预算的%s%%。%s' % (
            k, cname(code[:3]), cname(code[:5]), cname(code), n(bgt), n(a), n(share(a, bgt)),
            ('决算数大于年初预算数的主要原因是年中追加相关经费。' if a > bgt else '决算数小于年初预算数的主要原因是厉行节约、压减开支。')))
    H('六、一般公共预算财政拨款基本支出决算情况说明')
    P('%s年度一般公共预算财政拨款基本支出%s万元，其中：人员经费%s万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、生活补助等；公用经费%s万元，主要包括：办公费、印刷费、水费、电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他交通费用、办公设备购置等。' % (
        year, n(T['fb']), n(T['fb_p']), n(T['fb_g'])))
    H('七、“三公”经费财政拨款支出决算情况说明')
    a, b, pv = T['sg_actual'], T['sg_budget'], T['sg_prev']
    P('%s年度“三公”经费财政拨款支出预算为%s万元，支出决算为%s万元，完成预算的%s%%。其中：因公出国（境）费支出决算为%s万元，%s；公务用车购置费支出决算为%s万元；公务用车运行维护费支出决算为%s万元，完成预算的%s%%；公务接待费支出决算为%s万元，完成预算的%s%%。' % (
        year, n(b['total']), n(a['total']), n(share(a['total'], b['total'])), n(a['abroad']),
        '与预算持平' if a['abroad'] == b['abroad'] else '',
        n(a['buy']), n(a['run']), n(share(a['run'], b['run'])), n(a['recep']), n(share(a['recep'], b['recep']))))
    P('%s年度“三公”经费财政拨款支出决算比上年%s。其中：公务用车运行维护费比上年%s；公务接待费比上年%s。主要原因是严格执行中央八项规定精神，厉行勤俭节约。' % (
        year, chg(a['total'], pv['total']), chg(a['run'], pv['run']), chg(a['recep'], pv['recep'])))
    P('%s年度公务接待%d批次、%d人次，主要用于上级部门检查指导工作等。截至%s年12月31日，公务用车保有量%d辆。' % (
        year, 10 + int(a['recep']), 40 + 3 * int(a['recep']), year, T['cars']))
    H('八、政府性基金预算财政拨款收入支出决算情况说明')
    P('%s%s年度无政府性基金预算财政拨款收入、支出及结转结余。' % (who, year))
    H('九、国有资本经营预算财政拨款支出决算情况说明')
    P('%s%s年度无国有资本经营预算财政拨款支出。' % (who, year))
    H('十、机关运行经费支出情况说明')
    P('%s年度%s机关运行经费支出%s万元，比上年%s。主要原因是：%s。' % (
        year, who, n(T['fb_g']), chg(T['fb_g'], T['gp_prev_pub']),
        '办公设备更新' if T['fb_g'] > T['gp_prev_pub'] else '压减会议费、培训费等一般性支出'))
    H('十一、政府采购支出情况说明')
    g = T['gp']
    P('%s年度%s政府采购支出总额%s万元，其中：政府采购货物支出%s万元、政府采购工程支出%s万元、政府采购服务支出%s万元。主要用于办公设备购置及物业服务等。授予中小企业合同金额%s万元，占政府采购支出总额的%s%%。' % (
        year, who, n(g['total']), n(g['goods']), n(g['works']), n(g['service']), n(g['sme']), n(share(g['sme'], g['total']))))
    H('十二、国有资产占用情况说明')
    P('截至%s年12月31日，%s共有车辆%d辆，其中：副部（省）级及以上领导用车0辆、主要负责人用车0辆、机要通信用车0辆、应急保障用车%d辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部服务用车0辆、其他用车0辆。单价100万元以上设备（不含车辆）0台（套）。' % (
        year, who, T['cars'], T['cars']))
    H('十三、预算绩效管理情况说明')
    P('根据预算绩效管理要求，%s组织对%s年度一般公共预算项目支出全面开展绩效自评，项目绩效目标完成情况良好，自评结果已随部门决算一并公开。' % (who, year))
    return B

GLOSSARY = [
    ('财政拨款收入', '指单位从同级财政部门取得的财政预算资金。'),
    ('事业收入', '指事业单位开展专业业务活动及辅助活动所取得的收入。'),
    ('其他收入', '指单位取得的除上述收入以外的各项收入，主要是存款利息收入等。'),
    ('年初结转和结余', '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。'),
    ('年末结转和结余', '指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定继续使用的资金。'),
    ('基本支出', '指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。'),
    ('项目支出', '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。'),
    ('“三公”经费', '指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。'),
    ('机关运行经费', '指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。'),
]

def overview(u, cfg, year, kind, rnd_staff):
    B = [('h2', '一、主要职能')]
    B.append(('p', '%s是%s人民政府工作部门，主要职责是：贯彻执行国家和省、市有关方针政策和法律法规，拟订并组织实施本行业发展规划；负责本行业的统筹协调和监督管理；承担本行业公共服务和安全监管工作；完成县委、县政府交办的其他任务。' % (u.name, COUNTY)))
    B.append(('h2', '二、部门%s单位构成' % ('决算' if kind == 'js' else '预算')))
    a, b, c, d = rnd_staff
    B.append(('p', '从预算单位构成看，%s部门%s包括：%s。本部门内设机构%d个，%s年末编制人数%d人，实有人数%d人，其中在职人员%d人、退休人员%d人。' % (
        u.name, '决算' if kind == 'js' else '预算',
        '、'.join(x.name for x in getattr(u, 'subs', [])) if getattr(u, 'subs', None) else '部门本级',
        a, year, b, c, c - d, d)))
    return B

# ------------------------------------------------------------------ documents
def cover(name, year, kind, date):
    title = '%s年度部门决算' % year if kind == 'js' else '%s年部门预算' % year
    return [('cover', name, title, date)]

def build_js(cfg, u, subunits=None):
    year = cfg.year
    blocks = [('sec', 'P', None, None, None)] + cover(u.name, year, 'js', cfg.date)
    toc = []
    blocks.append(('sec', 'P', None, None, None))
    blocks.append(('toc', toc))
    body = []
    hdr = cfg.header
    body.append(('sec', 'P', hdr, cfg.footer, 1))
    def H1(text, lvl=1):
        body.append(('h1', text)); toc.append((text, lvl, text))
    H1('第一部分  %s概况' % u.name)
    body += overview(u, cfg, year, 'js', cfg.staff)
    body.append(('pb',))
    H1('第二部分  %s年度部门决算表' % year)
    def tables(unit, prefix, toc_level=2, only=None):
        tl = [js_T1(unit, cfg, prefix + 'T1', year), js_T2(unit, cfg, prefix + 'T2'), js_T3(unit, cfg, prefix + 'T3'),
              js_T4(unit, cfg, prefix + 'T4'), js_T5(unit, cfg, prefix + 'T5'), js_T6(unit, cfg, prefix + 'T6'),
              js_T7(unit, cfg, prefix + 'T7'), js_T8(unit, cfg, prefix + 'T8', year), js_T9(unit, cfg, prefix + 'T9', year)]
        if only:
            tl = [t for t in tl if t['tid'][len(prefix):] in only]
        for i, t in enumerate(tl):
            wide = t['tid'][len(prefix):] in (cfg.landscape or ())
            want = 'L' if wide else 'P'
            if want != body_orient[0]:
                body.append(('sec', want, hdr, cfg.footer, None)); body_orient[0] = want
            elif i > 0:
                body.append(('pb',))
            if toc_level:
                toc.append(('%s、%s' % (ORD[i], t['title']), toc_level, t['title'] + '@' + unit.name))
            t['anchor'] = t['title'] + '@' + unit.name
            body.append(t)
    body_orient = ['P']
    tables(u, '')
    if body_orient[0] == 'L':
        body.append(('sec', 'P', hdr, cfg.footer, None)); body_orient[0] = 'P'
    else:
        body.append(('pb',))
    part = 3
    if subunits:
        H1('第三部分  所属单位%s年度决算表' % year)
        for j, su in enumerate(subunits):
            if j:
                body.append(('pb',))
            body.append(('h2c', '（%s）%s' % (ORD[j], su.name)))
            toc.append(('（%s）%s' % (ORD[j], su.name), 2, '（%s）%s' % (ORD[j], su.name)))
            tables(su, 'u%d.' % (j + 1), toc_level=0, only=('T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'))
        if body_orient[0] == 'L':
            body.append(('sec', 'P', hdr, cfg.footer, None)); body_orient[0] = 'P'
        else:
            body.append(('pb',))
        part = 4
    H1('第%s部分  %s年度部门决算情况说明' % (ORD[part - 1], year))
    body += js_narrative(u, cfg, year)
    body.append(('pb',))
    H1('第%s部分  名词解释' % ORD[part])
    for i, (k, v) in enumerate(GLOSSARY):
        body.append(('p', '%s、%s：%s' % (ORD[i], k, v)))
    return blocks + body

# ------------------------------------------------------------------ 预算 documents
def ys_tables(u, cfg, year):
    T = u.T
    prev_year = str(int(year) - 1)
    out = []
    # B1 收支预算总表
    inc = [('一、一般公共预算拨款收入', T['fin_in']), ('二、政府性基金预算拨款收入', D(0)), ('三、国有资本经营预算拨款收入', D(0)),
           ('四、财政专户管理资金收入', D(0)), ('五、事业收入', T['sy_in']), ('六、上级补助收入', D(0)),
           ('七、附属单位上缴收入', D(0)), ('八、事业单位经营收入', D(0)), ('九、其他收入', T['qt_in'])]
    exp = [('%s、%s' % (ORD[i], LEI_NAME[c]), u.val(c, 'exp')) for i, c in enumerate(u.leis)]
    m = max(len(inc), len(exp))
    inc += [('', None)] * (m - len(inc)); exp += [('', None)] * (m - len(exp))
    rows = [[a, fmt(av, cfg), b, fmt(bv, cfg)] for (a, av), (b, bv) in zip(inc, exp)]
    rows += [['本年收入合计', fmt(T['inc'], cfg), '本年支出合计', fmt(T['exp'], cfg)],
             ['上年结转结余', fmt(D(0), cfg), '年终结转结余', fmt(D(0), cfg)],
             ['收入总计', fmt(T['inc'], cfg), '支出总计', fmt(T['exp'], cfg)]]
    out.append(title_block('B1', '表1', '收支预算总表', u.name, [[('收入', 2, 1), ('支出', 2, 1)], [('项目', 1, 1), ('预算数', 1, 1), ('项目', 1, 1), ('预算数', 1, 1)]],
                           rows, [32, 16, 32, 16], ['left', 'right', 'left', 'right']))
    if cfg.full:
        rows = hier_rows_z(u, cfg, ['inc', 'fin_in', 'z', 'sy_in', 'qt_in'])
        out.append(title_block('B2', '表2', '收入预算表', u.name,
                               [[('科目编码', 1, 1), ('科目名称', 1, 1), ('合计', 1, 1), ('一般公共预算拨款收入', 1, 1), ('政府性基金预算拨款收入', 1, 1), ('事业收入', 1, 1), ('其他收入', 1, 1)]],
                               rows, [10, 28, 12, 12, 12, 11, 11]))
        rows = hier_rows_z(u, cfg, ['exp', 'basic', 'proj'])
        out.append(title_block('B3', '表3', '支出预算表', u.name,
                               [[('科目编码', 1, 1), ('科目名称', 1, 1), ('合计', 1, 1), ('基本支出', 1, 1), ('项目支出', 1, 1)]], rows, [11, 37, 15, 15, 15]))
    # B5 一般公共预算支出预算表
    if cfg.ys_prev_cols:
        rows = [{'cells': [('合计', 2)] + [(fmt(x, cfg), 1) for x in (T['prev_fexp_total'], T['fexp'], T['fb'], T['fp'], T['fexp'] - T['prev_fexp_total'])]
                 + [(n(rate(T['fexp'], T['prev_fexp_total'])), 1)]}]
        for code in u.hier:
            pv = u.f(code, 'prev_fexp'); cur = u.val(code, 'fexp')
            rows.append([code, cname(code), fmt(pv, cfg), fmt(cur, cfg), fmt(u.val(code, 'fb'), cfg), fmt(u.val(code, 'fp'), cfg),
                         fmt(cur - pv, cfg), n(rate(cur, pv)) if pv else '—'])
        header = [[('科目编码', 1, 2), ('科目名称', 1, 2), ('%s年预算数' % prev_year, 1, 2), ('%s年预算数' % year, 3, 1), ('增减额', 1, 2), ('增减率（%）', 1, 2)],
                  [('合计', 1, 1), ('基本支出', 1, 1), ('项目支出', 1, 1)]]
        widths = [10, 26, 11, 11, 11, 11, 10, 9]
    else:
        rows = hier_rows(u, cfg, ['fexp', 'fb', 'fb_p', 'fb_g', 'fp'])
        header = [[('科目编码', 1, 2), ('科目名称', 1, 2), ('合计', 1, 2), ('基本支出', 3, 1), ('项目支出', 1, 2)], [('小计', 1, 1), ('人员经费', 1, 1), ('公用经费', 1, 1)]]
        widths = [10, 30, 12, 12, 12, 12, 12]
    out.append(title_block('B5', '表%d' % (len(out) + 1), '一般公共预算支出预算表', u.name, header, rows, widths))
    # B6 基本支出 (econ, vertical)
    rows = [{'cells': [('合计', 2), (fmt(T['fb'], cfg), 1), (fmt(T['fb_p'], cfg), 1), (fmt(T['fb_g'], cfg), 1)]}]
    allg = sorted(u.person + u.public, key=lambda g: g[0])
    for code, name, v, ch in allg:
        isp = code in ('301', '303')
        rows.append([code, name, fmt(v, cfg), fmt(v if isp else D(0), cfg), fmt(D(0) if isp else v, cfg)])
        for c, nn, vv in ch:
            rows.append([c, nn, fmt(vv, cfg), fmt(vv if isp else D(0), cfg), fmt(D(0) if isp else vv, cfg)])
    out.append(title_block('B6', '表%d' % (len(out) + 1), '一般公共预算基本支出预算表', u.name,
                           [[('经济分类科目编码', 1, 1), ('科目名称', 1, 1), ('合计', 1, 1), ('人员经费', 1, 1), ('公用经费', 1, 1)]], rows, [14, 34, 14, 14, 14],
                           ['center', 'left', 'right', 'right', 'right']))
    # B7 三公
    cur, pv = T['sg_actual'], T['sg_prev']
    if cfg.sg_layout == 'columns':
        header = [[('%s年预算数' % prev_year, 6, 1), ('%s年预算数' % year, 6, 1)],
                  [('合计', 1, 2), ('因公出国（境）费', 1, 2), ('公务用车购置及运行维护费', 3, 1), ('公务接待费', 1, 2)] * 2,
                  [('小计', 1, 1), ('公务用车购置费', 1, 1), ('公务用车运行费', 1, 1)] * 2]
        rows = [[fmt(v, cfg, '0.00') for v in sg_vals(pv) + sg_vals(cur)]]
        widths = [1] * 12; al = ['right'] * 12
    else:
        labels = ['合计', '1.因公出国（境）费', '2.公务用车购置及运行维护费', '其中：公务用车购置费', '公务用车运行维护费', '3.公务接待费']
        rows = []
        for l, a, b in zip(labels, sg_vals(pv), sg_vals(cur)):
            rows.append([l, fmt(a, cfg, '0.00'), fmt(b, cfg, '0.00'), fmt(b - a, cfg, '0.00'), n(rate(b, a)) if a else '—'])
        header = [[('项目', 1, 1), ('%s年预算数' % prev_year, 1, 1), ('%s年预算数' % year, 1, 1), ('增减额', 1, 1), ('增减率（%）', 1, 1)]]
        widths = [36, 15, 15, 15, 15]; al = ['left', 'right', 'right', 'right', 'right']
    out.append(title_block('B7', '表%d' % (len(out) + 1), '一般公共预算“三公”经费支出预算表', u.name, header, rows, widths, al))
    out.append(title_block('B8', '表%d' % (len(out) + 1), '政府性基金预算支出表', u.name,
                           [[('科目编码', 1, 1), ('科目名称', 1, 1), ('合计', 1, 1), ('基本支出', 1, 1), ('项目支出', 1, 1)]],
                           [{'cells': [('合计', 2), ('', 1), ('', 1), ('', 1)]}, [''] * 5], [12, 36, 15, 15, 15],
                           note='注：本部门%s年无政府性基金预算收入，也没有使用政府性基金预算拨款安排的支出，故本表为空表。' % year))
    return out

def ys_narrative(u, cfg, year):
    T = u.T
    B = []
    P = lambda s: B.append(('p', s))
    H = lambda s: B.append(('h2', s))
    prev_inc = T['prev_total']
    H('一、收支预算总体情况说明')
    parts = ['一般公共预算拨款收入%s万元' % n(T['fin_in'])]
    if T['sy_in']: parts.append('事业收入%s万元' % n(T['sy_in']))
    if T['qt_in']: parts.append('其他收入%s万元' % n(T['qt_in']))
    P('按照综合预算的原则，%s所有收入和支出均纳入部门预算管理。%s年收入预算%s万元，其中：%s。收入预算比上年%s。主要原因是：%s。' % (
        u.name, year, n(T['inc']), '、'.join(parts), chg(T['inc'], prev_inc),
        '人员工资正常晋档及新增项目' if T['inc'] > prev_inc else '一次性项目经费减少'))
    P('%s年支出预算%s万元，其中：基本支出%s万元，占%s%%；项目支出%s万元，占%s%%。' % (
        year, n(T['exp']), n(T['basic']), n(share(T['basic'], T['exp'])), n(T['proj']), n(share(T['proj'], T['exp']))))
    H('二、一般公共预算支出预算情况说明')
    parts = ['%s%s万元，占%s%%' % (LEI_NAME[c], n(u.val(c, 'fexp')), n(share(u.val(c, 'fexp'), T['fexp']))) for c in u.leis]
    P('%s年一般公共预算支出预算%s万元，比上年%s。其中：%s。' % (year, n(T['fexp']), chg(T['fexp'], T['prev_fexp_total']), '；'.join(parts)))
    k = 0
    for code in u.codes:
        d = u.L[code]
        cur = d['fb_p'] + d['fb_g'] + d['fp']
        if not cur or not d['prev_fexp']:
            continue
        k += 1
        if k > 6:
            break
        P('（%s）%s（项）%s万元，比上年%s，主要用于%s。' % (ORD[k - 1], cname(code), n(cur), chg(cur, d['prev_fexp']),
                                                  '保障机构正常运转' if cname(code) == '行政运行' else '相关业务工作开展'))
    H('三、一般公共预算基本支出预算情况说明')
    P('%s年一般公共预算基本支出预算%s万元，其中：人员经费%s万元，主要包括基本工资、津贴补贴、奖金、社会保障缴费、住房公积金、退休费等；公用经费%s万元，主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费等。' % (
        year, n(T['fb']), n(T['fb_p']), n(T['fb_g'])))
    H('四、“三公”经费预算情况说明')
    cur, pv = T['sg_actual'], T['sg_prev']
    P('%s年“三公”经费预算%s万元，比上年预算%s。其中：因公出国（境）费%s万元，与上年持平；公务用车购置及运行维护费%s万元，比上年%s（公务用车购置费%s万元，公务用车运行维护费%s万元）；公务接待费%s万元，比上年%s。主要原因是：严格落实过紧日子要求，从严控制“三公”经费支出。' % (
        year, n(cur['total']), chg(cur['total'], pv['total']), n(cur['abroad']), n(cur['car']), chg(cur['car'], pv['car']),
        n(cur['buy']), n(cur['run']), n(cur['recep']), chg(cur['recep'], pv['recep'])))
    H('五、政府性基金预算支出情况说明')
    P('本部门%s年无政府性基金预算支出。' % year)
    H('六、机关运行经费安排情况说明')
    P('%s年本部门机关运行经费预算%s万元，比上年%s，主要用于办公费、水电费、差旅费等日常公用支出。' % (year, n(T['fb_g']), chg(T['fb_g'], T['gp_prev_pub'])))
    H('七、政府采购预算情况说明')
    g = T['gp']
    P('%s年本部门政府采购预算总额%s万元，其中：货物类%s万元、工程类%s万元、服务类%s万元。' % (year, n(g['total']), n(g['goods']), n(g['works']), n(g['service'])))
    H('八、国有资产占用情况说明')
    P('截至%s年12月底，本部门共有车辆%d辆，单价100万元以上设备0台（套）。%s年部门预算未安排购置车辆。' % (int(year) - 1, T['cars'], year))
    H('九、预算绩效管理情况说明')
    P('%s年本部门实行绩效目标管理的项目%d个，涉及一般公共预算拨款%s万元。' % (year, len([c for c in u.codes if u.L[c]['fp']]), n(T['fp'])))
    return B

def build_ys(cfg, u):
    year = cfg.year
    blocks = [('sec', 'P', None, None, None)] + [('cover', u.name, '%s年部门预算' % year, cfg.date)]
    toc = []
    blocks += [('sec', 'P', None, None, None), ('toc', toc)]
    body = [('sec', 'P', cfg.header, cfg.footer, 1)]
    def H1(text):
        body.append(('h1', text)); toc.append((text, 1, text))
    H1('第一部分  %s概况' % u.name)
    body += overview(u, cfg, year, 'ys', cfg.staff)
    body.append(('pb',))
    H1('第二部分  %s年部门预算情况说明' % year)
    body += ys_narrative(u, cfg, year)
    body.append(('pb',))
    H1('第三部分  名词解释')
    for i, (k, v) in enumerate(GLOSSARY[:2] + GLOSSARY[5:]):
        body.append(('p', '%s、%s：%s' % (ORD[i], k, v)))
    body.append(('pb',))
    H1('第四部分  %s年部门预算公开表' % year)
    for i, t in enumerate(ys_tables(u, cfg, year)):
        if i:
            body.append(('pb',))
        t['anchor'] = t['title'] + '@' + u.name
        toc.append(('%s、%s' % (ORD[i], t['title']), 2, t['anchor']))
        body.append(t)
    return blocks + body

# ------------------------------------------------------------------ rendering
def render(blocks, cfg, toc_pages=None):
    d = Doc(font_east=cfg.font_body, head_font=cfg.font_head, table_font=cfg.font_table, body_sz=cfg.body_sz, table_sz=cfg.table_sz)
    if cfg.body_line:
        d.body_line = cfg.body_line
    if cfg.grid is not None:
        d.grid = cfg.grid or None
    hcache, fcache = {}, {}
    def hid(text):
        if text not in hcache:
            hcache[text] = d.add_header(text)
        return hcache[text]
    def fid(style):
        if style not in fcache:
            fcache[style] = d.add_footer(style)
        return fcache[style]
    cur = None
    for b in blocks:
        k = b[0] if isinstance(b, tuple) else 'table'
        if k == 'sec':
            if cur is not None:
                d.end_section(cur[1], hid(cur[2]), fid(cur[3]), cur[4])
            cur = b
            d.orient = b[1]
        elif k == 'cover':
            _, name, title, date = b
            d.blank(6)
            d.para(name, align='center', sz=52, bold=True, font=cfg.font_head)
            d.blank(1)
            d.para(title, align='center', sz=52, bold=True, font=cfg.font_head)
            d.blank(10)
            d.para(date, align='center', sz=32)
        elif k == 'toc':
            d.para('目    录', align='center', sz=40, bold=True, font=cfg.font_head, after=240)
            for (text, lvl, anchor) in b[1]:
                pg = (toc_pages or {}).get(anchor, '1')
                d.toc_line(text, pg, lvl)
        elif k == 'h1':
            d.heading(b[1], 1)
        elif k == 'h2':
            d.heading(b[1], 2)
        elif k == 'h2c':
            d.para(b[1], align='center', sz=32, bold=True, font=cfg.font_head, after=120, keep=True)
        elif k == 'h3':
            d.heading(b[1], 3)
        elif k == 'p':
            d.body(b[1])
        elif k == 'pb':
            d.pagebreak()
        elif k == 'table':
            render_table(d, b, cfg)
    d.end_section  # final section written at save
    return d, cur, hid, fid

def render_table(d, t, cfg):
    nc = t['ncols']
    if cfg.title_in_table:
        title_rows = [[(t['no'], nc, 'right', False)], [(t['title'], nc, 'center', True)],
                      [('编制单位：' + t['unit'], nc - 2, 'left', False), ('单位：万元', 2, 'right', False)]]
    else:
        title_rows = None
        d.para(t['no'], align='right', sz=20, keep=True)
        d.para(t['title'], align='center', sz=32, bold=True, font=cfg.font_head, after=120, keep=True)
        d.para('编制单位：%s\t单位：万元' % t['unit'], sz=20, tabs=[('right', 'none', d.text_width() - 20)], keep=True)
    d.table(t['header'], t['rows'], t['widths'], nc, align=t['align'], sz=t['sz'] or (16 if nc >= 12 else None), title_rows=title_rows)
    if t['note']:
        d.para(t['note'], sz=20)

def soffice(src, outdir):
    subprocess.run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--convert-to', 'pdf', '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def page_texts(pdf):
    out = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    return out.split('\f')

def squash(s):
    return re.sub(r'\s+', '', s)

def make_pdf(blocks, cfg, out_pdf, workdir):
    """two-pass render: first pass finds the page of every TOC anchor"""
    os.makedirs(workdir, exist_ok=True)
    base = os.path.splitext(os.path.basename(out_pdf))[0]
    def emit(toc_pages, path_docx):
        d, last, hid, fid = render(blocks, cfg, toc_pages)
        d.save(path_docx, last[1], hid(last[2]), fid(last[3]), last[4])
    # pass 0: count front-matter pages (cover + toc)
    fm = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'sec' and b[2] is not None:
            break
        fm.append(b)
    fm = fm + [('sec', 'P', None, None, None), ('p', 'x')]
    d, last, hid, fid = render(fm, cfg)
    p0 = os.path.join(workdir, base + '_fm.docx')
    d.save(p0, 'P', hid(None), fid(None)); soffice(p0, workdir)
    nfront = len([p for p in page_texts(p0[:-5] + '.pdf') if p.strip()]) - 1
    p1 = os.path.join(workdir, base + '.docx')
    emit(None, p1); soffice(p1, workdir)
    pages = [squash(p) for p in page_texts(p1[:-5] + '.pdf')]
    toc = [b for b in blocks if isinstance(b, tuple) and b[0] == 'toc'][0][1]
    found = {}
    # anchors: headings text, or "title@unit" for tables (title page containing the unit name too)
    start = nfront
    for (text, lvl, anchor) in toc:
        if '@' in anchor:
            title, unit = anchor.split('@')
            keys = [squash(title), squash(unit)]
        else:
            keys = [squash(anchor)]
        for i in range(start, len(pages)):
            if all(k in pages[i] for k in keys):
                found[anchor] = str(i + 1 - nfront)
                start = i
                break
        else:
            raise RuntimeError('anchor not found: %s' % anchor)
    emit(found, p1); soffice(p1, workdir)
    shutil.copy(p1[:-5] + '.pdf', out_pdf)
    return dict(front_pages=nfront, toc=found, docx=p1)

# ------------------------------------------------------------------ mutations
def find_table(blocks, tid):
    for b in blocks:
        if isinstance(b, dict) and b.get('tid') == tid:
            return b
    raise KeyError(tid)

def set_cell(blocks, tid, key, col, new, occurrence=0):
    """row whose some cell == key; col is the absolute grid column. returns old text"""
    t = find_table(blocks, tid)
    hits = 0
    for i, row in enumerate(t['rows']):
        if isinstance(row, dict):
            cells = []
            for (text, span) in row['cells']:
                cells.append(text); cells += [None] * (span - 1)
        else:
            cells = row
        if key in cells:
            if hits == occurrence:
                old = cells[col]
                if isinstance(row, dict):
                    pos = 0
                    for j, (text, span) in enumerate(row['cells']):
                        if pos == col:
                            row['cells'][j] = (new, span); break
                        pos += span
                    else:
                        raise KeyError(col)
                else:
                    row[col] = new
                return old
            hits += 1
    raise KeyError((tid, key))

def get_cell(blocks, tid, key, col):
    t = find_table(blocks, tid)
    for row in t['rows']:
        cells = []
        if isinstance(row, dict):
            for (text, span) in row['cells']:
                cells.append(text); cells += [None] * (span - 1)
        else:
            cells = row
        if key in cells:
            return cells[col]
    raise KeyError(key)

def replace_text(blocks, old, new):
    hits = [i for i, b in enumerate(blocks) if isinstance(b, tuple) and b[0] == 'p' and old in b[1]]
    assert len(hits) == 1 and blocks[hits[0]][1].count(old) == 1, (old, hits)
    i = hits[0]
    blocks[i] = ('p', blocks[i][1].replace(old, new))
