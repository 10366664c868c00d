from common import *
import ooxml

def render_docx(path, blocks, title, font_ea='宋体', font_head='黑体', header_text=None):
    xml = []
    for b in blocks:
        k = b[0]
        if k == 'title': xml.append(ooxml.para(b[1], 'Title'))
        elif k == 'sub': xml.append(ooxml.para(b[1], jc='center'))
        elif k == 'part': xml.append(ooxml.para(b[1], 'Part'))
        elif k == 'h1': xml.append(ooxml.para(b[1], 'Heading1'))
        elif k == 'h2': xml.append(ooxml.para(b[1], 'Heading2'))
        elif k == 'hb': xml.append(ooxml.para(b[1], 'Body', bold=True))
        elif k == 'p': xml.append(ooxml.para(b[1], 'Body'))
        elif k == 'cap': xml.append(ooxml.para(b[1], 'Caption'))
        elif k == 'unit': xml.append(ooxml.para(b[1], 'Cell', jc='right'))
        elif k == 'table': xml.append(ooxml.table(b[1], b[2]))
        elif k == 'pb': xml.append(ooxml.pagebreak())
    ooxml.write_docx(path, ''.join(xml), title, font_ea, font_head, header_text)

def tree_table_split(tree, sep=True, head_extra='本年支出'):
    """科目编码 as 类/款/项 three columns; 合计 row first. widths in twips"""
    widths = [560, 560, 560, 3400, 1500, 1400, 1400]
    rows = [
        {'header': True, 'cells': [C('科目编码', span=3, jc='center', b=True), C('科目名称', vm='restart', jc='center', b=True), C(head_extra, span=3, jc='center', b=True)]},
        {'header': True, 'cells': [C('类', jc='center', b=True), C('款', jc='center', b=True), C('项', jc='center', b=True), C('', vm='continue'), C('合计', jc='center', b=True), C('基本支出', jc='center', b=True), C('项目支出', jc='center', b=True)]},
    ]
    t, bs, ps = tree.total()
    rows.append({'cells': [C('合计', span=4, jc='center', b=True), C(f2(t, sep), jc='right'), C(f2(bs, sep), jc='right'), C(f2(ps, sep), jc='right')]})
    for lvl, code, name, tot, b, p in tree.rows():
        parts = [code[:3], code[3:5] if lvl >= 2 else '', code[5:7] if lvl == 3 else '']
        rows.append({'cells': [C(parts[0], jc='center'), C(parts[1], jc='center'), C(parts[2], jc='center'), C(name),
                               C(f2(tot, sep), jc='right'), C(f2(b, sep), jc='right'), C(f2(p, sep), jc='right')]})
    return widths, rows

def tree_table_full(tree, sep=True, total_first=True, head='本年支出'):
    widths = [1300, 3780, 1500, 1400, 1400]
    rows = [
        {'header': True, 'cells': [C('科目编码', vm='restart', jc='center', b=True), C('科目名称', vm='restart', jc='center', b=True), C(head, span=3, jc='center', b=True)]},
        {'header': True, 'cells': [C('', vm='continue'), C('', vm='continue'), C('合计', jc='center', b=True), C('基本支出', jc='center', b=True), C('项目支出', jc='center', b=True)]},
    ]
    t, bs, ps = tree.total()
    tot = {'cells': [C('', jc='center'), C('合计', jc='center', b=True), C(f2(t, sep), jc='right'), C(f2(bs, sep), jc='right'), C(f2(ps, sep), jc='right')]}
    body = []
    for lvl, code, name, tt, b, p in tree.rows():
        ind = '　' * (lvl - 1)
        body.append({'cells': [C(code), C(ind + name), C(f2(tt, sep), jc='right'), C(f2(b, sep), jc='right'), C(f2(p, sep), jc='right')]})
    rows += ([tot] + body) if total_first else (body + [tot])
    return widths, rows

def zhnum(i): return '一二三四五六七八九十'[i]

# ---------------------------------------------------------------- c01 农业农村局 2023 决算 (万元)
def c01(muts=()):
    tree = Tree([('208', '社会保障和就业支出'), ('20805', '行政事业单位养老支出'), ('20808', '抚恤'),
                 ('210', '卫生健康支出'), ('21011', '行政事业单位医疗'),
                 ('213', '农林水支出'), ('21301', '农业农村'), ('21305', '巩固脱贫攻坚成果衔接乡村振兴'), ('21307', '农村综合改革'),
                 ('221', '住房保障支出'), ('22102', '住房改革支出')],
                [('2080501', '行政单位离退休', '45.60', '0'), ('2080505', '机关事业单位基本养老保险缴费支出', '86.42', '0'),
                 ('2080506', '机关事业单位职业年金缴费支出', '34.57', '0'), ('2080801', '死亡抚恤', '12.30', '0'),
                 ('2101101', '行政单位医疗', '28.91', '0'), ('2101102', '事业单位医疗', '19.46', '0'), ('2101103', '公务员医疗补助', '9.88', '0'),
                 ('2130101', '行政运行', '412.35', '0'), ('2130102', '一般行政管理事务', '0', '56.78'), ('2130104', '事业运行', '287.64', '15.20'),
                 ('2130108', '病虫害控制', '0', '43.50'), ('2130122', '农业生产发展', '0', '612.40'), ('2130135', '农业资源保护修复与利用', '0', '88.16'),
                 ('2130153', '农田建设', '0', '1045.72'), ('2130504', '农村基础设施建设', '0', '356.90'), ('2130505', '生产发展', '0', '210.33'),
                 ('2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', '0', '35.00'), ('2130705', '对村民委员会和村党支部的补助', '0', '128.64'),
                 ('2210201', '住房公积金', '52.38', '0')])
    Eg, Egb, Egp = tree.total()
    I5, I8 = D('62.50'), D('8.36'); O = I5 + I8
    B0, B1 = D('92.14'), D('105.27')
    I1 = Eg + B1 - B0
    IR = I1 + I5 + I8
    T = IR + B0
    E = Eg + O; Eb = Egb; Ep = Egp + O
    assert E + B1 == T
    cls = {'208': tree.cls('208'), '210': tree.cls('210'), '213': tree.cls('213') + O, '221': tree.cls('221')}
    assert sum(cls.values()) == E
    Tprev = T - D('286.45'); Egprev = Eg - D('241.37')
    # 三公 (万元)
    sg_b = {'out': D('0'), 'buy': D('0'), 'run': D('9.60'), 'rec': D('4.20')}
    sg_a = {'out': D('0'), 'buy': D('0'), 'run': D('8.73'), 'rec': D('3.15')}
    def sg_tot(d): return d['out'] + d['buy'] + d['run'] + d['rec']
    Sa, Sb = sg_tot(sg_a), sg_tot(sg_b); Sprev = D('13.42')
    P, Q = D('812.43'), Egb - D('812.43')
    sep = True
    blocks = [('title', '某某县农业农村局2023年度部门决算公开'), ('sub', '（2024年8月）'),
              ('part', '第一部分　部门概况'),
              ('hb', '一、部门主要职责'),
              ('p', '贯彻落实党中央关于“三农”工作的方针政策和决策部署，统筹研究和组织实施全县“三农”工作发展战略、中长期规划、重大政策；负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理；负责农田建设、农业资源保护修复与利用等工作；指导农村集体经济发展和农村综合改革。'),
              ('hb', '二、机构设置'),
              ('p', '本部门纳入2023年度部门决算编制范围的单位共3个，其中：行政单位1个，参照公务员法管理的事业单位0个，其他事业单位2个。年末实有人数68人，其中在职人员52人，离退休人员16人。'),
              ('pb',),
              ('part', '第二部分　2023年度部门决算表'),
              ('cap', '收入支出决算总表'), ('unit', '公开01表　　单位：万元')]
    L = [('一、一般公共预算财政拨款收入', I1), ('二、政府性基金预算财政拨款收入', D(0)), ('三、国有资本经营预算财政拨款收入', D(0)),
         ('四、上级补助收入', D(0)), ('五、事业收入', I5), ('六、经营收入', D(0)), ('七、附属单位上缴收入', D(0)), ('八、其他收入', I8)]
    R = [('一、社会保障和就业支出', cls['208']), ('二、卫生健康支出', cls['210']), ('三、农林水支出', cls['213']), ('四、住房保障支出', cls['221'])]
    rows = [{'header': True, 'cells': [C('收入', span=3, jc='center', b=True), C('支出', span=3, jc='center', b=True)]},
            {'header': True, 'cells': [C('项目', jc='center', b=True), C('行次', jc='center', b=True), C('金额', jc='center', b=True),
                                       C('项目', jc='center', b=True), C('行次', jc='center', b=True), C('金额', jc='center', b=True)]}]
    n = max(len(L), len(R))
    for i in range(n):
        l = L[i] if i < len(L) else ('', None); r = R[i] if i < len(R) else ('', None)
        rows.append({'cells': [C(l[0]), C(str(i + 1) if l[1] is not None else '', jc='center'), C(f2(l[1], sep) if l[1] is not None else '', jc='right'),
                               C(r[0]), C(str(i + 30) if r[1] is not None else '', jc='center'), C(f2(r[1], sep) if r[1] is not None else '', jc='right')]})
    rows += [{'cells': [C('本年收入合计', jc='center', b=True), C('9', jc='center'), C(f2(IR, sep), jc='right'), C('本年支出合计', jc='center', b=True), C('34', jc='center'), C(f2(E, sep), jc='right')]},
             {'cells': [C('使用非财政拨款结余'), C('10', jc='center'), C(f2(0, sep), jc='right'), C('结余分配'), C('35', jc='center'), C(f2(0, sep), jc='right')]},
             {'cells': [C('年初结转和结余'), C('11', jc='center'), C(f2(B0, sep), jc='right'), C('年末结转和结余'), C('36', jc='center'), C(f2(B1, sep), jc='right')]},
             {'cells': [C('总计', jc='center', b=True), C('12', jc='center'), C(f2(T, sep), jc='right'), C('总计', jc='center', b=True), C('37', jc='center'), C(f2(T, sep), jc='right')]}]
    blocks.append(('table', [2900, 560, 1100, 2900, 560, 1100], rows, 't_total'))
    blocks += [('cap', '一般公共预算财政拨款支出决算表'), ('unit', '公开02表　　单位：万元')]
    w, r = tree_table_split(tree, sep)
    blocks.append(('table', w, r, 't_gf'))
    blocks += [('cap', '一般公共预算财政拨款“三公”经费支出决算表'), ('unit', '公开03表　　单位：万元')]
    rows = [{'header': True, 'cells': [C('项目', vm='restart', jc='center', b=True), C('合计', vm='restart', jc='center', b=True), C('因公出国（境）费', vm='restart', jc='center', b=True),
                                       C('公务用车购置及运行费', span=3, jc='center', b=True), C('公务接待费', vm='restart', jc='center', b=True)]},
            {'header': True, 'cells': [C('', vm='continue'), C('', vm='continue'), C('', vm='continue'), C('小计', jc='center', b=True), C('公务用车购置费', jc='center', b=True),
                                       C('公务用车运行费', jc='center', b=True), C('', vm='continue')]}]
    for lab, d in (('预算数', sg_b), ('决算数', sg_a)):
        rows.append({'cells': [C(lab, jc='center'), C(f2(sg_tot(d)), jc='right'), C(f2(d['out']), jc='right'), C(f2(d['buy'] + d['run']), jc='right'),
                               C(f2(d['buy']), jc='right'), C(f2(d['run']), jc='right'), C(f2(d['rec']), jc='right')]})
    blocks.append(('table', [1300, 1250, 1250, 1250, 1300, 1300, 1250], rows, 't_sg'))
    gT = growth(T, Tprev, '0.1')
    blocks += [('pb',), ('part', '第三部分　2023年度部门决算情况说明'),
        ('h1', '收入支出决算总体情况说明'),
        ('p', f'2023年度收入总计{f2(T)}万元、支出总计{f2(T)}万元。与2022年度相比，收入、支出总计各增加{f2(T - Tprev)}万元，增长{gT}%。主要原因是高标准农田建设和衔接推进乡村振兴项目资金增加。'),
        ('h1', '收入决算情况说明'),
        ('p', f'2023年度本年收入合计{f2(IR)}万元，其中：一般公共预算财政拨款收入{f2(I1)}万元，占{pct(I1, IR)}%；事业收入{f2(I5)}万元，占{pct(I5, IR)}%；其他收入{f2(I8)}万元，占{pct(I8, IR)}%。'),
        ('h1', '支出决算情况说明'),
        ('p', f'2023年度本年支出合计{f2(E)}万元，其中：基本支出{f2(Eb)}万元，占{pct(Eb, E)}%；项目支出{f2(Ep)}万元，占{pct(Ep, E)}%。'),
        ('h1', '一般公共预算财政拨款支出决算情况说明'),
        ('h2', '总体情况'),
        ('p', f'2023年度一般公共预算财政拨款支出{f2(Eg)}万元，占本年支出合计的{pct(Eg, E)}%。与2022年度相比，一般公共预算财政拨款支出增加{f2(Eg - Egprev)}万元，增长{growth(Eg, Egprev, "0.1")}%。主要原因是农田建设项目支出增加。'),
        ('h2', '结构情况'),
        ('p', '2023年度一般公共预算财政拨款支出' + f2(Eg) + '万元，主要用于以下方面：' + '；'.join(f'{n}{f2(v)}万元，占{pct(v, Eg)}%' for n, v in
              (('社会保障和就业支出', tree.cls('208')), ('卫生健康支出', tree.cls('210')), ('农林水支出', tree.cls('213')), ('住房保障支出', tree.cls('221')))) + '。'),
        ('h2', '具体情况'),
        ('p', f'1.农林水支出（类）农业农村（款）农田建设（项）：年初预算为960.00万元，支出决算为1,045.72万元，完成年初预算的{pct("1045.72", "960")}%。决算数大于年初预算数的主要原因是追加高标准农田建设补助资金。'),
        ('p', f'2.农林水支出（类）农业农村（款）行政运行（项）：年初预算为420.00万元，支出决算为412.35万元，完成年初预算的{pct("412.35", "420")}%。'),
        ('h1', '一般公共预算财政拨款基本支出决算情况说明'),
        ('p', f'2023年度一般公共预算财政拨款基本支出{f2(Egb)}万元，其中：人员经费{f2(P)}万元，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职业年金缴费、住房公积金等；公用经费{f2(Q)}万元，主要包括办公费、印刷费、水电费、差旅费、公务用车运行维护费等。'),
        ('h1', '“三公”经费财政拨款支出决算情况说明'),
        ('p', f'2023年度“三公”经费财政拨款支出决算为{f2(Sa)}万元，完成预算的{pct(Sa, Sb)}%，比上年减少{f2(Sprev - Sa)}万元，下降{growth(Sprev, Sa, "0.1") if False else q((Sprev - Sa) / Sprev * 100, "0.1")}%。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费支出决算为{f2(sg_a["buy"] + sg_a["run"])}万元，完成预算的{pct(sg_a["run"], sg_b["run"])}%，其中公务用车购置费0万元，公务用车运行维护费{f2(sg_a["run"])}万元；公务接待费支出决算为{f2(sg_a["rec"])}万元，完成预算的{pct(sg_a["rec"], sg_b["rec"])}%，共接待国内来访团组36个、来宾412人次。'),
        ('h1', '名词解释'),
        ('p', '基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。'),
    ]
    facts = dict(T=T, IR=IR, E=E, Eg=Eg, Egb=Egb, Egp=Egp, Sa=Sa, tree=tree)
    return apply_mutations(blocks, muts), facts

# ---------------------------------------------------------------- c02 教育局 2024 部门预算 (万元, no separators)
def c02(muts=()):
    tree = Tree([('205', '教育支出'), ('20501', '教育管理事务'), ('20502', '普通教育'), ('20503', '职业教育'), ('20507', '特殊教育'),
                 ('20509', '教育费附加安排的支出'), ('208', '社会保障和就业支出'), ('20805', '行政事业单位养老支出'),
                 ('210', '卫生健康支出'), ('21011', '行政事业单位医疗'), ('221', '住房保障支出'), ('22102', '住房改革支出')],
                [('2050101', '行政运行', '386.45', '0'), ('2050102', '一般行政管理事务', '0', '45.00'),
                 ('2050201', '学前教育', '1523.60', '320.00'), ('2050202', '小学教育', '6842.15', '780.50'),
                 ('2050203', '初中教育', '4915.38', '612.00'), ('2050204', '高中教育', '2876.44', '455.80'),
                 ('2050302', '中等职业教育', '968.72', '210.00'), ('2050701', '特殊学校教育', '156.30', '18.00'),
                 ('2050902', '农村中小学校舍建设', '0', '380.00'), ('2050999', '其他教育费附加安排的支出', '0', '95.60'),
                 ('2080501', '行政单位离退休', '12.30', '0'), ('2080502', '事业单位离退休', '420.68', '0'),
                 ('2080505', '机关事业单位基本养老保险缴费支出', '1836.42', '0'), ('2080506', '机关事业单位职业年金缴费支出', '734.57', '0'),
                 ('2101102', '事业单位医疗', '903.14', '0'), ('2101103', '公务员医疗补助', '46.25', '0'),
                 ('2210201', '住房公积金', '1102.66', '0')])
    Eg, Egb, Egp = tree.total()
    I5, I8, B0 = D('350.00'), D('20.00'), D('150.00')
    IR = Eg + I5 + I8; T = IR + B0; E = T
    cls = [('一、教育支出', tree.cls('205') + I5 + I8 + B0), ('二、社会保障和就业支出', tree.cls('208')), ('三、卫生健康支出', tree.cls('210')), ('四、住房保障支出', tree.cls('221'))]
    assert sum(v for _, v in cls) == E
    Tprev = D('22016.37')
    sg23 = {'out': D('0'), 'buy': D('0'), 'run': D('6.50'), 'rec': D('5.80')}
    sg24 = {'out': D('0'), 'buy': D('0'), 'run': D('6.00'), 'rec': D('4.90')}
    tot = lambda d: d['out'] + d['buy'] + d['run'] + d['rec']
    S23, S24 = tot(sg23), tot(sg24)
    sep = False
    blocks = [('title', '某某县教育局2024年部门预算'),
              ('part', '第一部分　部门概况'),
              ('hb', '一、主要职能'),
              ('p', '贯彻执行国家、省、市教育工作方针、政策和法规；统筹规划和协调管理全县各级各类教育事业；负责全县基础教育、职业教育、特殊教育的管理和指导；负责教育经费的统筹管理，参与拟定教育经费筹措、教育拨款等政策。'),
              ('hb', '二、部门预算单位构成'),
              ('p', '纳入本部门2024年部门预算编制范围的单位共42个，包括：局机关，高级中学3所，初级中学11所，小学21所，幼儿园5所，职业中学1所，特殊教育学校1所。'),
              ('part', '第二部分　2024年部门预算表'),
              ('cap', '部门收支预算总表'), ('unit', '单位：万元')]
    L = [('一、一般公共预算拨款收入', Eg), ('二、政府性基金预算拨款收入', D(0)), ('三、国有资本经营预算拨款收入', D(0)), ('四、财政专户管理资金收入', D(0)),
         ('五、事业收入', I5), ('六、上级补助收入', D(0)), ('七、附属单位上缴收入', D(0)), ('八、其他收入', I8)]
    rows = [{'header': True, 'cells': [C('收　　入', span=2, jc='center', b=True), C('支　　出', span=2, jc='center', b=True)]},
            {'header': True, 'cells': [C('项　　目', jc='center', b=True), C('预算数', jc='center', b=True), C('项　　目', jc='center', b=True), C('预算数', jc='center', b=True)]}]
    for i in range(len(L)):
        r = cls[i] if i < len(cls) else ('', None)
        rows.append({'cells': [C(L[i][0]), C(f2(L[i][1], sep), jc='right'), C(r[0]), C(f2(r[1], sep) if r[1] is not None else '', jc='right')]})
    rows += [{'cells': [C('本年收入合计', jc='center'), C(f2(IR, sep), jc='right'), C('本年支出合计', jc='center'), C(f2(E, sep), jc='right')]},
             {'cells': [C('上年结转结余'), C(f2(B0, sep), jc='right'), C('年末结转结余'), C(f2(0, sep), jc='right')]},
             {'cells': [C('收入总计', jc='center', b=True), C(f2(T, sep), jc='right'), C('支出总计', jc='center', b=True), C(f2(T, sep), jc='right')]}]
    blocks.append(('table', [3000, 1600, 3000, 1600], rows, 't_total'))
    blocks += [('cap', '一般公共预算支出预算表'), ('unit', '单位：万元')]
    w, r = tree_table_full(tree, sep, total_first=False, head='2024年预算数')
    blocks.append(('table', w, r, 't_gf'))
    blocks += [('cap', '一般公共预算“三公”经费支出预算表'), ('unit', '单位：万元')]
    rows = [{'header': True, 'cells': [C(h, jc='center', b=True) for h in ('项目', '2023年预算数', '2024年预算数', '增减额', '增减率（%）')]}]
    items = [('合计', S23, S24), ('1.因公出国（境）费', sg23['out'], sg24['out']),
             ('2.公务用车购置及运行费', sg23['buy'] + sg23['run'], sg24['buy'] + sg24['run']),
             ('其中：（1）公务用车购置费', sg23['buy'], sg24['buy']), ('（2）公务用车运行费', sg23['run'], sg24['run']),
             ('3.公务接待费', sg23['rec'], sg24['rec'])]
    for lab, a, b in items:
        rows.append({'cells': [C(lab), C(f2(a, sep), jc='right'), C(f2(b, sep), jc='right'), C(f2(b - a, sep), jc='right'),
                               C(f2(growth(b, a), sep) if a else '', jc='right')]})
    blocks.append(('table', [3000, 1500, 1500, 1300, 1500], rows, 't_sg'))
    blocks += [('part', '第三部分　2024年部门预算情况说明'),
        ('h1', '收支预算总体情况'),
        ('p', f'按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。2024年收入预算总计{f2(T)}万元，支出预算总计{f2(T)}万元，与上年相比收、支预算总计各增加{f2(T - Tprev)}万元，增长{growth(T, Tprev, "0.1")}%。主要原因是教师人员经费标准调整及学前教育项目增加。'),
        ('h1', '收入预算情况'),
        ('p', f'2024年本年收入预算合计{f2(IR)}万元，其中：一般公共预算拨款收入{f2(Eg)}万元，占{pct(Eg, IR)}%；事业收入{f2(I5)}万元，占{pct(I5, IR)}%；其他收入{f2(I8)}万元，占{pct(I8, IR)}%。另有上年结转结余{f2(B0)}万元。'),
        ('h1', '一般公共预算支出预算情况'),
        ('p', f'2024年一般公共预算支出预算{f2(Eg)}万元，其中：基本支出{f2(Egb)}万元，占{pct(Egb, Eg)}%，主要用于人员工资福利、对个人和家庭的补助及日常公用经费；项目支出{f2(Egp)}万元，占{pct(Egp, Eg)}%，主要用于学前教育、义务教育薄弱环节改善、农村中小学校舍建设等。'),
        ('p', f'按支出功能分类：教育支出{f2(tree.cls("205"))}万元，社会保障和就业支出{f2(tree.cls("208"))}万元，卫生健康支出{f2(tree.cls("210"))}万元，住房保障支出{f2(tree.cls("221"))}万元。'),
        ('h1', '“三公”经费预算情况'),
        ('p', f'2024年一般公共预算“三公”经费预算{f2(S24)}万元，比上年预算减少{f2(S23 - S24)}万元，下降{q((S23 - S24) / S23 * 100, "0.1")}%。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行费{f2(sg24["buy"] + sg24["run"])}万元（其中公务用车购置费0万元，公务用车运行费{f2(sg24["run"])}万元），比上年减少{f2(sg23["run"] - sg24["run"])}万元；公务接待费{f2(sg24["rec"])}万元，比上年减少{f2(sg23["rec"] - sg24["rec"])}万元。下降的主要原因是严格落实过紧日子要求，压减公务接待支出。'),
        ('h1', '其他重要事项的情况说明'),
        ('h2', '机关运行经费'),
        ('p', '2024年局机关运行经费预算38.60万元，比上年减少2.40万元，下降5.9%。'),
        ('h2', '政府采购情况'),
        ('p', '2024年政府采购预算总额1268.50万元，其中：货物类856.30万元，工程类280.00万元，服务类132.20万元。'),
    ]
    assert D('856.30') + D('280.00') + D('132.20') == D('1268.50')
    assert q((D('41.00') - D('38.60')) / D('41.00') * 100, '0.1') == D('5.9')
    return apply_mutations(blocks, muts), dict(T=T, Eg=Eg, S24=S24)

# ---------------------------------------------------------------- c03 卫生健康局 2023 决算 (tables 元, text 万元)
def c03(muts=()):
    tree = Tree([('208', '社会保障和就业支出'), ('20805', '行政事业单位养老支出'), ('20808', '抚恤'),
                 ('210', '卫生健康支出'), ('21001', '卫生健康管理事务'), ('21003', '基层医疗卫生机构'), ('21004', '公共卫生'),
                 ('21007', '计划生育事务'), ('21011', '行政事业单位医疗'), ('21014', '优抚对象医疗'),
                 ('221', '住房保障支出'), ('22102', '住房改革支出')],
                [('2080501', '行政单位离退休', '356420.00', '0'), ('2080505', '机关事业单位基本养老保险缴费支出', '1284635.52', '0'),
                 ('2080506', '机关事业单位职业年金缴费支出', '513854.21', '0'), ('2080801', '死亡抚恤', '86400.00', '0'),
                 ('2100101', '行政运行', '2846213.45', '0'), ('2100102', '一般行政管理事务', '0', '356000.00'),
                 ('2100199', '其他卫生健康管理事务支出', '0', '128560.30'),
                 ('2100302', '乡镇卫生院', '8425630.18', '1560000.00'), ('2100399', '其他基层医疗卫生机构支出', '0', '420300.00'),
                 ('2100401', '疾病预防控制机构', '3125486.72', '680000.00'), ('2100403', '妇幼保健机构', '1964320.55', '235000.00'),
                 ('2100408', '基本公共卫生服务', '0', '6245780.00'), ('2100409', '重大公共卫生服务', '0', '1356420.00'),
                 ('2100410', '突发公共卫生事件应急处置', '0', '84500.00'),
                 ('2100717', '计划生育服务', '0', '562340.00'), ('2100799', '其他计划生育事务支出', '0', '1245600.00'),
                 ('2101101', '行政单位医疗', '168540.26', '0'), ('2101102', '事业单位医疗', '486325.18', '0'), ('2101103', '公务员医疗补助', '75420.00', '0'),
                 ('2101401', '优抚对象医疗补助', '0', '325680.00'),
                 ('2210201', '住房公积金', '985642.30', '0')])
    Eg, Egb, Egp = tree.total()
    I2, E2 = D('850000.00'), D('800000.00')  # 政府性基金: 彩票公益金
    I8 = D('45600.00')
    B0, B1 = D('1236540.18'), D('1368215.62')
    # income general: Eg + (B1 - B0) - (I2 - E2) ... choose I1 so totals balance
    E = Eg + E2 + I8
    I1 = E + B1 - B0 - I2 - I8
    IR = I1 + I2 + I8; T = IR + B0
    assert E + B1 == T
    cls = [('一、社会保障和就业支出', tree.cls('208')), ('二、卫生健康支出', tree.cls('210') + I8), ('三、住房保障支出', tree.cls('221')), ('四、其他支出', E2)]
    assert sum(v for _, v in cls) == E
    Tprev = T - D('2854316.40')
    Eb = Egb; Ep = Egp + E2 + I8
    sgb = {'out': D('0'), 'buy': D('0'), 'run': D('48000.00'), 'rec': D('36000.00')}
    sga = {'out': D('0'), 'buy': D('0'), 'run': D('42356.80'), 'rec': D('28420.00')}
    sgp = {'out': D('0'), 'buy': D('0'), 'run': D('45210.50'), 'rec': D('33680.00')}
    tot = lambda d: d['out'] + d['buy'] + d['run'] + d['rec']
    sep = True
    blocks = [('title', '某某县卫生健康局2023年度部门决算'),
              ('part', '第一部分　部门概况'),
              ('hb', '一、部门职责'),
              ('p', '组织拟订全县卫生健康事业发展政策和规划，统筹规划卫生健康资源配置；协调推进深化医药卫生体制改革；负责疾病预防控制、妇幼健康、基层卫生、计划生育服务管理和卫生应急工作。'),
              ('hb', '二、机构设置'),
              ('p', '本部门2023年度部门决算汇总编报单位共19个，其中：局机关1个，疾病预防控制中心1个，妇幼保健计划生育服务中心1个，乡镇卫生院16个。'),
              ('part', '第二部分　2023年度部门决算表'),
              ('cap', '收入支出决算总表'), ('unit', '编制单位：某某县卫生健康局　　　　　　　　单位：元')]
    L = [('一、一般公共预算财政拨款收入', I1), ('二、政府性基金预算财政拨款收入', I2), ('三、国有资本经营预算财政拨款收入', D(0)),
         ('四、上级补助收入', D(0)), ('五、事业收入', D(0)), ('六、经营收入', D(0)), ('七、附属单位上缴收入', D(0)), ('八、其他收入', I8)]
    rows = [{'header': True, 'cells': [C('收入', span=2, jc='center', b=True), C('支出', span=2, jc='center', b=True)]},
            {'header': True, 'cells': [C('项目', jc='center', b=True), C('决算数', jc='center', b=True), C('项目', jc='center', b=True), C('决算数', jc='center', b=True)]}]
    for i in range(len(L)):
        r = cls[i] if i < len(cls) else ('', None)
        rows.append({'cells': [C(L[i][0]), C(f2(L[i][1]), jc='right'), C(r[0]), C(f2(r[1]) if r[1] is not None else '', jc='right')]})
    rows += [{'cells': [C('本年收入合计', jc='center'), C(f2(IR), jc='right'), C('本年支出合计', jc='center'), C(f2(E), jc='right')]},
             {'cells': [C('使用非财政拨款结余'), C(f2(0), jc='right'), C('结余分配'), C(f2(0), jc='right')]},
             {'cells': [C('年初结转和结余'), C(f2(B0), jc='right'), C('年末结转和结余'), C(f2(B1), jc='right')]},
             {'cells': [C('总计', jc='center', b=True), C(f2(T), jc='right'), C('总计', jc='center', b=True), C(f2(T), jc='right')]}]
    blocks.append(('table', [3000, 1600, 3000, 1600], rows, 't_total'))
    blocks += [('cap', '一般公共预算财政拨款支出决算表'), ('unit', '单位：元')]
    w, r = tree_table_full(tree, True, total_first=True, head='本年支出')
    blocks.append(('table', w, r, 't_gf'))
    blocks += [('cap', '一般公共预算财政拨款“三公”经费支出决算表'), ('unit', '单位：元')]
    rows = [{'header': True, 'cells': [C(h, jc='center', b=True) for h in ('项目', '2023年预算数', '2023年决算数', '2022年决算数', '决算数比上年增减')]}]
    items = [('合计', tot), ('1.因公出国（境）费', lambda d: d['out']), ('2.公务用车购置及运行维护费', lambda d: d['buy'] + d['run']),
             ('（1）公务用车购置费', lambda d: d['buy']), ('（2）公务用车运行维护费', lambda d: d['run']), ('3.公务接待费', lambda d: d['rec'])]
    for lab, fn in items:
        rows.append({'cells': [C(lab), C(f2(fn(sgb)), jc='right'), C(f2(fn(sga)), jc='right'), C(f2(fn(sgp)), jc='right'), C(f2(fn(sga) - fn(sgp)), jc='right')]})
    blocks.append(('table', [3000, 1500, 1500, 1500, 1800], rows, 't_sg'))
    Sa, Sb, Sp = tot(sga), tot(sgb), tot(sgp)
    blocks += [('part', '第三部分　2023年度部门决算情况说明'),
        ('h1', '收入支出决算总体情况说明'),
        ('p', f'2023年度收入总计{f2(wan(T))}万元，支出总计{f2(wan(T))}万元。与2022年度相比，收入、支出总计各增加{f2(wan(T - Tprev))}万元，增长{growth(T, Tprev, "0.1")}%，主要原因是基本公共卫生服务补助标准提高。'),
        ('h1', '收入决算情况说明'),
        ('p', f'本年收入合计{f2(wan(IR))}万元，其中：一般公共预算财政拨款收入{f2(wan(I1))}万元，占{pct(I1, IR)}%；政府性基金预算财政拨款收入{f2(wan(I2))}万元，占{pct(I2, IR)}%；其他收入{f2(wan(I8))}万元，占{pct(I8, IR)}%。'),
        ('h1', '支出决算情况说明'),
        ('p', f'本年支出合计{f2(wan(E))}万元，其中：基本支出{f2(wan(Eb))}万元，占{pct(Eb, E)}%；项目支出{f2(wan(Ep))}万元，占{pct(Ep, E)}%。'),
        ('h1', '一般公共预算财政拨款支出决算情况说明'),
        ('p', f'2023年度一般公共预算财政拨款支出{f2(wan(Eg))}万元，其中：基本支出{f2(wan(Egb))}万元，项目支出{f2(wan(Egp))}万元。按支出功能分类：社会保障和就业支出{f2(wan(tree.cls("208")))}万元，卫生健康支出{f2(wan(tree.cls("210")))}万元，住房保障支出{f2(wan(tree.cls("221")))}万元。'),
        ('h1', '“三公”经费财政拨款支出决算情况说明'),
        ('p', f'2023年度“三公”经费财政拨款支出决算为{f2(wan(Sa))}万元，完成预算的{pct(Sa, Sb, "0.1")}%，比上年减少{f2(wan(Sp - Sa))}万元，下降{q((Sp - Sa) / Sp * 100, "0.1")}%。其中：因公出国（境）费0万元；公务用车购置及运行维护费{f2(wan(sga["run"]))}万元，比上年减少{f2(wan(sgp["run"] - sga["run"]))}万元；公务接待费{f2(wan(sga["rec"]))}万元，比上年减少{f2(wan(sgp["rec"] - sga["rec"]))}万元。'),
    ]
    return apply_mutations(blocks, muts), dict(T=T, Eg=Eg, Sa=Sa)

# ---------------------------------------------------------------- c07 统计公报 2023 (docx)
def c07(muts=()):
    g1, g2, g3 = D('41.26'), D('98.54'), D('143.87'); GDP = g1 + g2 + g3
    sh = [pct(g, GDP, '0.1') for g in (g1, g2, g3)]
    # fiscal (万元): current and previous
    tax = {'增值税': (D('52340'), D('48760')), '企业所得税': (D('18650'), D('17420')), '个人所得税': (D('4230'), D('4510')),
           '城市维护建设税': (D('5120'), D('4860')), '契税': (D('6780'), D('8350'))}
    tax_other = (D('9870'), D('9120'))
    nontax = (D('38420'), D('36950'))
    tax_tot = (sum(v[0] for v in tax.values()) + tax_other[0], sum(v[1] for v in tax.values()) + tax_other[1])
    rev = (tax_tot[0] + nontax[0], tax_tot[1] + nontax[1])
    exp_items = {'一般公共服务支出': (D('28640'), D('27310')), '教育支出': (D('78520'), D('74680')), '社会保障和就业支出': (D('56310'), D('52870')),
                 '卫生健康支出': (D('34280'), D('35120')), '农林水支出': (D('61450'), D('57930'))}
    exp_other = (D('96380'), D('93240'))
    exp = (sum(v[0] for v in exp_items.values()) + exp_other[0], sum(v[1] for v in exp_items.values()) + exp_other[1])
    grain = {'稻谷': D('18.64'), '小麦': D('2.31'), '玉米': D('6.85'), '豆类': D('1.12'), '薯类': D('0.96')}
    G = sum(grain.values())
    grain_prev = {'稻谷': D('18.21'), '小麦': D('2.35'), '玉米': D('6.62'), '豆类': D('1.10'), '薯类': D('1.00')}
    Gp = sum(grain_prev.values()); gG = growth(G, Gp, '0.1')
    gr = lambda t: growth(t[0], t[1], '0.1')
    blocks = [('title', '某某县2023年国民经济和社会发展统计公报'), ('sub', '某某县统计局　国家统计局某某调查队'), ('sub', '（2024年3月20日）'),
        ('h1', '综合'),
        ('p', f'初步核算，全年全县地区生产总值（GDP）{GDP}亿元，按不变价格计算，比上年增长5.8%。其中，第一产业增加值{g1}亿元，增长3.9%；第二产业增加值{g2}亿元，增长6.4%；第三产业增加值{g3}亿元，增长5.9%。三次产业结构为{sh[0]}:{sh[1]}:{sh[2]}。'),
        ('cap', '表1　2023年主要经济指标'),
    ]
    rows = [{'header': True, 'cells': [C(h, jc='center', b=True) for h in ('指标', '单位', '绝对数', '比上年增长（%）')]}]
    for lab, u, v, g in (('地区生产总值', '亿元', f'{GDP}', '5.8'), ('　第一产业', '亿元', f'{g1}', '3.9'), ('　第二产业', '亿元', f'{g2}', '6.4'),
                         ('　第三产业', '亿元', f'{g3}', '5.9'), ('规模以上工业增加值', '亿元', '62.37', '7.1'),
                         ('固定资产投资', '亿元', '—', '4.6'), ('社会消费品零售总额', '亿元', '118.45', '6.8'),
                         ('一般公共预算收入', '万元', format(rev[0], ','), f'{gr(rev)}'),
                         ('城镇居民人均可支配收入', '元', '45,678', '4.9'), ('农村居民人均可支配收入', '元', '21,345', '7.2'),
                         ('粮食总产量', '万吨', f'{G}', f'{gG}'), ('年末常住人口', '万人', '58.62', '-0.4')):
        rows.append({'cells': [C(lab), C(u, jc='center'), C(v, jc='right'), C(g, jc='right')]})
    blocks.append(('table', [3600, 1200, 2000, 2000], rows, 't_main'))
    blocks += [('h1', '农业'),
        ('p', f'全年粮食播种面积84.62万亩，粮食总产量{G}万吨，比上年增长{gG}%。其中，稻谷产量{grain["稻谷"]}万吨，小麦{grain["小麦"]}万吨，玉米{grain["玉米"]}万吨。'),
        ('cap', '表2　2023年主要粮食作物产量'),
    ]
    rows = [{'header': True, 'cells': [C(h, jc='center', b=True) for h in ('品种', '产量（万吨）', '比上年增长（%）')]}]
    rows.append({'cells': [C('粮食总产量'), C(f'{G}', jc='right'), C(f'{growth(G, Gp, "0.1")}', jc='right')]})
    for k, v in grain.items():
        rows.append({'cells': [C('　' + k), C(f'{v}', jc='right'), C(f'{growth(v, grain_prev[k], "0.1")}', jc='right')]})
    blocks.append(('table', [3600, 2600, 2600], rows, 't_grain'))
    blocks += [('h1', '财政'),
        ('p', f'全年一般公共预算收入{format(rev[0], ",")}万元，比上年增长{gr(rev)}%。其中，税收收入{format(tax_tot[0], ",")}万元，增长{gr(tax_tot)}%；非税收入{format(nontax[0], ",")}万元，增长{gr(nontax)}%。税收收入占一般公共预算收入的比重为{pct(tax_tot[0], rev[0], "0.1")}%。一般公共预算支出{format(exp[0], ",")}万元，增长{gr(exp)}%。'),
        ('cap', '表3　2023年一般公共预算收支情况'), ('unit', '单位：万元'),
    ]
    rows = [{'header': True, 'cells': [C(h, jc='center', b=True) for h in ('项目', '2023年', '2022年', '比上年增长（%）')]}]
    def add(lab, t):
        rows.append({'cells': [C(lab), C(format(t[0], ','), jc='right'), C(format(t[1], ','), jc='right'), C(f'{gr(t)}', jc='right')]})
    add('一般公共预算收入', rev); add('　税收收入', tax_tot)
    for k, v in tax.items(): add('　　' + k, v)
    add('　　其他税收收入', tax_other); add('　非税收入', nontax)
    add('一般公共预算支出', exp)
    for k, v in exp_items.items(): add('　' + k, v)
    add('　其他支出', exp_other)
    blocks.append(('table', [3400, 1800, 1800, 1800], rows, 't_fin'))
    blocks += [('h1', '人民生活'),
        ('p', '全年城镇居民人均可支配收入45,678元，比上年增长4.9%；农村居民人均可支配收入21,345元，增长7.2%。城乡居民收入比为2.14，比上年缩小0.05。'),
        ('p', '注：本公报中部分数据为初步统计数，各项数据均未包括外出务工人员。部分数据因四舍五入，存在总计与分项合计不等的情况。'),
    ]
    assert q(D('45678') / D('21345'), '0.01') == D('2.14')
    return apply_mutations(blocks, muts), dict(GDP=GDP, rev=rev, tax=tax_tot, exp=exp, G=G, sh=sh)
