# -*- coding: utf-8 -*-
"""Fictional county department data with exact Decimal arithmetic.
Every total is derived from leaves; check() asserts all relations."""
import random
from decimal import Decimal as D, ROUND_HALF_UP

C2 = D('0.01')
ZERO = D('0.00')


def q2(x):
    return D(x).quantize(C2, ROUND_HALF_UP)


def pct(a, b, places='0.01'):
    if b == 0:
        return ZERO
    return (D(a) * 100 / D(b)).quantize(D(places), ROUND_HALF_UP)


CLASS_NAMES = [
    ('201', '一般公共服务支出'), ('202', '外交支出'), ('203', '国防支出'), ('204', '公共安全支出'),
    ('205', '教育支出'), ('206', '科学技术支出'), ('207', '文化旅游体育与传媒支出'),
    ('208', '社会保障和就业支出'), ('210', '卫生健康支出'), ('211', '节能环保支出'),
    ('212', '城乡社区支出'), ('213', '农林水支出'), ('214', '交通运输支出'),
    ('215', '资源勘探工业信息等支出'), ('216', '商业服务业等支出'), ('217', '金融支出'),
    ('219', '援助其他地区支出'), ('220', '自然资源海洋气象等支出'), ('221', '住房保障支出'),
    ('222', '粮油物资储备支出'), ('223', '国有资本经营预算支出'), ('224', '灾害防治及应急管理支出'),
    ('229', '其他支出'), ('231', '债务还本支出'), ('232', '债务付息支出'),
]
CN_NUM = '一二三四五六七八九十'


def cn(i):
    # 1-based chinese numeral up to 29
    if i <= 10:
        return CN_NUM[i - 1]
    if i < 20:
        return '十' + CN_NUM[i - 11]
    if i == 20:
        return '二十'
    return '二十' + CN_NUM[i - 21]


# function trees: list of (code, name, kind) ; kind on leaves: b basic, p project, bp both
TREES = {
    'edu': [
        ('205', '教育支出'), ('20501', '教育管理事务'), ('2050101', '行政运行', 'b'),
        ('2050199', '其他教育管理事务支出', 'p'),
        ('20502', '普通教育'), ('2050201', '学前教育', 'bp'), ('2050202', '小学教育', 'bp'),
        ('2050203', '初中教育', 'bp'), ('2050204', '高中教育', 'bp'),
        ('20507', '特殊教育'), ('2050701', '特殊学校教育', 'bp'),
        ('20509', '教育费附加安排的支出'), ('2050901', '农村中小学校舍建设', 'p'),
        ('2050999', '其他教育费附加安排的支出', 'p'),
        ('208', '社会保障和就业支出'), ('20805', '行政事业单位养老支出'),
        ('2080501', '行政单位离退休', 'b'), ('2080502', '事业单位离退休', 'b'),
        ('2080505', '机关事业单位基本养老保险缴费支出', 'b'),
        ('2080506', '机关事业单位职业年金缴费支出', 'b'),
        ('210', '卫生健康支出'), ('21011', '行政事业单位医疗'), ('2101101', '行政单位医疗', 'b'),
        ('2101102', '事业单位医疗', 'b'), ('2101103', '公务员医疗补助', 'b'),
        ('221', '住房保障支出'), ('22102', '住房改革支出'), ('2210201', '住房公积金', 'b'),
    ],
    'health': [
        ('208', '社会保障和就业支出'), ('20805', '行政事业单位养老支出'),
        ('2080501', '行政单位离退休', 'b'), ('2080502', '事业单位离退休', 'b'),
        ('2080505', '机关事业单位基本养老保险缴费支出', 'b'),
        ('2080506', '机关事业单位职业年金缴费支出', 'b'),
        ('20808', '抚恤'), ('2080801', '死亡抚恤', 'b'),
        ('20899', '其他社会保障和就业支出'), ('2089999', '其他社会保障和就业支出', 'p'),
        ('210', '卫生健康支出'), ('21001', '卫生健康管理事务'), ('2100101', '行政运行', 'b'),
        ('2100102', '一般行政管理事务', 'p'), ('2100199', '其他卫生健康管理事务支出', 'p'),
        ('21002', '公立医院'), ('2100201', '综合医院', 'p'), ('2100202', '中医（民族）医院', 'p'),
        ('2100206', '妇幼保健医院', 'p'),
        ('21003', '基层医疗卫生机构'), ('2100301', '城市社区卫生机构', 'bp'),
        ('2100302', '乡镇卫生院', 'bp'), ('2100399', '其他基层医疗卫生机构支出', 'p'),
        ('21004', '公共卫生'), ('2100401', '疾病预防控制机构', 'bp'), ('2100402', '卫生监督机构', 'bp'),
        ('2100403', '妇幼保健机构', 'bp'), ('2100408', '基本公共卫生服务', 'p'),
        ('2100409', '重大公共卫生服务', 'p'), ('2100410', '突发公共卫生事件应急处理', 'p'),
        ('2100499', '其他公共卫生支出', 'p'),
        ('21007', '计划生育事务'), ('2100716', '计划生育机构', 'b'), ('2100717', '计划生育服务', 'p'),
        ('2100799', '其他计划生育事务支出', 'p'),
        ('21011', '行政事业单位医疗'), ('2101101', '行政单位医疗', 'b'), ('2101102', '事业单位医疗', 'b'),
        ('2101103', '公务员医疗补助', 'b'),
        ('21014', '优抚对象医疗'), ('2101401', '优抚对象医疗补助', 'p'),
        ('21016', '老龄卫生健康事务'), ('2101601', '老龄卫生健康事务', 'p'),
        ('21017', '中医药事务'), ('2101704', '中医（民族医）药专项', 'p'),
        ('21099', '其他卫生健康支出'), ('2109999', '其他卫生健康支出', 'p'),
        ('221', '住房保障支出'), ('22102', '住房改革支出'), ('2210201', '住房公积金', 'b'),
        ('2210203', '购房补贴', 'b'),
        ('229', '其他支出'), ('22999', '其他支出'), ('2299999', '其他支出', 'p'),
    ],
    'transport': [
        ('208', '社会保障和就业支出'), ('20805', '行政事业单位养老支出'),
        ('2080505', '机关事业单位基本养老保险缴费支出', 'b'),
        ('2080506', '机关事业单位职业年金缴费支出', 'b'),
        ('210', '卫生健康支出'), ('21011', '行政事业单位医疗'), ('2101101', '行政单位医疗', 'b'),
        ('214', '交通运输支出'), ('21401', '公路水路运输'), ('2140101', '行政运行', 'b'),
        ('2140104', '公路建设', 'p'), ('2140106', '公路养护', 'bp'), ('2140112', '公路运输管理', 'bp'),
        ('2140199', '其他公路水路运输支出', 'p'),
        ('21404', '成品油价格改革对交通运输的补贴'), ('2140402', '对农村道路客运的补贴', 'p'),
        ('221', '住房保障支出'), ('22102', '住房改革支出'), ('2210201', '住房公积金', 'b'),
    ],
    'agri': [
        ('208', '社会保障和就业支出'), ('20805', '行政事业单位养老支出'),
        ('2080505', '机关事业单位基本养老保险缴费支出', 'b'),
        ('2080506', '机关事业单位职业年金缴费支出', 'b'),
        ('210', '卫生健康支出'), ('21011', '行政事业单位医疗'), ('2101101', '行政单位医疗', 'b'),
        ('2101102', '事业单位医疗', 'b'),
        ('213', '农林水支出'), ('21301', '农业农村'), ('2130101', '行政运行', 'b'),
        ('2130104', '事业运行', 'b'), ('2130108', '病虫害控制', 'p'), ('2130122', '农业生产发展', 'p'),
        ('2130135', '农业资源保护修复与利用', 'p'), ('2130199', '其他农业农村支出', 'p'),
        ('21305', '巩固脱贫攻坚成果衔接乡村振兴'), ('2130504', '农村基础设施建设', 'p'),
        ('2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', 'p'),
        ('21307', '农村综合改革'), ('2130705', '对村民委员会和村党支部的补助', 'p'),
        ('221', '住房保障支出'), ('22102', '住房改革支出'), ('2210201', '住房公积金', 'b'),
    ],
    'civil': [
        ('208', '社会保障和就业支出'), ('20802', '民政管理事务'), ('2080201', '行政运行', 'b'),
        ('2080208', '基层政权建设和社区治理', 'p'), ('2080299', '其他民政管理事务支出', 'p'),
        ('20805', '行政事业单位养老支出'), ('2080505', '机关事业单位基本养老保险缴费支出', 'b'),
        ('2080506', '机关事业单位职业年金缴费支出', 'b'),
        ('20810', '社会福利'), ('2081001', '儿童福利', 'p'), ('2081002', '老年福利', 'p'),
        ('2081004', '殡葬', 'bp'),
        ('20811', '残疾人事业'), ('2081107', '残疾人生活和护理补贴', 'p'),
        ('20819', '最低生活保障'), ('2081901', '城市最低生活保障金支出', 'p'),
        ('2081902', '农村最低生活保障金支出', 'p'),
        ('20820', '临时救助'), ('2082001', '临时救助支出', 'p'),
        ('20821', '特困人员救助供养'), ('2082102', '农村特困人员救助供养支出', 'p'),
        ('210', '卫生健康支出'), ('21011', '行政事业单位医疗'), ('2101101', '行政单位医疗', 'b'),
        ('221', '住房保障支出'), ('22102', '住房改革支出'), ('2210201', '住房公积金', 'b'),
    ],
}

ECON = {
    '301': ('工资福利支出', [('30101', '基本工资'), ('30102', '津贴补贴'), ('30103', '奖金'),
                           ('30107', '绩效工资'), ('30108', '机关事业单位基本养老保险缴费'),
                           ('30109', '职业年金缴费'), ('30110', '职工基本医疗保险缴费'),
                           ('30111', '公务员医疗补助缴费'), ('30112', '其他社会保障缴费'),
                           ('30113', '住房公积金'), ('30199', '其他工资福利支出')]),
    '302': ('商品和服务支出', [('30201', '办公费'), ('30202', '印刷费'), ('30205', '水费'),
                            ('30206', '电费'), ('30207', '邮电费'), ('30211', '差旅费'),
                            ('30213', '维修（护）费'), ('30215', '会议费'), ('30216', '培训费'),
                            ('30217', '公务接待费'), ('30226', '劳务费'), ('30228', '工会经费'),
                            ('30229', '福利费'), ('30231', '公务用车运行维护费'),
                            ('30239', '其他交通费用'), ('30299', '其他商品和服务支出')]),
    '303': ('对个人和家庭的补助', [('30302', '退休费'), ('30305', '生活补助'), ('30307', '医疗费补助'),
                              ('30309', '奖励金')]),
    '310': ('资本性支出', [('31002', '办公设备购置'), ('31007', '信息网络及软件购置更新')]),
}
PERSONNEL = ['301', '303']
# function leaves whose basic spending is, in real reports, exactly one economic item
FUNC_ECON = {'2080505': ['30108'], '2080506': ['30109'], '2101101': ['30110'], '2101102': [],
             '2101103': ['30111'], '2210201': ['30113'], '2080501': ['30302'], '2080502': []}


def econ_value(econ, code):
    for cls in econ.values():
        for x in cls['items']:
            if x['code'] == code:
                return x['v']
    return ZERO


def assign_basic(leaves, econ, personnel, public, parts_fn):
    """bf per basic leaf: mapped leaves get their econ item (30110 split between 2101101/2101102),
    the rest is partitioned; returns dict code -> (pers, pub)"""
    codes = [r['code'] for r in leaves]
    out = {}
    used = ZERO
    for code, items in FUNC_ECON.items():
        if code not in codes:
            continue
        v = sum((econ_value(econ, i) for i in items), ZERO)
        out[code] = (v, ZERO)
    if '2101101' in out and '2101102' in out:
        v = out['2101101'][0]
        a = q2(v * D('0.4'))
        out['2101101'], out['2101102'] = (a, ZERO), (v - a, ZERO)
    if '2080501' in out and '2080502' in out:
        v = out['2080501'][0]
        a = q2(v * D('0.3'))
        out['2080501'], out['2080502'] = (a, ZERO), (v - a, ZERO)
    used = sum((p for p, _ in out.values()), ZERO)
    rest = [c for c in codes if c not in out]
    pp = parts_fn(personnel - used, len(rest))
    pu = parts_fn(public, len(rest))
    for c, a, b in zip(rest, pp, pu):
        out[c] = (a, b)
    return out
PUBLIC = ['302', '310']


def rnd(lo, hi, scale):
    """random Decimal with 2 decimals between lo and hi (times scale)"""
    v = D(random.randint(int(lo * 100), int(hi * 100))) / 100
    return q2(v * scale)


def partition(total, n):
    """split total into n positive 0.01 parts"""
    cents = int(total * 100)
    if n == 1:
        return [total]
    cuts = sorted(random.sample(range(1, cents), n - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [cents])]
    return [D(p) / 100 for p in parts]


class Dept:
    pass


def tree_rows(tree):
    """returns list of dict rows with code/name/level, leaves flagged"""
    rows = []
    for t in tree:
        code, name = t[0], t[1]
        lvl = {3: 1, 5: 2, 7: 3}[len(code)]
        rows.append({'code': code, 'name': name, 'level': lvl, 'kind': t[2] if len(t) > 2 else None})
    return rows


def roll_up(rows, keys):
    """fill parent rows as sums of their children for given keys"""
    for lvl in (2, 1):
        for r in rows:
            if r['level'] == lvl:
                kids = [c for c in rows if c['level'] == lvl + 1 and c['code'].startswith(r['code'])]
                for k in keys:
                    r[k] = sum((c[k] for c in kids), ZERO)
    tot = {k: sum((r[k] for r in rows if r['level'] == 1), ZERO) for k in keys}
    return tot


def make_final(key, seed, scale, year=2023, name='', county='', wan=True):
    """决算 data. scale=1 -> 万元 magnitudes; values in 元 when scale=10000 (with random cents)."""
    random.seed(seed)
    d = Dept()
    d.key, d.year, d.name, d.county, d.scale = key, year, name, county, scale
    d.unit = '万元' if scale == 1 else '元'

    def money(lo, hi):
        v = rnd(lo, hi, scale)
        if scale != 1:
            v = q2(v + D(random.randint(0, 9999)) / 100)
        return v
    # economic leaves (fiscal basic spending)
    econ = {}
    for cls, (cname, items) in ECON.items():
        lst = []
        for code, nm in items:
            if cls == '301':
                v = money(20, 400)
            elif cls == '303':
                v = money(2, 60)
            elif cls == '302':
                v = money(0.5, 30)
                if code in ('30217',):
                    v = money(0.8, 4)
                if code == '30231':
                    v = money(2, 9)
            else:
                v = money(1, 15)
            if random.random() < 0.12 and code not in ('30101', '30217', '30231', '30201', '30108', '30109', '30110', '30111', '30113', '30302'):
                v = ZERO
            lst.append({'code': code, 'name': nm, 'v': v})
        econ[cls] = {'name': cname, 'items': lst, 'v': sum((x['v'] for x in lst), ZERO)}
    d.econ = econ
    d.personnel = econ['301']['v'] + econ['303']['v']
    d.public = econ['302']['v'] + econ['310']['v']
    d.basic_fiscal = d.personnel + d.public
    rows = tree_rows(TREES[key])
    leaves = [r for r in rows if r['level'] == 3]
    bleaves = [r for r in leaves if 'b' in r['kind']]
    alloc = assign_basic(bleaves, econ, d.personnel, d.public, partition)
    for r in leaves:
        r.update(bf=ZERO, bo=ZERO, pf=ZERO, po=ZERO)
    for r in bleaves:
        r['bf'] = alloc[r['code']][0] + alloc[r['code']][1]
        if random.random() < 0.3 and r['code'] not in FUNC_ECON:
            r['bo'] = money(1, 40)
    for r in leaves:
        if 'p' in r['kind']:
            r['pf'] = money(5, 600)
            if random.random() < 0.35:
                r['po'] = money(1, 120)
    for r in leaves:
        r['basic'] = r['bf'] + r['bo']
        r['proj'] = r['pf'] + r['po']
        r['total'] = r['basic'] + r['proj']
        r['ftotal'] = r['bf'] + r['pf']
        r['up'] = ZERO  # 上缴上级支出
        r['biz'] = ZERO  # 经营支出
        r['sub'] = ZERO  # 对附属单位补助支出
        # income by function
        delta = q2(r['ftotal'] * D(random.randint(-8, 12)) / 100)
        r['in_fiscal'] = r['ftotal'] + delta
        other = r['bo'] + r['po']
        r['in_up'] = ZERO
        r['in_biz'] = ZERO
        r['in_attach'] = ZERO
        if other > 0:
            r['in_career'] = q2(other * D(random.randint(50, 110)) / 100)
            r['in_other'] = money(0, 8)
        else:
            r['in_career'] = ZERO
            r['in_other'] = ZERO
        r['in_total'] = r['in_fiscal'] + r['in_up'] + r['in_career'] + r['in_biz'] + r['in_attach'] + r['in_other']
    keys = ['bf', 'bo', 'pf', 'po', 'basic', 'proj', 'total', 'ftotal', 'up', 'biz', 'sub',
            'in_fiscal', 'in_up', 'in_career', 'in_biz', 'in_attach', 'in_other', 'in_total']
    d.rows = rows
    d.tot = roll_up(rows, keys)
    t = d.tot
    # 01 total table
    d.in_items = [('一、一般公共预算财政拨款收入', t['in_fiscal']), ('二、政府性基金预算财政拨款收入', ZERO),
                  ('三、国有资本经营预算财政拨款收入', ZERO), ('四、上级补助收入', t['in_up']),
                  ('五、事业收入', t['in_career']), ('六、经营收入', t['in_biz']),
                  ('七、附属单位上缴收入', t['in_attach']), ('八、其他收入', t['in_other'])]
    d.income = t['in_total']
    d.spend = t['total']
    d.class_spend = {r['code']: r['total'] for r in rows if r['level'] == 1}
    d.class_fiscal = {r['code']: r['ftotal'] for r in rows if r['level'] == 1}
    d.use_nf = money(0, 20) if random.random() < 0.5 else ZERO
    d.f_begin = money(30, 200)
    d.f_end = d.f_begin + t['in_fiscal'] - t['ftotal']
    assert d.f_end >= 0, 'f_end negative'
    d.nf_begin = money(20, 150)
    d.begin = d.f_begin + d.nf_begin
    d.distr = ZERO
    d.end = d.begin + d.income + d.use_nf - d.spend - d.distr
    if d.end < d.f_end:
        extra = d.f_end - d.end + money(5, 30)
        d.nf_begin += extra
        d.begin += extra
        d.end += extra
    d.grand_in = d.income + d.use_nf + d.begin
    d.grand_out = d.spend + d.distr + d.end
    assert d.grand_in == d.grand_out
    d.f_grand_in = t['in_fiscal'] + d.f_begin
    d.f_grand_out = t['ftotal'] + d.f_end
    assert d.f_grand_in == d.f_grand_out
    # 三公 (决算 and 预算)
    d.sg_abroad = ZERO
    d.sg_car_buy = money(18, 30) if key == 'transport' else ZERO
    d.sg_car_run = [x['v'] for x in econ['302']['items'] if x['code'] == '30231'][0]
    d.sg_recv = [x['v'] for x in econ['302']['items'] if x['code'] == '30217'][0]
    d.sg_car = d.sg_car_buy + d.sg_car_run
    d.sg_total = d.sg_abroad + d.sg_car + d.sg_recv
    d.sgb_abroad = ZERO
    d.sgb_car_buy = d.sg_car_buy + (money(0, 2) if d.sg_car_buy else ZERO)
    d.sgb_car_run = d.sg_car_run + money(0.2, 2)
    d.sgb_recv = d.sg_recv + money(0.1, 1.5)
    d.sgb_car = d.sgb_car_buy + d.sgb_car_run
    d.sgb_total = d.sgb_abroad + d.sgb_car + d.sgb_recv
    # prior year
    d.prev_grand = q2(d.grand_in * D(random.randint(85, 98)) / 100)
    d.prev_income = q2(d.income * D(random.randint(85, 99)) / 100)
    d.prev_spend = q2(d.spend * D(random.randint(85, 99)) / 100)
    d.prev_sg_total = q2(d.sg_total * D(random.randint(105, 130)) / 100)
    d.prev_sg_recv = q2(d.sg_recv * D(random.randint(105, 140)) / 100)
    d.prev_sg_car = d.prev_sg_total - d.prev_sg_recv
    d.recv_batches = random.randint(20, 60)
    d.recv_people = d.recv_batches * random.randint(4, 9)
    d.check = lambda: check_final(d)
    check_final(d)
    return d


def kids(rows, r):
    return [c for c in rows if c['level'] == r['level'] + 1 and c['code'].startswith(r['code'])]


def check_final(d):
    rows = d.rows
    for r in rows:
        if r['level'] == 3:
            assert r['total'] == r['basic'] + r['proj'] + r['up'] + r['biz'] + r['sub']
            assert r['in_total'] == r['in_fiscal'] + r['in_up'] + r['in_career'] + r['in_biz'] + r['in_attach'] + r['in_other']
            assert r['ftotal'] == r['bf'] + r['pf']
        else:
            for k in ('total', 'basic', 'proj', 'in_total', 'in_fiscal', 'in_career', 'in_other', 'ftotal', 'bf', 'pf'):
                assert r[k] == sum(c[k] for c in kids(rows, r)), (r['code'], k)
    for cls in d.econ.values():
        assert cls['v'] == sum(x['v'] for x in cls['items'])
    assert d.basic_fiscal == d.tot['bf']
    assert d.income == sum(v for _, v in d.in_items)
    assert d.spend == sum(d.class_spend.values())
    assert d.grand_in == d.income + d.use_nf + d.begin == d.spend + d.distr + d.end
    assert d.sg_total == d.sg_abroad + d.sg_car_buy + d.sg_car_run + d.sg_recv
    assert d.sgb_total == d.sgb_abroad + d.sgb_car_buy + d.sgb_car_run + d.sgb_recv


def make_budget(key, seed, scale, year=2024, name='', county=''):
    random.seed(seed)
    d = Dept()
    d.key, d.year, d.name, d.county, d.scale = key, year, name, county, scale
    d.unit = '万元' if scale == 1 else '元'

    def money(lo, hi):
        v = rnd(lo, hi, scale)
        if scale != 1:
            v = q2(v + D(random.randint(0, 99)))  # whole yuan in budgets
        return v
    econ = {}
    for cls, (cname, items) in ECON.items():
        lst = []
        for code, nm in items:
            if cls == '301':
                v = money(15, 300)
            elif cls == '303':
                v = money(1, 40)
            elif cls == '302':
                v = money(0.5, 20)
                if code == '30217':
                    v = money(0.5, 3)
                if code == '30231':
                    v = money(1.5, 6)
            else:
                v = money(1, 10)
            if random.random() < 0.15 and code not in ('30101', '30217', '30231', '30201', '30108', '30109', '30110', '30111', '30113', '30302'):
                v = ZERO
            lst.append({'code': code, 'name': nm, 'v': v})
        econ[cls] = {'name': cname, 'items': lst, 'v': sum((x['v'] for x in lst), ZERO)}
    d.econ = econ
    d.personnel = econ['301']['v'] + econ['303']['v']
    d.public = econ['302']['v'] + econ['310']['v']
    d.basic_fiscal = d.personnel + d.public
    rows = tree_rows(TREES[key])
    leaves = [r for r in rows if r['level'] == 3]
    bleaves = [r for r in leaves if 'b' in r['kind']]
    # split each basic leaf into personnel / public parts so that sums match econ totals
    alloc = assign_basic(bleaves, econ, d.personnel, d.public, partition)
    for r in leaves:
        r.update(pers=ZERO, pub=ZERO, proj=ZERO, other=ZERO)
    for r in bleaves:
        r['pers'], r['pub'] = alloc[r['code']]
    for r in leaves:
        if 'p' in r['kind']:
            r['proj'] = money(5, 500)
        if random.random() < 0.25 and r['code'] not in FUNC_ECON:
            r['other'] = money(1, 60)
    for r in leaves:
        r['basic'] = r['pers'] + r['pub']
        r['fiscal'] = r['basic'] + r['proj']
        r['total'] = r['fiscal'] + r['other']
    keys = ['pers', 'pub', 'proj', 'other', 'basic', 'fiscal', 'total']
    d.rows = rows
    d.tot = roll_up(rows, keys)
    t = d.tot
    d.carry = q2(t['other'] * D(random.randint(20, 40)) / 100)
    d.in_career = q2((t['other'] - d.carry) * D(random.randint(60, 90)) / 100)
    d.in_other = t['other'] - d.carry - d.in_career
    d.in_items = [('一、一般公共预算拨款收入', t['fiscal']), ('二、政府性基金预算拨款收入', ZERO),
                  ('三、国有资本经营预算拨款收入', ZERO), ('四、财政专户管理资金收入', ZERO),
                  ('五、事业收入', d.in_career), ('六、上级补助收入', ZERO), ('七、附属单位上缴收入', ZERO),
                  ('八、事业单位经营收入', ZERO), ('九、其他收入', d.in_other)]
    d.income = sum(v for _, v in d.in_items)
    d.spend = t['total']
    d.end = ZERO
    d.grand = d.income + d.carry
    assert d.grand == d.spend + d.end
    d.class_spend = {r['code']: r['total'] for r in rows if r['level'] == 1}
    # 三公 budget current and previous year
    d.sg_abroad = ZERO
    d.sg_car_buy = ZERO
    d.sg_car_run = [x['v'] for x in econ['302']['items'] if x['code'] == '30231'][0]
    d.sg_recv = [x['v'] for x in econ['302']['items'] if x['code'] == '30217'][0]
    d.sg_car = d.sg_car_buy + d.sg_car_run
    d.sg_total = d.sg_abroad + d.sg_car + d.sg_recv
    d.psg_abroad = ZERO
    d.psg_car_buy = ZERO
    d.psg_car_run = q2(d.sg_car_run * D(random.randint(100, 125)) / 100)
    d.psg_recv = q2(d.sg_recv * D(random.randint(100, 130)) / 100)
    d.psg_car = d.psg_car_buy + d.psg_car_run
    d.psg_total = d.psg_abroad + d.psg_car + d.psg_recv
    for r in rows:
        if r['level'] == 3:
            assert r['total'] == r['fiscal'] + r['other']
            assert r['fiscal'] == r['pers'] + r['pub'] + r['proj']
        else:
            for k in keys:
                assert r[k] == sum(c[k] for c in kids(rows, r))
    assert t['basic'] == d.basic_fiscal
    return d


def fmt(v, thousands=True, blank='', zero_as=None):
    if v is None:
        return blank
    if v == 0 and zero_as is not None:
        return zero_as
    return f'{v:,.2f}' if thousands else f'{v:.2f}'
