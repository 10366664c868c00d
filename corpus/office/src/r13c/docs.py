# Defines the 8 clean documents and the 8 mutants; writes PDFs, manifest.tsv and truth.json.
import os, sys, json, copy, subprocess, shutil
from decimal import Decimal as D
from model import Unit, q
import build as B
from build import Cfg, COUNTY

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLEAN = os.path.join(ROOT, 'inputs', 'clean')
MUT = os.path.join(ROOT, 'inputs', 'mutants')
WORK = os.path.join(ROOT, 'work', 'docx')

EDU = ['2050101', '2050102', '2050201', '2050202', '2050203', '2050204', '2050302', '2050999', '2080505', '2080506',
       '2101102', '2101103', '2210201']
HEALTH = ['2100101', '2100102', '2100199', '2100302', '2100401', '2100403', '2100408', '2100409', '2100410', '2100717',
          '2080505', '2080506', '2101101', '2101102', '2210201']
CIVIL = ['2080201', '2080202', '2080208', '2080501', '2080505', '2080506', '2080801', '2080802', '2081001', '2081002',
         '2081004', '2081107', '2081901', '2081902', '2082001', '2082102', '2101101', '2210201']
WATER = ['2130301', '2130302', '2130304', '2130305', '2130306', '2130310', '2130314', '2130316', '2130335', '2080505',
         '2080506', '2101101', '2210201']
AGRI_UNITS = [
    ('青山县农业农村局机关', ['2130101', '2130102', '2130103', '2130110', '2130111', '2130112', '2130114', '2130120', '2130121', '2130122', '2130124',
                    '2130126', '2130142', '2130152', '2130153', '2130504', '2130505', '2130599', '2130701', '2130705', '2080501', '2080505', '2080506',
                    '2101101', '2101103', '2210201', '2210203']),
    ('青山县农业技术推广中心', ['2130104', '2130106', '2130108', '2130109', '2130135', '2130199', '2130122', '2080502', '2080505', '2080506', '2101102', '2210201']),
    ('青山县畜牧兽医服务中心', ['2130104', '2130108', '2130109', '2130119', '2130125', '2130199', '2080502', '2080505', '2080506', '2101102', '2210201']),
    ('青山县农业机械化服务中心', ['2130104', '2130106', '2130122', '2130803', '2080505', '2080506', '2101102', '2210201']),
    ('青山县水产技术推广站', ['2130104', '2130148', '2130135', '2130119', '2080505', '2080506', '2101102', '2210201']),
]

BASE = dict(year='2023', thousands=False, zero='', all_lei=False, hangci=False, merged3=False, split_codes=False,
            title_in_table=False, landscape=(), sg_layout='rows', font_body='Noto Serif CJK SC', font_head='Noto Sans CJK SC',
            font_table='Noto Serif CJK SC', body_sz=32, table_sz=18,
            grid=False, body_line=(560, 'exact'), footer='di', staff=(6, 45, 43, 8), date='二〇二四年九月')

def docs():
    out = []
    # 1. 教育局 决算: landscape wide tables, 3-row merged headers, thousands separators, footer 第 X 页 共 Y 页
    u = Unit('%s教育局' % COUNTY, EDU, seed=11, scale=8)
    cfg = Cfg(BASE, key='2023_jiaoyuju_juesuan', thousands=True, zero='0.00', merged3=True, landscape=('T2', 'T3', 'T5', 'T6', 'T7'),
              sg_layout='columns', hangci=True, all_lei=True, footer='digong', header='%s教育局2023年度部门决算公开' % COUNTY,
              staff=(9, 1260, 1233, 310))
    out.append((cfg, u, B.build_js(cfg, u), None))
    # 2. 卫健局 决算: portrait, footer - X -, plain numbers, blanks for zero
    u = Unit('%s卫生健康局' % COUNTY, HEALTH, seed=22, scale=3)
    cfg = Cfg(BASE, key='2023_weijianju_juesuan', footer='dash', header='%s卫生健康局2023年度部门决算' % COUNTY, staff=(7, 320, 311, 64))
    out.append((cfg, u, B.build_js(cfg, u), None))
    # 3. same document, passed through pdftocairo -pdf
    cfg3 = Cfg(cfg, key='2023_weijianju_juesuan_cairo', cairo=True)
    out.append((cfg3, u, B.build_js(cfg3, u), None))
    # 4. 民政局 决算: WPS/Excel-like (title inside table), 类/款/项 split code columns, 微软雅黑 / 仿宋 substitution, 行次 columns
    u = Unit('%s民政局' % COUNTY, CIVIL, seed=33, scale=2)
    cfg = Cfg(BASE, key='2023_minzhengju_juesuan_fangsong', title_in_table=True, split_codes=True, hangci=True, all_lei=True,
              font_body='仿宋_GB2312', font_head='方正小标宋简体', font_table='微软雅黑', zero='-', thousands=True, footer='di',
              header='%s民政局2023年度部门决算' % COUNTY, staff=(5, 38, 36, 12))
    out.append((cfg, u, B.build_js(cfg, u), None))
    # 5. 教育局 预算 2024 (full set of tables, 三公 columns layout)
    u = Unit('%s教育局' % COUNTY, EDU, seed=44, scale=8, budget=True)
    cfg = Cfg(BASE, key='2024_jiaoyuju_yusuan', year='2024', full=True, sg_layout='columns', thousands=True, footer='dash',
              header='%s教育局2024年部门预算' % COUNTY, date='二〇二四年二月', staff=(9, 1260, 1240, 305))
    out.append((cfg, u, B.build_ys(cfg, u), None))
    # 6. 水利局 预算 2024 (上年/本年/增减 columns, 三公 rows layout)
    u = Unit('%s水利局' % COUNTY, WATER, seed=55, scale=2, budget=True)
    cfg = Cfg(BASE, key='2024_shuiliju_yusuan', year='2024', body_line=(480, 'auto'), ys_prev_cols=True, zero='0.00', footer='di',
              header='%s水利局2024年部门预算公开' % COUNTY, date='二〇二四年二月', staff=(4, 30, 28, 6))
    out.append((cfg, u, B.build_ys(cfg, u), None))
    # 7. 农业农村局 汇总 决算 (5 units), long
    subs = [Unit(nm, lv, seed=60 + i, scale=(4 if i == 0 else 1.5)) for i, (nm, lv) in enumerate(AGRI_UNITS)]
    u = Unit.merge('%s农业农村局' % COUNTY, subs, seed=66)
    cfg = Cfg(BASE, key='2023_nongyenongcunju_huizong_juesuan', table_sz=20, footer='dash', landscape=('T2', 'T3', 'T7'), sg_layout='columns',
              header='%s农业农村局2023年度部门决算（汇总）' % COUNTY, staff=(8, 186, 179, 41))
    out.append((cfg, u, B.build_js(cfg, u, subs), None))
    # 8. 司法局 决算: WPS-like (title inside the table), landscape 支出决算表, 三公 columns with 栏次 row, 行次 in 总表
    u = Unit('%s司法局' % COUNTY, ['2040601', '2040602', '2040604', '2040605', '2040607', '2040610', '2040699', '2080505', '2080506',
                                   '2101101', '2210201'], seed=77, scale=1)
    cfg = Cfg(BASE, key='2023_sifaju_juesuan', body_sz=30, grid=('lines', 312), body_line=(360, 'auto'), title_in_table=True, landscape=('T3', 'T7'), sg_layout='columns', hangci=True,
              zero='0.00', footer='di', header='%s司法局2023年度部门决算公开' % COUNTY, staff=(6, 42, 40, 9))
    out.append((cfg, u, B.build_js(cfg, u), None))
    return out

MUTANTS = [
    # (mutant key, source key, function(blocks, cfg, u) -> (what, from, to, anchor text to locate))
]

def m_agri_hcell(blocks, cfg, u):
    # wrong 合计 cell of a 项 row on the continuation page of the 汇总 一般公共预算财政拨款支出决算表
    key = '2130705'
    old = B.get_cell(blocks, 'T5', key, 2)
    new = B.n(D(old) + D('10.00'))
    B.set_cell(blocks, 'T5', key, 2, new)
    return ('一般公共预算财政拨款支出决算表 项2130705 合计 cell +10.00 (合计≠基本+项目, 款21307≠Σ项)', old, new, ['2130705', new])

def m_health_kuan(blocks, cfg, u):
    key = '21004'
    o2 = B.get_cell(blocks, 'T5', key, 2); o4 = B.get_cell(blocks, 'T5', key, 4)
    n2 = B.n(D(o2) + D('50.00')); n4 = B.n(D(o4) + D('50.00'))
    B.set_cell(blocks, 'T5', key, 2, n2); B.set_cell(blocks, 'T5', key, 4, n4)
    return ('一般公共预算财政拨款支出决算表 款21004 公共卫生: 合计 and 项目支出 +50.00 (row consistent, 款≠Σ项, 类210≠Σ款)', '%s / %s' % (o2, o4), '%s / %s' % (n2, n4), ['21004', n2])

def m_civil_text_basic(blocks, cfg, u):
    v = u.T['basic']; old = '基本支出%s万元，占本年支出合计' % B.n(v)
    newv = B.n(v + D('12.30'))
    B.replace_text(blocks, old, '基本支出%s万元，占本年支出合计' % newv)
    return ('说明 三、支出决算情况: 基本支出 narrative ≠ 支出决算表/总表 (+12.30)', B.n(v), newv, ['基本支出' + newv])

def m_cairo_sg_text(blocks, cfg, u):
    v = u.T['sg_actual']['recep']; old = '公务接待费支出决算为%s万元' % B.n(v)
    newv = B.n(v + D('1.50'))
    B.replace_text(blocks, old, '公务接待费支出决算为%s万元' % newv)
    return ('说明 七、三公: 公务接待费支出决算 narrative ≠ 三公表 (+1.50)', B.n(v), newv, ['公务接待费支出决算为' + newv])

def m_ysedu_rate(blocks, cfg, u):
    T = u.T
    r = B.rate(T['inc'], T['prev_total'])
    word = '增长' if r >= 0 else '下降'
    old = '%s%s%%。主要原因' % (word, B.n(abs(r)))
    newr = B.n(abs(r) + D('2.00'))
    B.replace_text(blocks, old, '%s%s%%。主要原因' % (word, newr))
    return ('说明 一、收入预算比上年 growth rate +2.00 points', B.n(abs(r)) + '%', newr + '%', [word + newr + '%'])

def m_edu_zongbiao(blocks, cfg, u):
    # 本年收入合计 in 总表 ≠ 收入决算表 (only that cell)
    old = B.get_cell(blocks, 'T1', '本年收入合计', 2)
    new = '{:,.2f}'.format(D(old.replace(',', '')) + D('100.00'))
    B.set_cell(blocks, 'T1', '本年收入合计', 2, new)
    return ('收入支出决算总表 本年收入合计 +100.00 (≠ 收入决算表 合计, ≠ Σ收入项)', old, new, ['本年收入合计', new])

def m_agri_yuan(blocks, cfg, u):
    # unit 3 (畜牧兽医服务中心) 基本支出决算表: 30201 办公费 written in 元
    old = B.get_cell(blocks, 'u3.T6', '30201', 5)
    new = '{:.2f}'.format(D(old) * 10000)
    B.set_cell(blocks, 'u3.T6', '30201', 5, new)
    return ('所属单位(三)畜牧兽医服务中心 基本支出决算表 30201 办公费 in 元 (×10000) in a 万元 table', old, new, ['30201', new])

def m_water_sg_delta(blocks, cfg, u):
    old = B.get_cell(blocks, 'B7', '3.公务接待费', 3)
    new = B.n(D(old) + D('0.80'))
    B.set_cell(blocks, 'B7', '3.公务接待费', 3, new)
    return ('三公经费预算表 公务接待费 增减额 +0.80 (≠ 本年-上年)', old, new, ['3.公务接待费', new])

MUTANTS = [
    ('M1_2023_nongyenongcunju_huizong_juesuan_hejicell', '2023_nongyenongcunju_huizong_juesuan', m_agri_hcell, 'table_total_mismatch'),
    ('M2_2023_weijianju_juesuan_kuan', '2023_weijianju_juesuan', m_health_kuan, 'table_total_mismatch'),
    ('M3_2023_minzhengju_juesuan_fangsong_textbasic', '2023_minzhengju_juesuan_fangsong', m_civil_text_basic, 'restatement_conflict'),
    ('M4_2023_weijianju_juesuan_cairo_sangong', '2023_weijianju_juesuan_cairo', m_cairo_sg_text, 'restatement_conflict'),
    ('M5_2024_jiaoyuju_yusuan_rate', '2024_jiaoyuju_yusuan', m_ysedu_rate, 'change_mismatch'),
    ('M6_2023_jiaoyuju_juesuan_zongbiao', '2023_jiaoyuju_juesuan', m_edu_zongbiao, 'restatement_conflict/table_total_mismatch'),
    ('M7_2023_nongyenongcunju_huizong_juesuan_yuan', '2023_nongyenongcunju_huizong_juesuan', m_agri_yuan, 'unit_slip'),
    ('M8_2024_shuiliju_yusuan_sgdelta', '2024_shuiliju_yusuan', m_water_sg_delta, 'change_mismatch'),
]

def finish(pdf_tmp, cfg, dest):
    if cfg.cairo:
        subprocess.run(['pdftocairo', '-pdf', pdf_tmp, dest], check=True)
    else:
        shutil.copy(pdf_tmp, dest)

def locate(pdf, keys):
    """page (1-based physical) and the pdftotext -layout line on which all keys occur"""
    pages = B.page_texts(pdf)
    for i, p in enumerate(pages):
        for j, line in enumerate(p.split('\n')):
            if all(k in line for k in keys):
                return i + 1, j + 1, line.strip()
    for i, p in enumerate(pages):
        if all(k in B.squash(p) for k in keys):
            return i + 1, None, ''
    return None, None, ''

def col_headers(header, ncols):
    occ = [[None] * ncols for _ in header]
    for r, items in enumerate(header):
        c = 0
        for (text, cs, rs) in items:
            while c < ncols and occ[r][c] is not None:
                c += 1
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    occ[rr][cc] = text
            c += cs
    out = []
    for c in range(ncols):
        path = []
        for r in range(len(header)):
            if occ[r][c] and (not path or path[-1] != occ[r][c]):
                path.append(occ[r][c])
        out.append(path)
    return out

def dump_cells(key, blocks):
    tabs = []
    for b in blocks:
        if isinstance(b, dict):
            rows = []
            for row in b['rows']:
                if isinstance(row, dict):
                    cells = []
                    for (text, span) in row['cells']:
                        cells.append(text); cells += [None] * (span - 1)
                else:
                    cells = list(row)
                rows.append(cells)
            tabs.append(dict(tid=b['tid'], title=b['title'], unit=b['unit'], anchor=b.get('anchor'),
                             cols=col_headers(b['header'], b['ncols']), rows=rows))
    os.makedirs(os.path.join(ROOT, 'work', 'cells'), exist_ok=True)
    json.dump(tabs, open(os.path.join(ROOT, 'work', 'cells', key + '.json'), 'w'), ensure_ascii=False)

def main(only=None):
    os.makedirs(CLEAN, exist_ok=True); os.makedirs(MUT, exist_ok=True); os.makedirs(WORK, exist_ok=True)
    truth = {}
    ds = {cfg.key: (cfg, u, blocks) for cfg, u, blocks, _ in docs()}
    for key, (cfg, u, blocks) in ds.items():
        if only and key not in only:
            continue
        tmp = os.path.join(WORK, key + '.pdf')
        info = B.make_pdf(copy.deepcopy(blocks), cfg, tmp, os.path.join(WORK, key))
        finish(tmp, cfg, os.path.join(CLEAN, key + '.pdf'))
        dump_cells(key, blocks)
        truth[key] = dict(header=cfg.header, footer=cfg.footer, front_pages=info['front_pages'], toc=info['toc'])
        print('clean', key, info['front_pages'], file=sys.stderr)
    man = ['file\tpage\tline_layout\twhat\tfrom\tto\texpected_rule\tlayout_line_text']
    for mkey, src, fn, rule in MUTANTS:
        if only and src not in only:
            continue
        cfg, u, blocks = ds[src]
        bl = copy.deepcopy(blocks)
        what, old, new, keys = fn(bl, cfg, u)
        tmp = os.path.join(WORK, mkey + '.pdf')
        B.make_pdf(bl, cfg, tmp, os.path.join(WORK, mkey))
        dest = os.path.join(MUT, mkey + '.pdf')
        finish(tmp, cfg, dest)
        pg, ln, lt = locate(dest, keys)
        man.append('\t'.join([mkey + '.pdf', str(pg), str(ln), what, old, new, rule, lt]))
        truth[mkey] = dict(src=src, header=cfg.header, footer=cfg.footer, page=pg, keys=keys)
        print('mutant', mkey, pg, file=sys.stderr)
    if not only:
        open(os.path.join(ROOT, 'inputs', 'manifest.tsv'), 'w').write('\n'.join(man) + '\n')
        json.dump(truth, open(os.path.join(ROOT, 'work', 'truth.json'), 'w'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    main(sys.argv[1:] or None)
