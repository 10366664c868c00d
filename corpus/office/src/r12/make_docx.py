# -*- coding: utf-8 -*-
"""Four .docx (统计公报 / 决算情况说明 / 预算执行报告) + 2 mutants, via flat ODT -> soffice -> docx.
Run with /usr/bin/python3."""
import json
import os
from decimal import Decimal as D, ROUND_HALF_UP

import fodt
from fodt import cell as C
from depts import all_depts, q

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'out', 'fodt')


def q1(x):
    return D(x).quantize(D('0.1'), rounding=ROUND_HALF_UP)


def q0(x):
    return D(x).quantize(D('1'), rounding=ROUND_HALF_UP)


def f2(x):
    return f'{x:,.2f}'


def f0(x):
    return f'{x:,.0f}'


def pct(a, b, nd=2):
    v = D(a) / D(b) * 100
    return v.quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def chg_words(now, prev, unit, nd=2, money=True):
    d = now - prev
    w = '增加' if d >= 0 else '减少'
    g = '增长' if d >= 0 else '下降'
    return f'比上年{w}{f2(abs(d)) if money else abs(d)}{unit}，{g}{pct(abs(d), prev, 1 if nd == 1 else 2)}%'


# ---------------------------------------------------------------- D1 统计公报
def d1(mutant=False):
    log = []
    a1, a2, a3 = D('38.46'), D('96.73'), D('121.58')
    while True:
        g = a1 + a2 + a3
        s = [q1(x / g * 100) for x in (a1, a2, a3)]
        if sum(s) == 100:
            break
        a3 += D('0.01')
    gdp = a1 + a2 + a3
    P, U = D('52.36'), D('28.75')
    R = P - U
    grain_now, grain_inc = D('38.62'), D('1.25')
    grain_g = q1(grain_inc / (grain_now - grain_inc) * 100)
    rice, wheat = D('21.35'), D('9.87')
    corn = grain_now - rice - wheat
    retail_u, retail_r = D('71.25'), D('27.39')
    taxes = [('增值税', 41235, 38652), ('企业所得税', 9876, 10213), ('个人所得税', 2345, 2210),
             ('城市维护建设税', 4321, 4012), ('房产税', 3012, 2876), ('印花税', 1234, 1102),
             ('城镇土地使用税', 2456, 2601), ('土地增值税', 5678, 6234), ('契税', 7890, 8765),
             ('其他税收收入', 1543, 1488)]
    nontax = [('专项收入', 8765, 8012), ('行政事业性收费收入', 3210, 3456), ('罚没收入', 2109, 2567),
              ('国有资源（资产）有偿使用收入', 9876, 7654), ('其他非税收入', 1234, 1098)]
    T = sum(D(a) for _, a, _ in taxes); T0 = sum(D(b) for _, _, b in taxes)
    N = sum(D(a) for _, a, _ in nontax); N0 = sum(D(b) for _, _, b in nontax)
    Rv, R0 = T + N, T0 + N0
    gr = lambda a, b: q1((D(a) - D(b)) / D(b) * 100)
    exp = dict(教育支出=D('6.45'), 社会保障和就业支出=D('5.12'), 卫生健康支出=D('3.28'), 农林水支出=D('4.96'))
    E = D('32.87')
    mins = sum(exp.values())
    blocks = [
        ('title', '某某县2023年国民经济和社会发展统计公报'),
        ('subtitle', '某某县统计局  国家统计局某某调查队'),
        ('subtitle', '（2024年3月20日）'),
        ('p', '2023年，面对复杂严峻的外部环境，全县上下坚持稳中求进工作总基调，经济运行持续回升向好，'
              '高质量发展扎实推进，民生福祉不断增进。'),
        ('h1', '综合'),
        ('p', f'初步核算，全年全县地区生产总值（GDP）{gdp}亿元，按不变价格计算，比上年增长5.6%。其中，'
              f'第一产业增加值{a1}亿元，增长3.9%；第二产业增加值{a2}亿元，增长6.1%；第三产业增加值{a3}亿元，'
              f'增长5.7%。三次产业结构为{s[0]}:{s[1]}:{s[2]}。人均地区生产总值49,386元，比上年增长6.0%。'),
        ('p', '全年居民消费价格比上年上涨0.3%，其中食品烟酒类价格下降1.2%。'),
        ('h1', '农业'),
        ('h2', '种植业'),
        ('p', f'全年粮食播种面积86.42万亩，比上年增加0.58万亩。粮食总产量{grain_now}万吨，比上年增加{grain_inc}万吨，'
              f'增长{grain_g}%。其中，稻谷产量{rice}万吨，小麦产量{wheat}万吨，玉米产量{corn}万吨。'),
        ('caption', '表1  2023年主要农产品产量及其增长速度'),
        ('table', dict(cols=[4.6, 2.2, 3.2, 4.0], head=2, rows=[
            [C('产品名称', rs=2), C('单位', rs=2), C('2023年', cs=2), None],
            [None, None, C('产量'), C('比上年增长（%）')],
            [C('粮食'), C('万吨', align='center'), C(f'{grain_now}', align='right'), C(f'{grain_g}', align='right')],
            [C('  其中：稻谷'), C('万吨', align='center'), C(f'{rice}', align='right'), C('2.8', align='right')],
            [C('        小麦'), C('万吨', align='center'), C(f'{wheat}', align='right'), C('4.6', align='right')],
            [C('        玉米'), C('万吨', align='center'), C(f'{corn}', align='right'), C('3.1', align='right')],
            [C('油料'), C('万吨', align='center'), C('3.86', align='right'), C('-1.5', align='right')],
            [C('蔬菜'), C('万吨', align='center'), C('56.12', align='right'), C('4.2', align='right')],
            [C('水果'), C('万吨', align='center'), C('12.04', align='right'), C('7.9', align='right')],
            [C('肉类总产量'), C('万吨', align='center'), C('5.93', align='right'), C('2.4', align='right')],
            [C('禽蛋'), C('万吨', align='center'), C('1.62', align='right'), C('-0.6', align='right')],
            [C('水产品'), C('吨', align='center'), C('18,650', align='right'), C('3.7', align='right')],
        ])),
        ('h2', '畜牧业'),
        ('p', '年末生猪存栏28.45万头，比上年末下降3.2%；全年生猪出栏41.37万头，增长2.1%。'),
        ('h1', '工业和建筑业'),
        ('p', '全年规模以上工业增加值比上年增长7.2%。年末全县规模以上工业企业126户，比上年末增加9户。'),
        ('list', ['分经济类型看，国有控股企业增加值增长3.4%，股份制企业增长7.8%。',
                  '分门类看，制造业增加值增长7.5%，电力、热力、燃气及水生产和供应业增长4.1%。']),
        ('h1', '固定资产投资'),
        ('p', '全年固定资产投资比上年增长4.5%。其中，工业投资增长12.3%，房地产开发投资下降8.6%。'),
        ('h1', '国内贸易'),
        ('p', f'全年社会消费品零售总额{retail_u + retail_r}亿元，比上年增长6.8%。按经营地分，城镇消费品零售额'
              f'{retail_u}亿元，增长6.5%；乡村消费品零售额{retail_r}亿元，增长7.6%。'),
        ('h1', '财政和金融'),
        ('h2', '财政'),
        ('p', f'全年一般公共预算收入{q(Rv / 10000)}亿元，比上年增长{gr(Rv, R0)}%。其中，税收收入{q(T / 10000)}亿元，'
              f'增长{gr(T, T0)}%，占一般公共预算收入的比重为{pct(T, Rv, 1)}%。一般公共预算支出{E}亿元，增长4.1%。'
              f'其中，教育支出{exp["教育支出"]}亿元，社会保障和就业支出{exp["社会保障和就业支出"]}亿元，'
              f'卫生健康支出{exp["卫生健康支出"]}亿元，农林水支出{exp["农林水支出"]}亿元，以上四项民生支出合计'
              f'{mins}亿元，占一般公共预算支出的{pct(mins, E, 1)}%。'),
        ('caption', '表2  2023年一般公共预算收入主要项目'),
        ('unit', '单位：万元'),
    ]
    trows = [[C('项目', rs=2), C('金额', cs=2), None, C('比上年增长（%）', rs=2)],
             [None, C('2023年'), C('2022年'), None]]
    tax_sub = T
    if mutant:
        tax_sub = T + 1000
        log.append(dict(what='D1 表2 税收收入 2023年 小计 raised by 1,000 (wrong 小计: 十项税收之和与一般公共预算收入合计都不再相符)',
                        old=f0(T), new=f0(tax_sub)))
    trows.append([C('一般公共预算收入', bold=True), C(f0(Rv), align='right'), C(f0(R0), align='right'),
                  C(f'{gr(Rv, R0)}', align='right')])
    trows.append([C('  税收收入', bold=True), C(f0(tax_sub), align='right'), C(f0(T0), align='right'),
                  C(f'{gr(T, T0)}', align='right')])
    for nm, a, b in taxes:
        trows.append([C('    ' + nm), C(f0(a), align='right'), C(f0(b), align='right'), C(f'{gr(a, b)}', align='right')])
    trows.append([C('  非税收入', bold=True), C(f0(N), align='right'), C(f0(N0), align='right'),
                  C(f'{gr(N, N0)}', align='right')])
    for nm, a, b in nontax:
        trows.append([C('    ' + nm), C(f0(a), align='right'), C(f0(b), align='right'), C(f'{gr(a, b)}', align='right')])
    blocks.append(('table', dict(cols=[6.0, 3.0, 3.0, 3.4], head=2, rows=trows)))
    blocks += [
        ('h2', '金融'),
        ('p', '年末全县金融机构人民币各项存款余额412.35亿元，比上年末增长9.6%；其中住户存款318.76亿元，增长12.4%。'
              '各项贷款余额286.41亿元，增长11.2%。'),
        ('h1', '人口'),
        ('p', f'年末全县户籍总人口{P}万人，比上年末减少0.41万人。其中，城镇人口{U}万人，乡村人口{R}万人，'
              f'户籍人口城镇化率为{pct(U, P)}%。全年出生人口3,512人，出生率6.71‰；死亡人口4,206人，死亡率8.04‰；'
              f'人口自然增长率-1.33‰。'),
        ('note', '注：1.本公报中部分数据为初步统计数。2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。'
                 '3.部分数据因四舍五入的原因，存在总计与分项合计不等的情况。'),
    ]
    return blocks, log


# ---------------------------------------------------------------- 决算情况说明 (D2 from W1, D4 from W5)
def juesuan_text(d, prev_ratio, mutant=False, vertical_sangong=False, docno='D2'):
    log = []
    u = d.unit
    t = d.tot
    tot_p = q(d.total / D(prev_ratio[0]))
    inc_p = q(t['inc'] / D(prev_ratio[1]))
    exp_p = q(t['exp'] / D(prev_ratio[2]))
    beg_p = tot_p - inc_p
    end_p = tot_p - exp_p
    gp_p = q(d.gp_exp / D(prev_ratio[3]))
    byclass = {x['code']: x for x in d.rows}
    s = d.sg
    fin_share = lambda x, tot: pct(x, tot)
    blocks = [
        ('title', f'{d.name}{d.year}年度部门决算情况说明'),
        ('h1', '部门基本情况'),
        ('h2', '部门职责'),
        ('p', f'{d.name}是县人民政府工作部门，贯彻落实党中央关于相关工作的方针政策和决策部署，在履行职责过程中坚持和加强党的集中统一领导。'),
        ('h2', '机构设置'),
        ('p', '本部门内设机构8个，下属事业单位12个。纳入本部门2023年度部门决算编制范围的单位共13个。'
              '年末实有人员编制486人，其中行政编制42人、事业编制444人。'),
        ('h1', '收入支出决算总体情况说明'),
        ('p', f'{d.year}年度收入总计{f2(d.total)}{u}，支出总计{f2(d.total)}{u}。与上年相比，收、支总计各'
              f'{"增加" if d.total >= tot_p else "减少"}{f2(abs(d.total - tot_p))}{u}，'
              f'{"增长" if d.total >= tot_p else "下降"}{pct(abs(d.total - tot_p), tot_p)}%。主要原因是项目资金增加。'),
        ('caption', f'表1  {d.year}年度收入支出决算总体情况'),
        ('unit', f'单位：{u}'),
    ]
    rows = [[C('项目', rs=2), C('金额', cs=2), None, C('增减额', rs=2), C('增减率（%）', rs=2)],
            [None, C(f'{d.year}年度'), C(f'{d.year - 1}年度'), None, None]]
    for nm, a, b in [('收入总计', d.total, tot_p), ('  其中：本年收入合计', t['inc'], inc_p),
                     ('        年初结转和结余', d.begin, beg_p), ('支出总计', d.total, tot_p),
                     ('  其中：本年支出合计', t['exp'], exp_p), ('        年末结转和结余', d.end, end_p)]:
        rows.append([C(nm), C(f2(a), align='right'), C(f2(b), align='right'), C(f2(a - b), align='right'),
                     C(str(pct(a - b, b)), align='right')])
    blocks.append(('table', dict(cols=[5.2, 2.8, 2.8, 2.4, 2.4], head=2, rows=rows)))
    inc_parts = [('财政拨款收入', t['inc_fin']), ('上级补助收入', t['inc_sj']), ('事业收入', t['inc_shiye']),
                 ('其他收入', t['inc_qita'])]
    blocks += [
        ('h1', '收入决算情况说明'),
        ('p', f'{d.year}年度本年收入合计{f2(t["inc"])}{u}，' + chg_words(t['inc'], inc_p, u) + '。其中：' +
         '；'.join(f'{n}{f2(v)}{u}，占本年收入合计的{fin_share(v, t["inc"])}%' for n, v in inc_parts if v) + '。'),
        ('h1', '支出决算情况说明'),
        ('p', f'{d.year}年度本年支出合计{f2(t["exp"])}{u}，' + chg_words(t['exp'], exp_p, u) + '。其中：'
              f'基本支出{f2(t["basic"])}{u}，占本年支出合计的{fin_share(t["basic"], t["exp"])}%；'
              f'项目支出{f2(t["proj"])}{u}，占本年支出合计的{fin_share(t["proj"], t["exp"])}%。'),
        ('h1', '财政拨款收入支出决算总体情况说明'),
        ('p', f'{d.year}年度财政拨款收入总计{f2(d.gp_inc + d.bf_gp)}{u}，其中：本年财政拨款收入{f2(d.gp_inc)}{u}，'
              f'年初财政拨款结转和结余{f2(d.bf_gp)}{u}；财政拨款支出总计{f2(d.gp_exp + d.ef_gp)}{u}，其中：'
              f'本年财政拨款支出{f2(d.gp_exp)}{u}，年末财政拨款结转和结余{f2(d.ef_gp)}{u}。'),
        ('h1', '一般公共预算财政拨款支出决算情况说明'),
        ('h2', '总体情况'),
        ('p', f'{d.year}年度一般公共预算财政拨款支出{f2(d.gp_exp)}{u}，占本年支出合计的{pct(d.gp_exp, t["exp"])}%。'
              f'与上年相比，一般公共预算财政拨款支出' +
         chg_words(d.gp_exp, gp_p, u).replace('比上年', '') + '。'),
        ('h2', '结构情况'),
        ('p', '一般公共预算财政拨款支出主要用于以下方面：' + '；'.join(
            f'{x["name"]}{f2(x["gp_exp"])}{u}，占{pct(x["gp_exp"], d.gp_exp)}%'
            for x in d.rows if x['level'] == 3 and x['gp_exp']) + '。'),
        ('h2', '具体情况'),
    ]
    ratios = ['1.062', '0.943', '1.118']
    picks = [it for it in d.items if not it['fund']][:3]
    for it, r in zip(picks, ratios):
        cls = byclass[it['code'][:3]]['name']
        kuan = byclass[it['code'][:5]]['name']
        prev = q(it['fin_exp'] / D(r))
        blocks.append(('h3', f'{cls}（类）{kuan}（款）{it["name"]}（项）'))
        blocks.append(('p', f'{d.year}年度决算数为{f2(it["fin_exp"])}{u}，' + chg_words(it['fin_exp'], prev, u).replace(
            '比上年', '比上年决算') + '。主要原因是人员调资及项目实施进度变化。'))
    blocks += [
        ('h1', '一般公共预算财政拨款基本支出决算情况说明'),
        ('p', f'{d.year}年度一般公共预算财政拨款基本支出{f2(d.gp_basic)}{u}，其中：人员经费{f2(d.pers_total)}{u}，'
              f'主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、'
              f'住房公积金、退休费等；公用经费{f2(d.pub_total)}{u}，主要包括：办公费、印刷费、水费、电费、邮电费、差旅费、'
              f'维修（护）费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费等。'),
    ]
    if vertical_sangong:
        eco = [(c, n) for c, n in [('301', '工资福利支出'), ('302', '商品和服务支出'), ('303', '对个人和家庭的补助'),
                                   ('310', '资本性支出')]]
        rows = [[C('科目编码'), C('科目名称'), C('决算数'), C('占比（%）')]]
        rows.append([C('', ), C('合计', align='center', bold=True), C(f2(d.gp_basic), align='right'),
                     C('100.00', align='right')])
        for c, n in eco:
            rows.append([C(c, align='center'), C(n), C(f2(d.econ_class[c]), align='right'),
                         C(str(pct(d.econ_class[c], d.gp_basic)), align='right')])
        rows.append([C('30217', align='center'), C('  其中：公务接待费'), C(f2(d.econ['30217']), align='right'),
                     C(str(pct(d.econ['30217'], d.gp_basic)), align='right')])
        rows.append([C('30231', align='center'), C('        公务用车运行维护费'), C(f2(d.econ['30231']), align='right'),
                     C(str(pct(d.econ['30231'], d.gp_basic)), align='right')])
        blocks += [('caption', f'表2  {d.year}年度一般公共预算财政拨款基本支出（按经济分类）'), ('unit', f'单位：{u}'),
                   ('table', dict(cols=[2.4, 6.4, 3.2, 2.6], head=1, rows=rows))]
    jd_text = s['f_jd']
    if mutant:
        jd_text = s['f_jd'] + D('1.20')
        log.append(dict(what=f'{docno} 八（二） text: 公务接待费支出决算 restated with another value than 表2 “三公”经费 table',
                        old=f2(s['f_jd']), new=f2(jd_text)))
    blocks += [
        ('h1', '“三公”经费财政拨款支出决算情况说明'),
        ('h2', '总体情况'),
        ('p', f'{d.year}年度“三公”经费财政拨款支出预算为{f2(s["b_total"])}{u}，支出决算为{f2(s["f_total"])}{u}，'
              f'完成预算的{pct(s["f_total"], s["b_total"])}%，决算数小于预算数的主要原因是厉行节约、压减开支。'),
        ('h2', '具体情况'),
        ('list', [f'因公出国（境）费支出决算为{f2(s["f_cg_f"])}{u}，本部门{d.year}年度无因公出国（境）安排。',
                  f'公务用车购置及运行费支出决算为{f2(s["f_cgyx"])}{u}，完成预算的{pct(s["f_cgyx"], s["b_cgyx"])}%。'
                  f'其中：公务用车购置费{f2(s["f_cg"])}{u}；公务用车运行维护费{f2(s["f_yx"])}{u}，主要用于公务用车燃料费、'
                  f'维修费、过桥过路费、保险费等支出。截至{d.year}年12月31日，开支财政拨款的公务用车保有量为5辆。',
                  f'公务接待费支出决算为{f2(jd_text)}{u}，完成预算的{pct(s["f_jd"], s["b_jd"])}%。'
                  f'国内公务接待38批次，412人次。']),
    ]
    if not vertical_sangong:
        rows = [[C('项目', rs=2), C('合计', rs=2), C('因公出国（境）费', rs=2), C('公务用车购置及运行费', cs=3), None, None,
                 C('公务接待费', rs=2)],
                [None, None, None, C('小计'), C('购置费'), C('运行费'), None]]
        for nm, p in (('预算数', 'b_'), ('决算数', 'f_')):
            rows.append([C(nm, align='center')] + [C(f2(s[p + k]), align='right') for k in
                                                   ('total', 'cg_f', 'cgyx', 'cg', 'yx', 'jd')])
        blocks += [('caption', f'表2  {d.year}年度“三公”经费财政拨款支出情况'), ('unit', f'单位：{u}'),
                   ('table', dict(cols=[2.0, 2.3, 2.3, 2.2, 2.1, 2.1, 2.3], head=2, rows=rows))]
    else:
        rows = [[C('项目'), C(f'{d.year}年预算数'), C(f'{d.year}年决算数'), C(f'{d.year - 1}年决算数'), C('增减额'),
                 C('增减率')]]
        for nm, k in (('合计', 'total'), ('因公出国（境）费', 'cg_f'), ('公务用车购置及运行费', 'cgyx'),
                      ('  其中：公务用车购置费', 'cg'), ('        公务用车运行维护费', 'yx'), ('公务接待费', 'jd')):
            ch = s['f_' + k] - s['p_' + k]
            rate = f'{pct(ch, s["p_" + k])}%' if s['p_' + k] else '-'
            rows.append([C(nm)] + [C(f2(s[p + k]), align='right') for p in ('b_', 'f_', 'p_')] +
                        [C(f2(ch), align='right'), C(rate, align='right')])
        blocks += [('caption', f'表3  {d.year}年度“三公”经费财政拨款支出决算与上年对比'), ('unit', f'单位：{u}'),
                   ('table', dict(cols=[4.6, 2.2, 2.2, 2.2, 2.0, 2.0], head=1, rows=rows))]
    run = q(d.pub_total * D('0.64'))
    run_p = q(run / D('1.037'))
    goods, works, serv = q(d.total * D('0.021')), q(d.total * D('0.013')), q(d.total * D('0.008'))
    gtot = goods + works + serv
    sme = q(gtot * D('0.873'))
    blocks += [
        ('h1', '机关运行经费支出说明'),
        ('p', f'{d.year}年度本部门机关运行经费支出{f2(run)}{u}，' + chg_words(run, run_p, u) + '。主要原因是办公用房维修支出增加。'),
        ('h1', '政府采购支出说明'),
        ('p', f'{d.year}年度政府采购支出总额{f2(gtot)}{u}，其中：政府采购货物支出{f2(goods)}{u}、政府采购工程支出'
              f'{f2(works)}{u}、政府采购服务支出{f2(serv)}{u}。授予中小企业合同金额{f2(sme)}{u}，占政府采购支出总额的'
              f'{pct(sme, gtot)}%。'),
        ('h1', '国有资产占用情况说明'),
        ('p', f'截至{d.year}年12月31日，本部门共有车辆5辆，其中：一般公务用车2辆、执法执勤用车1辆、特种专业技术用车2辆。'
              f'单价50万元以上通用设备3台（套）。'),
        ('h1', '名词解释'),
        ('list', ['财政拨款收入：指县级财政当年拨付的资金。',
                  '年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
                  '“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。']),
        ('note', f'附件：{d.name}{d.year}年度部门决算公开表（公开01表—公开08表）'),
    ]
    return blocks, log


# ---------------------------------------------------------------- D3 预算执行报告
def d3():
    inc = [('税收收入', D(86420), D(84000), D(85213), D(81560)), ('非税收入', D(23654), D(25000), D(24980), D(25568))]
    exps = [('一般公共服务支出', 31240, 33654, 32876, 31120), ('公共安全支出', 14560, 15230, 15102, 14321),
            ('教育支出', 62310, 65430, 64521, 61987), ('科学技术支出', 3210, 3560, 3412, 3005),
            ('文化旅游体育与传媒支出', 4320, 4680, 4512, 4401), ('社会保障和就业支出', 51230, 53210, 52876, 50321),
            ('卫生健康支出', 33210, 34560, 34012, 32654), ('节能环保支出', 6540, 7120, 6987, 7321),
            ('城乡社区支出', 21340, 25670, 24876, 26543), ('农林水支出', 48760, 52130, 51234, 49876),
            ('交通运输支出', 12340, 14560, 14021, 15234), ('住房保障支出', 9870, 10230, 10120, 9654),
            ('其他支出', 5430, 3210, 2987, 4012)]
    rv = [sum(x[i] for x in inc) for i in range(1, 5)]
    ev = [sum(D(x[i]) for x in exps) for i in range(1, 5)]
    gr = lambda a, b: q1((D(a) - D(b)) / D(b) * 100)
    cp = lambda a, b: q1(D(a) / D(b) * 100)
    T, N = inc[0][3], inc[1][3]
    T0, N0 = inc[0][4], inc[1][4]
    R, R0 = rv[2], rv[3]
    E = ev[2]
    sh_now, sh_prev = pct(T, R, 1), pct(T0, R0, 1)
    S, Z, Y, J = D(186540), D(45000), D(12300), D(8760)
    tot = R + S + Z + Y + J
    U_, H = D(9870), D(38000)
    K = tot - E - U_ - H
    R24 = q0(R * D('1.05'))
    rows = [[C('项目', rs=2), C('年初预算', rs=2), C('调整预算', rs=2), C('2023年', cs=2), None, C('上年执行数', rs=2),
             C('比上年增长（%）', rs=2)],
            [None, None, None, C('执行数'), C('为调整预算（%）'), None, None]]
    rows.append([C('一般公共预算收入', bold=True)] + [C(f0(v), align='right') for v in rv[:3]] +
                [C(str(cp(rv[2], rv[1])), align='right'), C(f0(rv[3]), align='right'), C(str(gr(rv[2], rv[3])), align='right')])
    for nm, a, b, c, p in inc:
        rows.append([C('  ' + nm)] + [C(f0(v), align='right') for v in (a, b, c)] +
                    [C(str(cp(c, b)), align='right'), C(f0(p), align='right'), C(str(gr(c, p)), align='right')])
    rows.append([C('一般公共预算支出', bold=True)] + [C(f0(v), align='right') for v in ev[:3]] +
                [C(str(cp(ev[2], ev[1])), align='right'), C(f0(ev[3]), align='right'), C(str(gr(ev[2], ev[3])), align='right')])
    for nm, a, b, c, p in exps:
        rows.append([C('  ' + nm)] + [C(f0(v), align='right') for v in (a, b, c)] +
                    [C(str(cp(c, b)), align='right'), C(f0(p), align='right'), C(str(gr(c, p)), align='right')])
    blocks = [
        ('title', '关于某某县2023年预算执行情况和2024年预算草案的报告'),
        ('subtitle', '——2024年1月15日在某某县第十八届人民代表大会第四次会议上'),
        ('subtitle', '某某县财政局局长  某某某'),
        ('p', '各位代表：受县人民政府委托，现将某某县2023年预算执行情况和2024年预算草案提请大会审议，并请县政协委员和其他列席人员提出意见。'),
        ('h1', '2023年预算执行情况'),
        ('h2', '一般公共预算执行情况'),
        ('p', f'全县一般公共预算收入完成{q(R / 10000)}亿元，为调整预算的{cp(R, rv[1])}%，比上年增长{gr(R, R0)}%。'
              f'其中：税收收入{f0(T)}万元，增长{gr(T, T0)}%；非税收入{f0(N)}万元，下降{abs(gr(N, N0))}%。'
              f'税收收入占一般公共预算收入的比重为{sh_now}%，比上年提高{sh_now - sh_prev}个百分点。'),
        ('p', f'全县一般公共预算支出完成{f0(E)}万元，为调整预算的{cp(E, ev[1])}%，比上年增长{gr(E, ev[3])}%。'),
        ('p', f'收支平衡情况：一般公共预算收入{f0(R)}万元，加上级补助收入{f0(S)}万元、债务转贷收入{f0(Z)}万元、调入资金'
              f'{f0(Y)}万元、上年结转{f0(J)}万元，收入总计{f0(tot)}万元。一般公共预算支出{f0(E)}万元，加上解上级支出{f0(U_)}万元、'
              f'债务还本支出{f0(H)}万元，支出合计{f0(E + U_ + H)}万元。收支相抵，结转下年支出{f0(K)}万元，当年收支平衡。'),
        ('caption', '表1  某某县2023年一般公共预算收支执行情况'),
        ('unit', '单位：万元'),
        ('table', dict(cols=[4.4, 1.9, 1.9, 1.9, 2.0, 1.9, 2.0], head=2, rows=rows)),
        ('h2', '重点支出保障情况'),
        ('list', [f'教育支出{f0(exps[2][3])}万元，增长{gr(exps[2][3], exps[2][4])}%。',
                  f'社会保障和就业支出{f0(exps[5][3])}万元，增长{gr(exps[5][3], exps[5][4])}%。',
                  f'城乡社区支出{f0(exps[8][3])}万元，下降{abs(gr(exps[8][3], exps[8][4]))}%，主要是上年一次性项目支出较多。']),
        ('h1', '2024年预算草案'),
        ('p', f'2024年全县一般公共预算收入预期增长5%，安排{f0(R24)}万元，比2023年执行数增加{f0(R24 - R)}万元。'),
        ('note', '注：2023年预算执行数为快报数，决算编制完成后，部分数据还会有所变化。'),
    ]
    return blocks, []


def main():
    os.makedirs(OUT, exist_ok=True)
    depts = {d.key: d for d in all_depts()}
    docs = []
    b, _ = d1()
    docs.append(('D1_某某县2023年国民经济和社会发展统计公报', b, 'Noto Serif CJK SC', 'Noto Sans CJK SC',
                 '某某县2023年国民经济和社会发展统计公报'))
    b, log1 = d1(mutant=True)
    docs.append(('D1m_某某县2023年国民经济和社会发展统计公报_mutant', b, 'Noto Serif CJK SC', 'Noto Sans CJK SC',
                 '某某县2023年国民经济和社会发展统计公报'))
    b, _ = juesuan_text(depts['W1'], ('1.086', '1.072', '1.091', '1.054'))
    docs.append(('D2_某某县教育局2023年度部门决算情况说明', b, 'WenQuanYi Zen Hei', 'WenQuanYi Zen Hei', None))
    b, log2 = juesuan_text(depts['W1'], ('1.086', '1.072', '1.091', '1.054'), mutant=True)
    docs.append(('D2m_某某县教育局2023年度部门决算情况说明_mutant', b, 'WenQuanYi Zen Hei', 'WenQuanYi Zen Hei', None))
    b, _ = d3()
    docs.append(('D3_某某县2023年预算执行情况和2024年预算草案的报告', b, '仿宋_GB2312', '黑体', None))
    b, _ = juesuan_text(depts['W5'], ('0.962', '0.951', '0.987', '0.973'), vertical_sangong=True, docno='D4')
    docs.append(('D4_某某县民政局2023年度部门决算情况说明', b, 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', None))
    for name, blocks, font, hfont, header in docs:
        lf, lp, ls = ('1', '（', '）') if name.startswith('D3') else ('1', '', '.')
        xml = fodt.build(blocks, font, hfont, header=header, list_fmt=lf, list_prefix=lp, list_suffix=ls)
        open(os.path.join(OUT, name + '.fodt'), 'w', encoding='utf-8').write(xml)
    man = []
    for lg, fn in ((log1, 'D1m_某某县2023年国民经济和社会发展统计公报_mutant'), (log2, 'D2m_某某县教育局2023年度部门决算情况说明_mutant')):
        for e in lg:
            e['file'] = fn
            man.append(e)
    json.dump(man, open(os.path.join(OUT, 'manifest_docx.json'), 'w'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
