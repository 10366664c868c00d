# -*- coding: utf-8 -*-
"""Fictional county departments and their (arithmetically exact) final-account data."""
import random
from decimal import Decimal as D, ROUND_HALF_UP

C = D('0.01')


def q(x):
    return D(x).quantize(C, rounding=ROUND_HALF_UP)


NAMES = {
    '201': '一般公共服务支出', '20138': '市场监督管理事务', '2013801': '行政运行', '2013804': '市场主体管理',
    '2013805': '市场秩序执法', '2013812': '药品事务', '2013816': '食品安全监管',
    '205': '教育支出', '20501': '教育管理事务', '2050101': '行政运行', '2050199': '其他教育管理事务支出',
    '20502': '普通教育', '2050201': '学前教育', '2050202': '小学教育', '2050203': '初中教育', '2050204': '高中教育',
    '20509': '教育费附加安排的支出', '2050999': '其他教育费附加安排的支出',
    '208': '社会保障和就业支出', '20805': '行政事业单位养老支出', '2080505': '机关事业单位基本养老保险缴费支出',
    '2080506': '机关事业单位职业年金缴费支出',
    '20802': '民政管理事务', '2080201': '行政运行', '2080208': '基层政权建设和社区治理',
    '20810': '社会福利', '2081002': '老年福利', '2081004': '殡葬',
    '20819': '最低生活保障', '2081902': '农村最低生活保障金',
    '20820': '临时救助', '2082001': '临时救助支出',
    '20821': '特困人员救助供养', '2082102': '农村特困人员救助供养支出',
    '210': '卫生健康支出', '21001': '卫生健康管理事务', '2100101': '行政运行', '2100199': '其他卫生健康管理事务支出',
    '21003': '基层医疗卫生机构', '2100302': '乡镇卫生院', '21004': '公共卫生', '2100408': '基本公共卫生服务',
    '2100409': '重大公共卫生服务', '21007': '计划生育事务', '2100717': '计划生育服务',
    '21011': '行政事业单位医疗', '2101101': '行政单位医疗', '2101102': '事业单位医疗',
    '212': '城乡社区支出', '21208': '国有土地使用权出让收入安排的支出', '2120804': '农村基础设施建设支出',
    '213': '农林水支出', '21301': '农业农村', '2130101': '行政运行', '2130104': '事业运行', '2130108': '病虫害控制',
    '2130122': '农业生产发展', '2130135': '农业资源保护修复与利用',
    '21305': '巩固脱贫攻坚成果衔接乡村振兴', '2130504': '农村基础设施建设',
    '21307': '农村综合改革', '2130705': '对村民委员会和村党支部的补助',
    '214': '交通运输支出', '21401': '公路水路运输', '2140101': '行政运行', '2140104': '公路建设',
    '2140106': '公路养护', '2140112': '公路运输管理',
    '221': '住房保障支出', '22102': '住房改革支出', '2210201': '住房公积金',
}

ALL_CLASSES = [('201', '一般公共服务支出'), ('202', '外交支出'), ('203', '国防支出'), ('204', '公共安全支出'),
               ('205', '教育支出'), ('206', '科学技术支出'), ('207', '文化旅游体育与传媒支出'),
               ('208', '社会保障和就业支出'), ('210', '卫生健康支出'), ('211', '节能环保支出'),
               ('212', '城乡社区支出'), ('213', '农林水支出'), ('214', '交通运输支出'),
               ('215', '资源勘探工业信息等支出'), ('216', '商业服务业等支出'), ('217', '金融支出'),
               ('219', '援助其他地区支出'), ('220', '自然资源海洋气象等支出'), ('221', '住房保障支出'),
               ('222', '粮油物资储备支出'), ('224', '灾害防治及应急管理支出'), ('229', '其他支出')]
CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六',
          '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五']

BASIC_ONLY = {'2050101', '2013801', '2080201', '2100101', '2130101', '2130104', '2140101', '2080505', '2080506',
              '2101101', '2101102', '2210201'}

PERSON = [('301', '工资福利支出', [('30101', '基本工资'), ('30102', '津贴补贴'), ('30103', '奖金'),
                                  ('30107', '绩效工资'), ('30108', '机关事业单位基本养老保险缴费'),
                                  ('30109', '职业年金缴费'), ('30110', '职工基本医疗保险缴费'),
                                  ('30112', '其他社会保障缴费'), ('30113', '住房公积金'),
                                  ('30199', '其他工资福利支出')]),
          ('303', '对个人和家庭的补助', [('30302', '退休费'), ('30305', '生活补助'), ('30309', '奖励金'),
                                     ('30399', '其他对个人和家庭的补助')])]
PUBLIC = [('302', '商品和服务支出', [('30201', '办公费'), ('30202', '印刷费'), ('30205', '水费'), ('30206', '电费'),
                                    ('30207', '邮电费'), ('30209', '物业管理费'), ('30211', '差旅费'),
                                    ('30212', '因公出国（境）费用'), ('30213', '维修（护）费'), ('30214', '租赁费'),
                                    ('30215', '会议费'), ('30216', '培训费'), ('30217', '公务接待费'),
                                    ('30226', '劳务费'), ('30228', '工会经费'), ('30229', '福利费'),
                                    ('30231', '公务用车运行维护费'), ('30239', '其他交通费用'),
                                    ('30299', '其他商品和服务支出')]),
          ('307', '债务利息及费用支出', [('30701', '国内债务付息')]),
          ('310', '资本性支出', [('31002', '办公设备购置'), ('31007', '信息网络及软件购置更新')]),
          ('399', '其他支出', [('39999', '其他支出')])]


def split(total, weights, rnd, zero=()):
    """split total into len(weights) 0.01-exact parts."""
    ws = [0 if i in zero else w for i, w in enumerate(weights)]
    s = sum(ws)
    parts = [q(total * D(str(w)) / D(str(s))) if w else D('0.00') for w in ws]
    # fix last non-zero
    idx = max(i for i, w in enumerate(ws) if w)
    parts[idx] += total - sum(parts)
    return parts


class Dept:
    pass


def make_dept(key, name, unit, codes, seed, fund_codes=(), sangong_budget=None, scale=None):
    rnd = random.Random(seed)
    d = Dept()
    d.key, d.name, d.unit = key, name, unit
    d.year = 2023
    mult = D(1) if unit == '万元' else D(10000)
    items = []
    for code in codes:
        big = rnd.uniform(15, 900)
        if code in ('2080505', '2080506', '2101101', '2101102', '2210201'):
            big = rnd.uniform(8, 120)
        amt = lambda lo, hi: q(D(str(round(rnd.uniform(lo, hi) * big, 6))) * mult)
        it = dict(code=code, name=NAMES[code], fund=code in fund_codes)
        if code in BASIC_ONLY:
            it['fin_basic'] = amt(0.85, 1.0)
            it['fin_proj'] = D('0.00')
        elif it['fund']:
            it['fin_basic'] = D('0.00')
            it['fin_proj'] = amt(0.6, 1.0)
        else:
            it['fin_basic'] = D('0.00') if rnd.random() < 0.7 else amt(0.05, 0.2)
            it['fin_proj'] = amt(0.5, 1.0)
        # non-fiscal money (事业收入/其他收入) for some items
        has_non = (rnd.random() < 0.35) and not it['fund']
        it['non_basic'] = amt(0.01, 0.05) if has_non and it['fin_basic'] > 0 else D('0.00')
        it['non_proj'] = amt(0.02, 0.1) if has_non and it['fin_proj'] > 0 else D('0.00')
        fin_exp = it['fin_basic'] + it['fin_proj']
        it['inc_fin'] = q(fin_exp * D(str(round(rnd.uniform(0.97, 1.04), 3))))
        non = it['non_basic'] + it['non_proj']
        it['inc_shiye'] = q(non * D('0.7')) if non else D('0.00')
        it['inc_qita'] = q(non * D(str(round(rnd.uniform(0.3, 0.45), 3)))) if non else D('0.00')
        it['inc_sj'] = D('0.00')
        items.append(it)
    # one item gets 上级补助收入
    cand = [it for it in items if not it['fund'] and it['fin_proj'] > 0]
    if cand:
        c = cand[0]
        c['inc_sj'] = q(c['fin_proj'] * D('0.05'))
        c['non_proj'] += c['inc_sj']
    for it in items:
        it['basic'] = it['fin_basic'] + it['non_basic']
        it['proj'] = it['fin_proj'] + it['non_proj']
        it['exp'] = it['basic'] + it['proj']
        it['fin_exp'] = it['fin_basic'] + it['fin_proj']
        it['inc'] = it['inc_fin'] + it['inc_sj'] + it['inc_shiye'] + it['inc_qita']
    d.items = items
    # hierarchy rows
    rows = []
    for code in sorted({c[:3] for c in codes} | {c[:5] for c in codes} | set(codes)):
        members = [it for it in items if it['code'].startswith(code)]
        r = dict(code=code, name=NAMES[code], level=len(code))
        for k in ('fin_basic', 'fin_proj', 'non_basic', 'non_proj', 'inc_fin', 'inc_sj', 'inc_shiye', 'inc_qita',
                  'basic', 'proj', 'exp', 'fin_exp', 'inc'):
            r[k] = sum((m[k] for m in members), D('0.00'))
        r['fund'] = all(m['fund'] for m in members)
        # general-public-budget part
        gp = [m for m in members if not m['fund']]
        r['gp_basic'] = sum((m['fin_basic'] for m in gp), D('0.00'))
        r['gp_proj'] = sum((m['fin_proj'] for m in gp), D('0.00'))
        r['gp_exp'] = r['gp_basic'] + r['gp_proj']
        fd = [m for m in members if m['fund']]
        r['fund_exp'] = sum((m['fin_exp'] for m in fd), D('0.00'))
        r['fund_proj'] = sum((m['fin_proj'] for m in fd), D('0.00'))
        rows.append(r)
    d.rows = rows

    def tot(k, filt=lambda it: True):
        return sum((it[k] for it in items if filt(it)), D('0.00'))
    d.tot = {k: tot(k) for k in ('fin_basic', 'fin_proj', 'non_basic', 'non_proj', 'inc_fin', 'inc_sj', 'inc_shiye',
                                  'inc_qita', 'basic', 'proj', 'exp', 'fin_exp', 'inc')}
    d.gp_inc = tot('inc_fin', lambda it: not it['fund'])
    d.fund_inc = tot('inc_fin', lambda it: it['fund'])
    d.gp_exp = tot('fin_exp', lambda it: not it['fund'])
    d.gp_basic = tot('fin_basic', lambda it: not it['fund'])
    d.gp_proj = tot('fin_proj', lambda it: not it['fund'])
    d.fund_exp = tot('fin_exp', lambda it: it['fund'])
    # carry-overs
    d.bf_gp = q(d.gp_exp * D(str(round(rnd.uniform(0.02, 0.08), 3))))
    d.bf_fund = q(d.fund_exp * D('0.1')) if d.fund_exp else D('0.00')
    d.ef_gp = d.gp_inc + d.bf_gp - d.gp_exp
    d.ef_fund = d.fund_inc + d.bf_fund - d.fund_exp
    assert d.ef_gp >= 0 and d.ef_fund >= 0
    non_inc = d.tot['inc_sj'] + d.tot['inc_shiye'] + d.tot['inc_qita']
    non_exp = d.tot['non_basic'] + d.tot['non_proj']
    d.b_non = q(max(D(0), non_exp - non_inc) + D(str(round(rnd.uniform(1, 10), 2))) * mult)
    d.begin = d.bf_gp + d.bf_fund + d.b_non
    d.end = d.tot['inc'] + d.begin - d.tot['exp']
    d.e_non = d.end - d.ef_gp - d.ef_fund
    assert d.e_non >= 0
    d.total = d.tot['inc'] + d.begin
    assert d.total == d.tot['exp'] + d.end
    # san gong (final from general budget basic; purchase from project)
    sg = sangong_budget or {}
    jd = q(D(str(round(rnd.uniform(1.5, 6), 2))) * mult)
    yx = q(D(str(round(rnd.uniform(3, 12), 2))) * mult)
    cg = sg.get('cg', D('0.00')) * mult
    cg = q(cg)
    cg_b = cg + (q(D('2') * mult) if cg else D('0.00'))
    cg_f = cg
    cg_b2 = cg_b
    cgj = cg
    d.sg = dict(
        b_cg_zhi=q(D('0.00')), b_cg=cg_b2, b_yx=q(yx * D('1.12')), b_jd=q(jd * D('1.2')), b_cg_f=D('0.00'),
        f_cg=cgj, f_yx=yx, f_jd=jd, f_cg_f=D('0.00'))
    s = d.sg
    s['b_cgyx'] = s['b_cg'] + s['b_yx']
    s['f_cgyx'] = s['f_cg'] + s['f_yx']
    s['b_total'] = s['b_cg_f'] + s['b_cgyx'] + s['b_jd']
    s['f_total'] = s['f_cg_f'] + s['f_cgyx'] + s['f_jd']
    # previous year (for 增减 tables)
    s['p_cg_f'] = D('0.00')
    s['p_cg'] = q(D('18.5') * mult) if cg else D('0.00')
    s['p_yx'] = q(yx * D(str(round(rnd.uniform(0.9, 1.2), 3))))
    s['p_jd'] = q(jd * D(str(round(rnd.uniform(0.85, 1.3), 3))))
    s['p_cgyx'] = s['p_cg'] + s['p_yx']
    s['p_total'] = s['p_cg_f'] + s['p_cgyx'] + s['p_jd']
    # economic classification of general-budget basic expenditure
    TB = d.gp_basic
    pers_total = q(TB * D(str(round(rnd.uniform(0.78, 0.86), 3))))
    pub_total = TB - pers_total
    econ = {}
    # tie social-insurance items to functional items
    fixed = {'30108': sum((it['fin_basic'] for it in items if it['code'] == '2080505'), D('0.00')),
             '30109': sum((it['fin_basic'] for it in items if it['code'] == '2080506'), D('0.00')),
             '30110': sum((it['fin_basic'] for it in items if it['code'] in ('2101101', '2101102')), D('0.00')),
             '30113': sum((it['fin_basic'] for it in items if it['code'] == '2210201'), D('0.00'))}
    rest = pers_total - sum(fixed.values())
    assert rest > 0
    pers_codes = [c for _, _, l in PERSON for c, _ in l]
    free = [c for c in pers_codes if c not in fixed]
    w = [rnd.uniform(0.5, 5) if c not in ('30103', '30309', '30399') else (0 if rnd.random() < 0.5 else 0.2) for c in free]
    w[free.index('30101')] = 6
    w[free.index('30107')] = 5
    for c, v in zip(free, split(rest, w, rnd)):
        econ[c] = v
    econ.update(fixed)
    pub_codes = [c for _, _, l in PUBLIC for c, _ in l]
    fixedp = {'30212': s['f_cg_f'], '30217': s['f_jd'], '30231': s['f_yx'], '30701': D('0.00'), '39999': D('0.00')}
    restp = pub_total - sum(fixedp.values())
    assert restp > 0, (key, pub_total)
    freep = [c for c in pub_codes if c not in fixedp]
    wp = [rnd.uniform(0.3, 3) for _ in freep]
    wp[freep.index('30201')] = 4
    for c, v in zip(freep, split(restp, wp, rnd)):
        econ[c] = v
    econ.update(fixedp)
    d.econ = econ
    d.econ_class = {}
    for cls, nm, lst in PERSON + PUBLIC:
        d.econ_class[cls] = sum((econ[c] for c, _ in lst), D('0.00'))
    d.pers_total, d.pub_total = pers_total, pub_total
    assert sum(econ.values()) == TB
    return d


def all_depts():
    return [
        make_dept('W1', '某某县教育局', '万元',
                  ['2050101', '2050199', '2050201', '2050202', '2050203', '2050204', '2050999', '2080505', '2080506',
                   '2101101', '2101102', '2210201'], 11),
        make_dept('W2', '某某县卫生健康委员会', '元',
                  ['2100101', '2100199', '2100302', '2100408', '2100409', '2100717', '2080505', '2080506', '2101101',
                   '2101102', '2210201'], 22, sangong_budget={'cg': D('21.8')}),
        make_dept('W3', '某某县农业农村局', '万元',
                  ['2130101', '2130104', '2130108', '2130122', '2130135', '2130504', '2130705', '2120804', '2080505',
                   '2080506', '2101101', '2210201'], 33, fund_codes=('2120804',)),
        make_dept('W4', '某某县交通运输局', '元',
                  ['2140101', '2140104', '2140106', '2140112', '2080505', '2080506', '2101101', '2101102', '2210201'],
                  44, sangong_budget={'cg': D('24.6')}),
        make_dept('W5', '某某县民政局', '万元',
                  ['2080201', '2080208', '2081002', '2081004', '2081902', '2082001', '2082102', '2080505', '2080506',
                   '2101101', '2210201'], 55),
        make_dept('W6', '某某县市场监督管理局', '元',
                  ['2013801', '2013804', '2013805', '2013812', '2013816', '2080505', '2080506', '2101101', '2210201'],
                  66),
    ]


if __name__ == '__main__':
    for d in all_depts():
        print(d.key, d.name, d.unit, d.tot['inc'], d.tot['exp'], d.begin, d.end, d.total, d.gp_basic, d.sg['f_total'])
