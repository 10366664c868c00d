import random
from common import *
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

thin = Side(style='thin', color='000000')
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
NOB = Border()

def c05_data():
    rnd = random.Random(5)
    def amt(lo, hi): return q(D(rnd.randint(lo * 100, hi * 100)) / 100)
    names = {'208': '社会保障和就业支出', '20805': '行政事业单位养老支出', '20808': '抚恤', '210': '卫生健康支出', '21011': '行政事业单位医疗',
             '213': '农林水支出', '21303': '水利', '21305': '巩固脱贫攻坚成果衔接乡村振兴', '21307': '农村综合改革',
             '221': '住房保障支出', '22102': '住房改革支出', '224': '灾害防治及应急管理支出', '22406': '自然灾害防治', '22407': '自然灾害救灾及恢复重建支出'}
    basic_items = {'2080501', '2080502', '2080505', '2080506', '2080599', '2080801', '2101101', '2101102', '2101103', '2101199',
                   '2130301', '2130303', '2210201', '2210202', '2210203'}
    leaves = [('2080501', '行政单位离退休'), ('2080502', '事业单位离退休'), ('2080505', '机关事业单位基本养老保险缴费支出'),
              ('2080506', '机关事业单位职业年金缴费支出'), ('2080599', '其他行政事业单位养老支出'), ('2080801', '死亡抚恤'),
              ('2101101', '行政单位医疗'), ('2101102', '事业单位医疗'), ('2101103', '公务员医疗补助'), ('2101199', '其他行政事业单位医疗支出'),
              ('2130301', '行政运行'), ('2130302', '一般行政管理事务'), ('2130303', '机关服务'), ('2130304', '水利行业业务管理'),
              ('2130305', '水利工程建设'), ('2130306', '水利工程运行与维护'), ('2130308', '水利前期工作'), ('2130309', '水利执法监督'),
              ('2130310', '水土保持'), ('2130311', '水资源节约管理与保护'), ('2130312', '水质监测'), ('2130313', '水文测报'),
              ('2130314', '防汛'), ('2130315', '抗旱'), ('2130316', '农村水利'), ('2130317', '水利技术推广'),
              ('2130319', '江河湖库水系综合整治'), ('2130321', '大中型水库移民后期扶持专项支出'), ('2130322', '水利安全监督'),
              ('2130333', '信息管理'), ('2130334', '水利建设征地及移民支出'), ('2130335', '农村人畜饮水'), ('2130399', '其他水利支出'),
              ('2130504', '农村基础设施建设'), ('2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出'), ('2130701', '对村级公益事业建设的补助'),
              ('2130705', '对村民委员会和村党支部的补助'),
              ('2210201', '住房公积金'), ('2210202', '提租补贴'), ('2210203', '购房补贴'),
              ('2240601', '地质灾害防治'), ('2240699', '其他自然灾害防治支出'), ('2240703', '自然灾害救灾补助'), ('2240704', '自然灾害灾后重建补助')]
    rows = []
    for c, n in leaves:
        b = amt(20000, 2600000) if c in basic_items else D('0.00')
        p = D('0.00') if c in basic_items else amt(30000, 9000000)
        if c == '2130303': p = amt(10000, 80000)
        sub = amt(100000, 300000) if c in ('2130306', '2130313') else D('0.00')
        rows.append((c, n, b, p, sub))
    return names, rows

def c05(path_xlsx, muts=()):
    names, leaves = c05_data()
    agg = {}
    for c, n, b, p, s in leaves:
        for k in (c[:3], c[:5], c):
            a = agg.setdefault(k, [D(0)] * 3)
            a[0] += b; a[1] += p; a[2] += s
    out = []
    seen = set()
    for c, n, b, p, s in leaves:
        for k in (c[:3], c[:5]):
            if k not in seen:
                seen.add(k); out.append([k, names[k]] + agg[k])
        out.append([c, n, b, p, s])
    tb = sum(l[2] for l in leaves); tp = sum(l[3] for l in leaves); ts = sum(l[4] for l in leaves)
    table = [['', '合计', tb, tp, ts]] + out
    # table row: code, name, total, basic, project, 上缴, 经营, 对附属
    data = [[r[0], r[1], r[2] + r[3] + r[4], r[2], r[3], D(0), D(0), r[4]] for r in table]
    for m in muts:  # ('cell', code_or_name, col_index, old, new)
        hit = [r for r in data if r[0] == m[1] or (r[0] == '' and r[1] == m[1])]
        assert len(hit) == 1 and hit[0][m[2]] == D(m[3]), (m, hit)
        hit[0][m[2]] = D(m[4])
    wb = Workbook(); ws = wb.active; ws.title = '支出决算表'
    ws.append(['支出决算表']); ws.merge_cells('A1:H1')
    ws.append(['', '', '', '', '', '', '', '公开05表'])
    ws.append(['编制单位：某某县水利局', '', '', '', '', '', '', '单位：元']); ws.merge_cells('A3:C3')
    ws.append(['项目', '', '合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'])
    ws.append(['科目编码', '科目名称', '', '', '', '', '', ''])
    ws.merge_cells('A4:B4')
    for col in 'CDEFGH': ws.merge_cells(f'{col}4:{col}5')
    for r in data:
        ws.append([r[0], r[1]] + [float(v) for v in r[2:]])
    ws['A1'].font = Font(name='宋体', size=16, bold=True); ws['A1'].alignment = Alignment(horizontal='center')
    ws['H2'].alignment = Alignment(horizontal='right'); ws['H3'].alignment = Alignment(horizontal='right')
    widths = {'A': 10, 'B': 30, 'C': 15, 'D': 14, 'E': 14, 'F': 9, 'G': 9, 'H': 11}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
        for cell in row:
            cell.border = BORDER
            cell.font = Font(name='宋体', size=10, bold=cell.row <= 5)
            if cell.row <= 5:
                cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            elif cell.column >= 3:
                cell.number_format = '#,##0.00'; cell.alignment = Alignment(horizontal='right', vertical='center')
            else:
                cell.number_format = '@'; cell.alignment = Alignment(vertical='center')
    for i in range(6, ws.max_row + 1): ws.row_dimensions[i].height = 21
    ws.row_dimensions[4].height = 30; ws.row_dimensions[5].height = 30
    ws.print_title_rows = '4:5'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'landscape'
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.oddFooter.center.text = '第 &P 页，共 &N 页'
    wb.save(path_xlsx)
    return dict(total=tb + tp + ts, rows=len(data))

def c06(path_xlsx, muts=()):
    names = {'208': '社会保障和就业支出', '20805': '行政事业单位养老支出', '210': '卫生健康支出', '21011': '行政事业单位医疗',
             '213': '农林水支出', '21305': '巩固脱贫攻坚成果衔接乡村振兴', '220': '自然资源海洋气象等支出', '22001': '自然资源事务',
             '221': '住房保障支出', '22102': '住房改革支出'}
    leaves = [('2080505', '机关事业单位基本养老保险缴费支出', '96.48', '0'), ('2080506', '机关事业单位职业年金缴费支出', '38.59', '0'),
              ('2101101', '行政单位医疗', '31.27', '0'), ('2101103', '公务员医疗补助', '8.64', '0'),
              ('2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', '0', '126.50'),
              ('2200101', '行政运行', '586.33', '0'), ('2200102', '一般行政管理事务', '0', '74.20'), ('2200104', '自然资源规划及管理', '0', '318.65'),
              ('2200106', '自然资源利用与保护', '0', '245.10'), ('2200109', '自然资源调查与确权登记', '0', '189.76'),
              ('2200114', '地质勘查与矿产资源管理', '0', '56.30'), ('2200150', '事业运行', '214.85', '12.00'),
              ('2200199', '其他自然资源事务支出', '0', '1,368.42'.replace(',', '')),
              ('2210201', '住房公积金', '52.71', '0')]
    tree = Tree(list(names.items()), leaves)
    t, tb, tp = tree.total()
    data = [['', '合计', t, tb, tp]] + [[c, n, tt, b, p] for lvl, c, n, tt, b, p in tree.rows()]
    # 基本支出 economic classification: personnel + public = tb
    pers = [('30101', '基本工资', '186.42'), ('30102', '津贴补贴', '152.37'), ('30103', '奖金', '48.60'), ('30107', '绩效工资', '96.85'),
            ('30108', '机关事业单位基本养老保险缴费', '96.48'), ('30109', '职业年金缴费', '38.59'), ('30110', '职工基本医疗保险缴费', '31.27'),
            ('30112', '其他社会保障缴费', '3.16'), ('30113', '住房公积金', '52.71'), ('30199', '其他工资福利支出', '12.40'),
            ('30302', '退休费', '18.20'), ('30305', '生活补助', '4.10')]
    pub = [('30201', '办公费', '18.65'), ('30202', '印刷费', '3.20'), ('30205', '水费', '1.86'), ('30206', '电费', '9.42'),
           ('30207', '邮电费', '4.35'), ('30211', '差旅费', '12.68'), ('30213', '维修（护）费', '6.90'), ('30215', '会议费', '1.20'),
           ('30216', '培训费', '2.45'), ('30217', '公务接待费', '1.38'), ('30226', '劳务费', '15.60'), ('30228', '工会经费', '8.64'),
           ('30229', '福利费', '5.76'), ('30231', '公务用车运行维护费', '7.85'), ('30239', '其他交通费用', '24.30'),
           ('30299', '其他商品和服务支出', None), ('31002', '办公设备购置', '6.40')]
    P = sum(D(v) for _, _, v in pers)
    known_pub = sum(D(v) for _, _, v in pub if v)
    other = tb - P - known_pub
    assert other > 0, other
    pub = [(c, n, v if v else str(other)) for c, n, v in pub]
    def econ(items, groups):
        out = []; seen = set()
        for c, n, v in items:
            g = c[:3]
            if g not in seen:
                seen.add(g); out.append([g, groups[g], sum(D(x) for cc, _, x in items if cc[:3] == g)])
            out.append([c, n, D(v)])
        return out
    pr = econ(pers, {'301': '工资福利支出', '303': '对个人和家庭的补助'})
    gr = econ(pub, {'302': '商品和服务支出', '310': '资本性支出'})
    Q = sum(D(v) for _, _, v in pub)
    assert P + Q == tb
    for m in muts:  # ('cell', sheet, key, col, old, new)
        _, sh, key, col, old, new = m
        rows = data if sh == 1 else (pr if col < 3 else gr)
        hit = [r for r in rows if r[0] == key or r[1] == key]
        cidx = col if sh == 1 else (col if col < 3 else col - 3)
        assert len(hit) == 1 and hit[0][cidx] == D(old), (m, hit)
        hit[0][cidx] = D(new)
    wb = Workbook(); ws = wb.active; ws.title = '财拨支出'
    ws.append(['一般公共预算财政拨款支出决算表']); ws.merge_cells('A1:E1')
    ws.append(['', '', '', '', '公开02表'])
    ws.append(['编制单位：某某县自然资源局', '', '', '', '单位：万元'])
    ws.append(['科目编码', '科目名称', '本年支出', '', ''])
    ws.append(['', '', '合计', '基本支出', '项目支出'])
    ws.merge_cells('C4:E4'); ws.merge_cells('A4:A5'); ws.merge_cells('B4:B5')
    for r in data: ws.append([r[0], r[1]] + [float(v) for v in r[2:]])
    ws['A1'].font = Font(name='黑体', size=15); ws['A1'].alignment = Alignment(horizontal='center')
    for k, v in {'A': 11, 'B': 18, 'C': 14, 'D': 14, 'E': 14}.items(): ws.column_dimensions[k].width = v
    for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
        for cell in row:
            cell.font = Font(name='宋体', size=11, bold=cell.row <= 5)
            if cell.row <= 5: cell.alignment = Alignment(horizontal='center', vertical='center')
            elif cell.column >= 3:
                cell.number_format = '#,##0.00;-#,##0.00;'; cell.alignment = Alignment(horizontal='right', vertical='center')
            else: cell.alignment = Alignment(vertical='center', wrap_text=True)
    ws['E2'].alignment = Alignment(horizontal='right'); ws['E3'].alignment = Alignment(horizontal='right')
    ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.print_title_rows = '4:5'
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws2 = wb.create_sheet('基本支出')
    ws2.append(['一般公共预算财政拨款基本支出决算表']); ws2.merge_cells('A1:F1')
    ws2.append(['', '', '', '', '', '公开04表'])
    ws2.append(['编制单位：某某县自然资源局', '', '', '', '', '单位：万元'])
    ws2.append(['人员经费', '', '', '公用经费', '', ''])
    ws2.merge_cells('A4:C4'); ws2.merge_cells('D4:F4')
    ws2.append(['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'])
    n = max(len(pr), len(gr))
    for i in range(n):
        a = pr[i] if i < len(pr) else ['', '', None]; b = gr[i] if i < len(gr) else ['', '', None]
        ws2.append([a[0], a[1], float(a[2]) if a[2] is not None else None, b[0], b[1], float(b[2]) if b[2] is not None else None])
    ws2.append(['人员经费合计', '', float(sum(r[2] for r in pr if len(r[0]) == 5)), '公用经费合计', '', float(sum(r[2] for r in gr if len(r[0]) == 5))])
    last = ws2.max_row
    ws2.merge_cells(f'A{last}:B{last}'); ws2.merge_cells(f'D{last}:E{last}')
    ws2['A1'].font = Font(name='黑体', size=15); ws2['A1'].alignment = Alignment(horizontal='center')
    for k, v in {'A': 8, 'B': 16, 'C': 11, 'D': 8, 'E': 16, 'F': 11}.items(): ws2.column_dimensions[k].width = v
    for row in ws2.iter_rows(min_row=4, max_row=ws2.max_row):
        for cell in row:
            cell.font = Font(name='宋体', size=10, bold=cell.row <= 5 or cell.row == last)
            if cell.row <= 5: cell.alignment = Alignment(horizontal='center')
            elif cell.column in (3, 6): cell.number_format = '#,##0.00'; cell.alignment = Alignment(horizontal='right', vertical='center')
            else: cell.alignment = Alignment(vertical='center', wrap_text=True)
    ws2['F2'].alignment = Alignment(horizontal='right'); ws2['F3'].alignment = Alignment(horizontal='right')
    ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.page_setup.fitToWidth = 1; ws2.page_setup.fitToHeight = 0; ws2.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path_xlsx)
    return dict(total=t, basic=tb, P=P, Q=Q)
