"""Builds clean and mutant inputs + manifest.tsv. Run with /usr/bin/python3 (needs openpyxl)."""
import os, shutil, subprocess, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from docs import *
import excel

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
B = os.path.join(ROOT, 'build'); CLEAN = os.path.join(ROOT, 'inputs/clean'); MUT = os.path.join(ROOT, 'inputs/mutants')
for d in (B, CLEAN, MUT):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
PROFILE = 'file://' + os.path.join(ROOT, 'build_lo_profile')

def soffice_pdf(src, outdir):
    subprocess.run(['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--convert-to', 'pdf', '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')

def docx(fn, name, title, hdr, muts=(), font='宋体', head='黑体'):
    blocks, facts = fn(muts)
    p = os.path.join(B, name + '.docx')
    render_docx(p, blocks, title, font, head, hdr)
    return p

def page_of(pdf, needle):
    n = int([l for l in subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0].split()[1])
    hits = []
    for i in range(1, n + 1):
        t = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), pdf, '-'], capture_output=True, text=True).stdout
        if needle in t.replace(' ', ''): hits.append(i)
    return ','.join(map(str, hits)) or '?'

DOCS = {
    'c01': (c01, '某某县农业农村局2023年度部门决算公开', '某某县农业农村局2023年度部门决算', '宋体', '黑体'),
    'c02': (c02, '某某县教育局2024年部门预算', '', 'Noto Serif CJK SC', 'Noto Sans CJK SC'),
    'c03': (c03, '某某县卫生健康局2023年度部门决算', '', '仿宋_GB2312', '方正小标宋简体'),
    'c07': (c07, '某某县2023年国民经济和社会发展统计公报', '某某县统计局', '宋体', '黑体'),
}
NAMES = {'c01': 'c01_农业农村局_2023决算', 'c02': 'c02_教育局_2024预算', 'c03': 'c03_卫生健康局_2023决算', 'c07': 'c07_统计公报_2023'}

def make_doc(key, name, muts=()):
    fn, title, hdr, font, head = DOCS[key]
    return docx(fn, name, title, hdr, muts, font, head)

# ------------------------------------------------------------------ clean
for key in ('c01', 'c02', 'c03', 'c07'):
    p = make_doc(key, NAMES[key])
    shutil.copy(p, CLEAN)
    if key != 'c07':
        shutil.copy(soffice_pdf(p, B), CLEAN)
subprocess.run(['pdftocairo', '-pdf', os.path.join(CLEAN, NAMES['c01'] + '.pdf'), os.path.join(CLEAN, NAMES['c01'] + '_cairo.pdf')], check=True)
excel.c05(os.path.join(B, 'c05_水利局_支出决算表_excel.xlsx'))
shutil.copy(soffice_pdf(os.path.join(B, 'c05_水利局_支出决算表_excel.xlsx'), B), CLEAN)
excel.c06(os.path.join(B, 'c06_自然资源局_财拨支出_excel.xlsx'))
shutil.copy(soffice_pdf(os.path.join(B, 'c06_自然资源局_财拨支出_excel.xlsx'), B), CLEAN)

# ------------------------------------------------------------------ mutants
MB = os.path.join(B, 'mut'); os.makedirs(MB)
manifest = [('file', 'page', 'clean_counterpart', 'rule_expected', 'what', 'from', 'to')]
def add(fname, clean, rule, what, frm, to, pdf_for_page, needle=None):
    manifest.append((fname, page_of(pdf_for_page, (needle or to).replace(' ', '')), clean, rule, what, frm, to))

# m01: docx c01, wrong 合计 cell (合计 row, 合计 column) in 一般公共预算财政拨款支出决算表
n = 'm01_c01_合计格错误'
p = make_doc('c01', n, [('cell', 't_gf', '合计', 1, '3,582.14', '3,592.14')]); shutil.copy(p, MUT)
add(n + '.docx', NAMES['c01'] + '.docx', 'table_total_mismatch', '一般公共预算财政拨款支出决算表 合计行/合计列 = 3,582.14 (sum of classes; = 989.51+2,592.63)', '3,582.14', '3,592.14', soffice_pdf(p, MB))
# m02: cairo pdf of c01, 类 row 农林水支出 != sum of its 款 rows (合计 and 项目支出 both +10, row itself consistent)
n = 'm02_c01_类不等于款之和_cairo'
p = make_doc('c01', n, [('cell', 't_gf', '农林水支出', 4, '3,292.62', '3,302.62'), ('cell', 't_gf', '农林水支出', 6, '2,592.63', '2,602.63')])
sp = soffice_pdf(p, MB); subprocess.run(['pdftocairo', '-pdf', sp, os.path.join(MUT, n + '.pdf')], check=True)
add(n + '.pdf', NAMES['c01'] + '_cairo.pdf', 'table_total_mismatch', '213 农林水支出 类 row: 合计 3,292.62→3,302.62 and 项目支出 2,592.63→2,602.63 (款 rows 21301+21305+21307 sum to 3,292.62 / 2,592.63); the row itself still 699.99+2,602.63=3,302.62', '3,292.62 / 2,592.63', '3,302.62 / 2,602.63', sp, '3,302.62')
# m03: docx c03, narrative 本年支出合计 differs from table (34,364,668.67元 = 3,436.47万元)
n = 'm03_c03_文字与表不符'
p = make_doc('c03', n, [('text', '本年支出合计3,436.47万元', '本年支出合计3,463.47万元')]); shutil.copy(p, MUT)
add(n + '.docx', NAMES['c03'] + '.docx', 'restatement_conflict', 'narrative 三、支出决算情况说明 本年支出合计 vs 收入支出决算总表 34,364,668.67元 (also 基本2,031.89+项目1,404.58=3,436.47)', '3,436.47万元', '3,463.47万元', soffice_pdf(p, MB), '本年支出合计3,463.47')
# m04: pdf c02, 三公 narrative 公务接待费 differs from 三公 table (4.90)
n = 'm04_c02_三公文字与表不符'
p = make_doc('c02', n, [('text', '公务接待费4.90万元', '公务接待费4.50万元')])
shutil.copy(soffice_pdf(p, MB), os.path.join(MUT, n + '.pdf'))
add(n + '.pdf', NAMES['c02'] + '.pdf', 'restatement_conflict', '三公 narrative 公务接待费 vs 三公 table 2024年预算数 4.90 (also 0+6.00+4.50≠10.90)', '4.90万元', '4.50万元', os.path.join(MUT, n + '.pdf'), '公务接待费4.50')
# m05: docx c02, wrong growth rate in text (26,161.96 vs 22,016.37 -> 18.8%)
n = 'm05_c02_增长率错误'
p = make_doc('c02', n, [('text', '增长18.8%', '增长16.8%')]); shutil.copy(p, MUT)
add(n + '.docx', NAMES['c02'] + '.docx', 'change_mismatch', '收支预算总体情况: 增加4,145.59万元 on 26,161.96 → 4,145.59/22,016.37 = 18.83%', '18.8%', '16.8%', soffice_pdf(p, MB), '增长16.8%')
# m06: excel bordered pdf c05 (元), one cell typed in 万元
n = 'm06_c05_单位错误_excel'
x = os.path.join(MB, n + '.xlsx'); excel.c05(x, [('cell', '2130301', 3, '2495847.30', '249.58')])
shutil.copy(soffice_pdf(x, MB), MUT)
add(n + '.pdf', 'c05_水利局_支出决算表_excel.pdf', 'unit_slip / table_total_mismatch', '2130301 行政运行 基本支出 typed in 万元 (249.58) in a 元 table; 合计 column of the row still 2,495,847.30', '2,495,847.30', '249.58', os.path.join(MUT, n + '.pdf'), '249.58')
# m07: excel borderless pdf c06, 301 工资福利支出 group row != sum of its 30101..30199 rows
n = 'm07_c06_经济分类小计错误_excel'
x = os.path.join(MB, n + '.xlsx'); excel.c06(x, [('cell', 2, '301', 2, '718.85', '781.85')])
shutil.copy(soffice_pdf(x, MB), MUT)
add(n + '.pdf', 'c06_自然资源局_财拨支出_excel.pdf', 'table_total_mismatch', '基本支出决算表 人员经费 301 工资福利支出 (sum of 30101..30199 = 718.85)', '718.85', '781.85', os.path.join(MUT, n + '.pdf'), '781.85')
# m08: docx c07, 表3 2022年 农林水支出 wrong (breaks 2022 支出 column sum and row growth 6.1%)
n = 'm08_c07_表内分项错误'
p = make_doc('c07', n, [('cell', 't_fin', '　农林水支出', 2, '57,930', '57,390')]); shutil.copy(p, MUT)
add(n + '.docx', NAMES['c07'] + '.docx', 'table_total_mismatch / change_mismatch', '表3 2022年 农林水支出: 2022 支出 column sums to 341,150 only with 57,930; 61,450/57,930-1 = 6.1%', '57,930', '57,390', soffice_pdf(p, MB), '57,390')

with open(os.path.join(ROOT, 'inputs/mutants/manifest.tsv'), 'w') as f:
    for r in manifest: f.write('\t'.join(r) + '\n')
print('\n'.join('\t'.join(r) for r in manifest))
print(sorted(os.listdir(CLEAN)))
