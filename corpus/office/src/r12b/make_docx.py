# -*- coding: utf-8 -*-
"""Three .docx reports (+ mutants): X1 教育局决算说明 (literal numbering), X2 卫健局决算说明
(Word auto-numbered headings), X3 统计公报."""
import copy
import os
import random
from decimal import Decimal as D

import gen_data as g
from gen_data import q2, pct, ZERO
from docxw import Doc
from make_xlsx import depts


def f(v):
    return f'{v:,.2f}'


def w(v):      # 元 -> 万元
    return q2(D(v) / 10000)


def fw(v):
    return f'{w(v):,.2f}'


def X1(A, path, mut_text=None):
    """mut_text: replacement for the 年末结转和结余 figure in the narrative (M3)"""
    random.seed(101)
    d = Doc('青禾县教育局2023年度部门决算情况说明')
    d.p('青禾县教育局2023年度部门决算情况说明', style='Title')
    d.h(1, '第一部分 部门概况')
    d.h(2, '一、主要职能')
    d.p('青禾县教育局是县人民政府主管全县教育工作的工作部门，主要负责贯彻执行国家和省、市教育工作方针政策，'
        '统筹规划和指导全县各级各类教育发展，管理学前教育、义务教育、普通高中教育和特殊教育等工作。')
    d.h(2, '二、部门决算单位构成')
    d.p('纳入本部门2023年度部门决算编制范围的单位共38个，其中：行政单位1个，事业单位37个。'
        '截至2023年12月31日，本部门在职人员2,156人，离退休人员874人。')
    d.h(1, '第二部分 2023年度部门决算情况说明')
    d.h(2, '一、收入支出决算总体情况说明')
    inc = A.grand_in - A.prev_grand
    end_txt = mut_text if mut_text else f(A.end)
    d.p(f'2023年度收入、支出决算总计{f(A.grand_in)}万元。与上年相比，收、支总计各增加{f(inc)}万元，'
        f'增长{pct(inc, A.prev_grand)}%。主要原因是义务教育阶段学生人数增加，学校运转和校舍建设支出相应增加。'
        f'年末结转和结余{end_txt}万元，主要为尚未完成的农村中小学校舍建设项目资金。')
    d.p('表1  2023年度收入支出决算总体情况表', style='Caption')
    d.p('单位：万元', align='right', noindent=True)
    rows = [['收入', '', '支出', ''], ['项目', '决算数', '项目', '决算数'],
            ['本年收入合计', f(A.income), '本年支出合计', f(A.spend)],
            ['使用非财政拨款结余', f(A.use_nf), '结余分配', f(A.distr)],
            ['年初结转和结余', f(A.begin), '年末结转和结余', f(A.end)],
            ['收入总计', f(A.grand_in), '支出总计', f(A.grand_out)]]
    d.table(rows, [2600, 1800, 2600, 1800], {(0, 0): (1, 2), (0, 2): (1, 2)}, header_rows=2, unit='万元')
    d.h(2, '二、收入决算情况说明')
    t = A.tot
    d.p(f'2023年度本年收入合计{f(A.income)}万元，其中：财政拨款收入{f(t["in_fiscal"])}万元，'
        f'占本年收入合计的{pct(t["in_fiscal"], A.income)}%；事业收入{f(t["in_career"])}万元，占{pct(t["in_career"], A.income)}%；'
        f'其他收入{f(t["in_other"])}万元，占{pct(t["in_other"], A.income)}%。')
    d.h(2, '三、支出决算情况说明')
    d.p(f'2023年度本年支出合计{f(A.spend)}万元，其中：基本支出{f(t["basic"])}万元，占本年支出合计的'
        f'{pct(t["basic"], A.spend)}%；项目支出{f(t["proj"])}万元，占{pct(t["proj"], A.spend)}%。')
    d.h(2, '四、财政拨款收入支出决算总体情况说明')
    fgrow_prev = q2(A.f_grand_in * D('0.93'))
    d.p(f'2023年度财政拨款收入、支出决算总计{f(A.f_grand_in)}万元。与上年相比，财政拨款收、支总计各增加'
        f'{f(A.f_grand_in - fgrow_prev)}万元，增长{pct(A.f_grand_in - fgrow_prev, fgrow_prev)}%。')
    d.h(2, '五、一般公共预算财政拨款支出决算情况说明')
    d.h(3, '（一）一般公共预算财政拨款支出决算总体情况')
    F = t['ftotal']
    d.p(f'2023年度一般公共预算财政拨款支出{f(F)}万元，占本年支出合计的{pct(F, A.spend)}%。')
    d.h(3, '（二）一般公共预算财政拨款支出决算结构情况')
    parts = []
    for code, nm in g.CLASS_NAMES:
        if code in A.class_fiscal:
            parts.append(f'{nm}{f(A.class_fiscal[code])}万元，占{pct(A.class_fiscal[code], F)}%')
    d.p('2023年度一般公共预算财政拨款支出' + f'{f(F)}万元，主要用于以下方面：' + '；'.join(parts) + '。')
    d.p('表2  2023年度一般公共预算财政拨款支出决算表（按功能分类款级）', style='Caption')
    d.p('单位：万元', align='right', noindent=True)
    rows = [['科目编码', '科目名称', '本年支出', '', ''], ['', '', '小计', '基本支出', '项目支出'],
            ['', '合计', f(F), f(t['bf']), f(t['pf'])]]
    for r in A.rows:
        if r['level'] <= 2 and r['ftotal']:
            rows.append([r['code'], r['name'], f(r['ftotal']), f(r['bf']), f(r['pf'])])
    d.table(rows, [1300, 3300, 1500, 1500, 1500], {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3)}, header_rows=2,
            unit='万元')
    d.h(3, '（三）一般公共预算财政拨款支出决算具体情况')
    k = 1
    for code in ('2050101', '2050202', '2050203', '2080505', '2101102', '2210201'):
        r = [x for x in A.rows if x['code'] == code][0]
        assert r['ftotal'] > 0, code
        cls = [x for x in A.rows if x['code'] == code[:3]][0]
        kuan = [x for x in A.rows if x['code'] == code[:5]][0]
        budget = q2(r['ftotal'] * D(random.randint(90, 112)) / 100)
        more = '超过' if r['ftotal'] > budget else '未完成'
        d.p(f'{k}.{cls["name"]}（类）{kuan["name"]}（款）{r["name"]}（项）：年初预算为{f(budget)}万元，'
            f'支出决算为{f(r["ftotal"])}万元，完成年初预算的{pct(r["ftotal"], budget)}%。'
            f'决算数与年初预算数的差异原因是：{"年中追加人员经费" if more == "超过" else "严格控制一般性支出"}。')
        k += 1
    d.h(2, '六、一般公共预算财政拨款基本支出决算情况说明')
    d.p(f'2023年度一般公共预算财政拨款基本支出{f(A.basic_fiscal)}万元，其中：人员经费{f(A.personnel)}万元，'
        '主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、'
        f'住房公积金、退休费、生活补助等；公用经费{f(A.public)}万元，主要包括：办公费、印刷费、水费、电费、邮电费、'
        '差旅费、维修（护）费、会议费、培训费、公务接待费、劳务费、工会经费、公务用车运行维护费、办公设备购置等。')
    d.h(2, '七、一般公共预算财政拨款“三公”经费支出决算情况说明')
    d.p(f'2023年度一般公共预算财政拨款“三公”经费支出预算为{f(A.sgb_total)}万元，支出决算为{f(A.sg_total)}万元，'
        f'完成预算的{pct(A.sg_total, A.sgb_total)}%。其中：因公出国（境）费支出决算为0万元，未安排预算；'
        f'公务用车购置及运行维护费支出决算为{f(A.sg_car)}万元，完成预算的{pct(A.sg_car, A.sgb_car)}%；'
        f'公务接待费支出决算为{f(A.sg_recv)}万元，完成预算的{pct(A.sg_recv, A.sgb_recv)}%。')
    d.p(f'公务用车运行维护费支出决算{f(A.sg_car_run)}万元，主要用于4辆一般公务用车的燃料费、维修费、过路过桥费、保险费等。'
        f'公务接待费支出决算{f(A.sg_recv)}万元，全年国内公务接待{A.recv_batches}批次、{A.recv_people}人次。')
    d.p('表3  2023年度一般公共预算财政拨款“三公”经费支出决算表', style='Caption')
    d.p('单位：万元', align='right', noindent=True)
    rows = [['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费'],
            ['', '', '', '小计', '公务用车购置费', '公务用车运行维护费', ''],
            ['预算数', f(A.sgb_total), f(A.sgb_abroad), f(A.sgb_car), f(A.sgb_car_buy), f(A.sgb_car_run), f(A.sgb_recv)],
            ['决算数', f(A.sg_total), f(A.sg_abroad), f(A.sg_car), f(A.sg_car_buy), f(A.sg_car_run), f(A.sg_recv)]]
    d.table(rows, [1000, 1200, 1400, 1200, 1400, 1400, 1200],
            {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (1, 3), (0, 6): (2, 1)}, header_rows=2, unit='万元')
    d.h(2, '八、政府性基金预算财政拨款收入支出决算情况说明')
    d.p('本部门2023年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。')
    d.h(2, '九、国有资本经营预算财政拨款支出决算情况说明')
    d.p('本部门2023年度没有国有资本经营预算财政拨款支出。')
    d.h(2, '十、其他重要事项的情况说明')
    d.h(3, '（一）机关运行经费支出情况')
    run = q2(A.public * D('0.08'))
    prev_run = q2(run * D('1.065'))
    d.p(f'2023年度本部门机关运行经费支出{f(run)}万元，比上年减少{f(prev_run - run)}万元，下降'
        f'{pct(prev_run - run, prev_run)}%，主要原因是厉行节约，压减一般性支出。')
    d.h(3, '（二）政府采购支出情况')
    goods, works, serv = D('356.78'), D('1,203.45'.replace(',', '')), D('98.12')
    tot = goods + works + serv
    sme = D('1342.56')
    small = D('987.65')
    d.p(f'2023年度本部门政府采购支出总额{f(tot)}万元，其中：政府采购货物支出{f(goods)}万元、政府采购工程支出'
        f'{f(works)}万元、政府采购服务支出{f(serv)}万元。授予中小企业合同金额{f(sme)}万元，占政府采购支出总额的'
        f'{pct(sme, tot)}%，其中：授予小微企业合同金额{f(small)}万元，占政府采购支出总额的{pct(small, tot)}%。')
    d.h(3, '（三）国有资产占有使用情况')
    d.p('截至2023年12月31日，本部门共有车辆6辆，其中：一般公务用车4辆、特种专业技术用车2辆。'
        '单位价值50万元以上通用设备3台（套），单位价值100万元以上专用设备0台（套）。')
    d.h(1, '第三部分 名词解释')
    d.p('1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。')
    d.p('2.“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。')
    d.save(path)


def X2(B, path, mut_recv=None):
    """mut_recv: value (元) to show for 2023 公务接待费 in the second 三公 table (M4); total/增减 recomputed"""
    d = Doc('青禾县卫生健康局2023年度部门决算说明')
    d.p('青禾县卫生健康局2023年度部门决算说明', style='Title')
    d.h(1, '第一部分 部门概况')
    d.h(2, '部门职责', num=(1, 0))
    d.p('贯彻执行国民健康政策，拟订全县卫生健康事业发展规划；协调推进深化医药卫生体制改革；'
        '组织实施疾病预防控制规划、国家免疫规划以及严重危害人民健康公共卫生问题的干预措施。')
    d.h(2, '机构设置', num=(1, 0))
    d.p('本部门下属单位共12个，其中：行政单位1个，参照公务员法管理事业单位2个，其他事业单位9个。')
    d.h(1, '第二部分 2023年度部门决算情况说明')
    t = B.tot
    d.h(2, '收入支出决算总体情况说明', num=(2, 0))
    d.p(f'2023年度收入、支出决算总计{fw(B.grand_in)}万元。其中：本年收入合计{fw(B.income)}万元，'
        f'年初结转和结余{fw(B.begin)}万元；本年支出合计{fw(B.spend)}万元，年末结转和结余{fw(B.end)}万元。')
    d.h(2, '收入决算情况说明', num=(2, 0))
    d.p(f'本年收入合计{fw(B.income)}万元，其中：财政拨款收入{fw(t["in_fiscal"])}万元，占{pct(t["in_fiscal"], B.income)}%；'
        f'事业收入{fw(t["in_career"])}万元，占{pct(t["in_career"], B.income)}%；其他收入{fw(t["in_other"])}万元，'
        f'占{pct(t["in_other"], B.income)}%。')
    d.h(2, '支出决算情况说明', num=(2, 0))
    d.p(f'本年支出合计{fw(B.spend)}万元，其中：基本支出{fw(t["basic"])}万元，占{pct(t["basic"], B.spend)}%；'
        f'项目支出{fw(t["proj"])}万元，占{pct(t["proj"], B.spend)}%。按支出功能分类，本年支出情况见下表。')
    d.p('表1  2023年度支出决算表（按功能分类类级）', style='Caption')
    d.p('金额单位：元', align='right', noindent=True)
    rows = [['功能分类科目', '', '本年支出合计', '其中', ''], ['科目编码', '科目名称', '', '基本支出', '项目支出']]
    for r in B.rows:
        if r['level'] == 1:
            rows.append([r['code'], r['name'], f(r['total']), f(r['basic']), f(r['proj'])])
    rows.append(['', '合计', f(B.spend), f(t['basic']), f(t['proj'])])
    d.table(rows, [1300, 2900, 1900, 1800, 1800], {(0, 0): (1, 2), (0, 2): (2, 1), (0, 3): (1, 2)}, header_rows=2,
            unit='元')
    d.h(2, '财政拨款收入支出决算总体情况说明', num=(2, 0))
    d.p(f'2023年度财政拨款收入、支出决算总计{fw(B.f_grand_in)}万元。其中：本年财政拨款收入{fw(t["in_fiscal"])}万元，'
        f'年初财政拨款结转和结余{fw(B.f_begin)}万元；本年财政拨款支出{fw(t["ftotal"])}万元，'
        f'年末财政拨款结转和结余{fw(B.f_end)}万元。')
    d.h(2, '一般公共预算财政拨款基本支出决算情况说明', num=(2, 0))
    d.p(f'2023年度一般公共预算财政拨款基本支出{fw(B.basic_fiscal)}万元，其中：人员经费{fw(B.personnel)}万元，'
        f'公用经费{fw(B.public)}万元。')
    d.h(2, '“三公”经费财政拨款支出决算情况说明', num=(2, 0))
    d.h(3, '“三公”经费财政拨款支出决算总体情况说明', num=(2, 1))
    d.p(f'2023年度“三公”经费财政拨款支出预算为{f(B.sgb_total)}元，支出决算为{f(B.sg_total)}元，'
        f'完成预算的{pct(B.sg_total, B.sgb_total)}%，决算数小于预算数的主要原因是严格执行中央八项规定精神，压减公务接待。')
    d.p('表2  2023年度“三公”经费财政拨款支出决算表', style='Caption')
    d.p('单位：元', align='right', noindent=True)
    rows = [['项目', '', '预算数', '决算数'],
            ['合计', '', f(B.sgb_total), f(B.sg_total)],
            ['因公出国（境）费', '', f(B.sgb_abroad), f(B.sg_abroad)],
            ['公务用车购置及运行维护费', '小计', f(B.sgb_car), f(B.sg_car)],
            ['', '公务用车购置费', f(B.sgb_car_buy), f(B.sg_car_buy)],
            ['', '公务用车运行维护费', f(B.sgb_car_run), f(B.sg_car_run)],
            ['公务接待费', '', f(B.sgb_recv), f(B.sg_recv)]]
    d.table(rows, [2600, 2200, 2000, 2000],
            {(0, 0): (1, 2), (1, 0): (1, 2), (2, 0): (1, 2), (3, 0): (3, 1), (6, 0): (1, 2)}, header_rows=1, unit='元')
    d.h(3, '“三公”经费财政拨款支出决算具体情况说明', num=(2, 1))
    prev_run = B.prev_sg_car
    prev_recv = B.prev_sg_recv
    recv = mut_recv if mut_recv is not None else B.sg_recv
    total = B.sg_abroad + B.sg_car + recv
    prev_total = ZERO + prev_run + prev_recv
    d.p(f'2023年度因公出国（境）费支出0元，与上年持平。公务用车购置及运行维护费支出{f(B.sg_car)}元，'
        f'比上年{"减少" if prev_run >= B.sg_car else "增加"}{f(abs(prev_run - B.sg_car))}元，主要原因是{"加强公务用车管理" if prev_run >= B.sg_car else "车辆老化维修费用增加"}。公务接待费支出{f(B.sg_recv)}元，'
        f'共接待{B.recv_batches}批次、{B.recv_people}人次。“三公”经费与上年对比情况见下表。')
    d.p('表3  “三公”经费财政拨款支出决算与上年对比表', style='Caption')
    d.p('单位：元', align='right', noindent=True)

    def line(nm, a, b):
        diff = a - b
        rate = f'{pct(diff, b, "0.01")}' if b else '-'
        return [nm, f(a), f(b), f(diff), rate]
    rows = [['项目', '2023年决算数', '2022年决算数', '增减', ''], ['', '', '', '增减额', '增减率（%）'],
            line('合计', total, prev_total), line('因公出国（境）费', B.sg_abroad, ZERO),
            line('公务用车购置及运行维护费', B.sg_car, prev_run), line('公务接待费', recv, prev_recv)]
    d.table(rows, [2800, 1700, 1700, 1700, 1400], {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (1, 2)},
            header_rows=2, unit='元')
    d.h(2, '政府性基金预算财政拨款收入支出决算情况说明', num=(2, 0))
    d.p('本部门2023年度没有使用政府性基金预算财政拨款安排的支出。')
    d.h(1, '第三部分 名词解释')
    d.h(2, '基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。', num=(3, 0))
    d.h(2, '项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。', num=(3, 0))
    d.save(path)


def X3(path):
    d = Doc('临川县2023年国民经济和社会发展统计公报')
    d.p('临川县2023年国民经济和社会发展统计公报', style='Title')
    d.p('临川县统计局', align='center', noindent=True)
    d.p('2024年3月15日', align='center', noindent=True)
    d.h(2, '一、综合')
    gdp, p1, p2, p3 = D('256.78'), D('30.12'), D('98.76'), D('127.90')
    assert p1 + p2 + p3 == gdp
    s1, s2, s3 = pct(p1, gdp, '0.1'), pct(p2, gdp, '0.1'), pct(p3, gdp, '0.1')
    assert s1 + s2 + s3 == 100
    d.p(f'初步核算，全年全县地区生产总值（GDP）{gdp}亿元，按不变价格计算，比上年增长5.6%。其中，第一产业增加值'
        f'{p1}亿元，增长3.1%；第二产业增加值{p2}亿元，增长6.2%；第三产业增加值{p3}亿元，增长5.7%。'
        f'三次产业结构为{s1}:{s2}:{s3}。')
    pop, urb, rur = D('52.36'), D('23.45'), D('28.91')
    assert urb + rur == pop
    d.p(f'年末全县户籍总人口{pop}万人，其中城镇人口{urb}万人，乡村人口{rur}万人。全年出生人口3,456人，出生率为6.61‰；'
        '死亡人口4,012人，死亡率为7.67‰；人口自然增长率为-1.06‰。')
    d.h(2, '二、农业')
    gr, summer, autumn = D('18.90'), D('6.78'), D('12.12')
    assert summer + autumn == gr
    d.p(f'全年粮食播种面积45.67万亩，比上年增加0.32万亩。粮食总产量{gr}万吨，增长2.3%。其中，夏粮产量{summer}万吨，'
        f'秋粮产量{autumn}万吨。全年肉类总产量4.56万吨，下降1.2%。')
    d.p('表1  2023年主要农产品产量', style='Caption')
    meat = [('猪肉', D('3.21'), '-2.4'), ('牛肉', D('0.45'), '3.5'), ('羊肉', D('0.30'), '1.8'), ('禽肉', D('0.60'), '2.9')]
    assert sum(m[1] for m in meat) == D('4.56')
    rows = [['指标', '计量单位', '2023年', ''], ['', '', '绝对数', '比上年增长（%）'],
            ['粮食', '万吨', f'{gr}', '2.3'], ['  其中：夏粮', '万吨', f'{summer}', '1.6'], ['        秋粮', '万吨', f'{autumn}', '2.7'],
            ['油料', '万吨', '2.34', '4.1'], ['蔬菜', '万吨', '35.60', '3.0'], ['肉类总产量', '万吨', '4.56', '-1.2']]
    for i, (nm, v, gg) in enumerate(meat):
        rows.append([('  其中：' if i == 0 else '        ') + nm, '万吨', f'{v}', gg])
    rows.append(['禽蛋', '吨', '8,765', '0.9'])
    d.table(rows, [2800, 1400, 1800, 2200], {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2)}, header_rows=2,
            unit=lambda row: row[1], label_col=0)
    d.h(2, '三、工业和建筑业')
    d.p('全年规模以上工业增加值比上年增长7.1%。年末规模以上工业企业156家，比上年增加11家。规模以上工业企业实现营业收入'
        '312.45亿元，增长8.2%；实现利润总额18.76亿元，增长5.4%。全年建筑业增加值21.34亿元，增长4.8%。')
    d.h(2, '四、固定资产投资')
    d.p('全年固定资产投资比上年增长6.3%。其中，工业投资增长12.5%，基础设施投资增长4.2%，房地产开发投资下降8.7%。')
    d.h(2, '五、国内贸易')
    rs, town, vil = D('98.76'), D('70.12'), D('28.64')
    assert town + vil == rs
    d.p(f'全年社会消费品零售总额{rs}亿元，比上年增长6.5%。按经营地统计，城镇消费品零售额{town}亿元，增长6.8%；'
        f'乡村消费品零售额{vil}亿元，增长5.7%。')
    d.h(2, '六、财政和金融')
    rev, tax, add = D('12.34'), D('8.76'), D('0.53')
    assert pct(tax, rev, '0.1') == D('71.0') and pct(add, rev - add, '0.1') == D('4.5')
    d.p(f'全年一般公共预算收入{rev}亿元，比上年增加{add}亿元，增长4.5%。其中，税收收入{tax}亿元，占一般公共预算收入的'
        f'比重为71.0%。一般公共预算支出45.67亿元，增长3.2%。')
    d.p('表2  2023年一般公共预算支出主要项目', style='Caption')
    items = [('教育支出', D('8.90'), '4.1'), ('社会保障和就业支出', D('6.54'), '5.6'), ('卫生健康支出', D('4.32'), '2.2'),
             ('农林水支出', D('7.65'), '1.9'), ('城乡社区支出', D('3.21'), '-6.5')]
    other = D('45.67') - sum(i[1] for i in items)
    rows = [['项目', '2023年', ''], ['', '支出（亿元）', '比上年增长（%）'], ['一般公共预算支出', '45.67', '3.2']]
    for nm, v, gg in items:
        rows.append(['  ' + nm, f'{v}', gg])
    rows.append(['  其他支出', f'{other}', '6.0'])
    d.table(rows, [3600, 2300, 2300], {(0, 0): (2, 1), (0, 1): (1, 2)}, header_rows=2, unit='亿元')
    dep, loan = D('456.78'), D('321.09')
    d.p(f'年末金融机构人民币各项存款余额{dep}亿元，比年初增加34.56亿元；各项贷款余额{loan}亿元，比年初增加28.90亿元。')
    d.h(2, '七、人民生活')
    d.p('全年全体居民人均可支配收入28,765元，比上年增长6.1%。按常住地分，城镇居民人均可支配收入41,234元，增长4.9%；'
        '农村居民人均可支配收入19,876元，增长7.3%。')
    d.p('注：1.本公报中数据均为初步统计数，部分数据因四舍五入的原因，存在总计与分项合计不等的情况。'
        '2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。', noindent=True)
    d.save(path)


if __name__ == '__main__':
    os.makedirs('docx', exist_ok=True)
    os.makedirs('mut_docx', exist_ok=True)
    A, B, C, Dd, E = depts()
    X1(A, 'docx/X1_qinghe_edu_2023_shuoming.docx')
    X2(B, 'docx/X2_qinghe_health_2023_shuoming.docx')
    X3('docx/X3_linchuan_2023_tongjigongbao.docx')
    # M3: narrative 年末结转和结余 differs from 表1 cell
    import json
    v = f(A.end)
    ip, dp = v.split('.')
    nv = ip[:-2] + ip[-1] + ip[-2] + '.' + dp
    assert nv != v
    X1(A, 'mut_docx/M3_X1_qinghe_edu_2023_shuoming.docx', mut_text=nv)
    man = [['inputs/mutants/M3_X1_qinghe_edu_2023_shuoming.docx', '一、收入支出决算总体情况说明',
            'narrative restates 年末结转和结余 with another value than 表1 cell 年末结转和结余', v + '万元', nv + '万元']]
    man.append(['inputs/mutants/M3_X1_qinghe_edu_2023_shuoming.pdf'] + man[0][1:])
    # M4: 2023 公务接待费 in 表3 differs from 表2 (table 3 internally consistent)
    X2(B, 'mut_docx/M4_X2_qinghe_health_2023_shuoming.docx', mut_recv=B.sg_recv + D('3000.00'))
    man.append(['inputs/mutants/M4_X2_qinghe_health_2023_shuoming.docx', '表3',
                '表3 (“三公”经费 与上年对比) 公务接待费 2023年决算数 differs from 表2 决算数 and the text; 表3 合计, 增减额, 增减率 recomputed so 表3 adds up on its own',
                f(B.sg_recv), f(B.sg_recv + D('3000.00'))])
    man.append(['inputs/mutants/M4_X2_qinghe_health_2023_shuoming.pdf'] + man[-1][1:])
    json.dump(man, open('manifest_docx.json', 'w'), ensure_ascii=False)
