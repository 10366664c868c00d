# Data model: Decimal leaves, every total derived.
from decimal import Decimal as D, ROUND_HALF_UP
import random

C2 = D('0.01')
def q(x):
    return D(x).quantize(C2, ROUND_HALF_UP)

def rate(cur, prev):
    """growth rate in percent, 2 decimals"""
    return q((cur - prev) / prev * 100)

def share(part, total):
    return q(part / total * 100)

LEI = [('201', '一般公共服务支出'), ('202', '外交支出'), ('203', '国防支出'), ('204', '公共安全支出'),
       ('205', '教育支出'), ('206', '科学技术支出'), ('207', '文化旅游体育与传媒支出'), ('208', '社会保障和就业支出'),
       ('210', '卫生健康支出'), ('211', '节能环保支出'), ('212', '城乡社区支出'), ('213', '农林水支出'),
       ('214', '交通运输支出'), ('215', '资源勘探工业信息等支出'), ('216', '商业服务业等支出'), ('217', '金融支出'),
       ('219', '援助其他地区支出'), ('220', '自然资源海洋气象等支出'), ('221', '住房保障支出'), ('222', '粮油物资储备支出'),
       ('224', '灾害防治及应急管理支出'), ('227', '预备费'), ('229', '其他支出'), ('232', '债务付息支出')]
LEI_NAME = dict(LEI)

KUAN = {
 '20501': '教育管理事务', '20502': '普通教育', '20503': '职业教育', '20509': '教育费附加安排的支出',
 '20802': '民政管理事务', '20805': '行政事业单位养老支出', '20808': '抚恤', '20810': '社会福利', '20811': '残疾人事业',
 '20819': '最低生活保障', '20820': '临时救助', '20821': '特困人员救助供养',
 '21001': '卫生健康管理事务', '21003': '基层医疗卫生机构', '21004': '公共卫生', '21007': '计划生育事务', '21011': '行政事业单位医疗',
 '21301': '农业农村', '21303': '水利', '21305': '巩固脱贫攻坚成果衔接乡村振兴', '21307': '农村综合改革', '21308': '普惠金融发展支出',
 '22102': '住房改革支出', '20406': '司法',
}
XIANG = {
 '2050101': '行政运行', '2050102': '一般行政管理事务', '2050199': '其他教育管理事务支出',
 '2050201': '学前教育', '2050202': '小学教育', '2050203': '初中教育', '2050204': '高中教育',
 '2050302': '中等职业教育', '2050999': '其他教育费附加安排的支出',
 '2080201': '行政运行', '2080202': '一般行政管理事务', '2080208': '基层政权建设和社区治理',
 '2080501': '行政单位离退休', '2080502': '事业单位离退休', '2080505': '机关事业单位基本养老保险缴费支出', '2080506': '机关事业单位职业年金缴费支出',
 '2080801': '死亡抚恤', '2080802': '伤残抚恤', '2081001': '儿童福利', '2081002': '老年福利', '2081004': '殡葬',
 '2081107': '残疾人生活和护理补贴', '2081901': '城市最低生活保障金支出', '2081902': '农村最低生活保障金支出',
 '2082001': '临时救助支出', '2082102': '农村特困人员救助供养支出',
 '2100101': '行政运行', '2100102': '一般行政管理事务', '2100199': '其他卫生健康管理事务支出',
 '2100302': '乡镇卫生院', '2100401': '疾病预防控制机构', '2100403': '妇幼保健机构', '2100408': '基本公共卫生服务',
 '2100409': '重大公共卫生服务', '2100410': '突发公共卫生事件应急处理', '2100717': '计划生育服务',
 '2101101': '行政单位医疗', '2101102': '事业单位医疗', '2101103': '公务员医疗补助',
 '2130101': '行政运行', '2130102': '一般行政管理事务', '2130103': '机关服务', '2130104': '事业运行',
 '2130106': '科技转化与推广服务', '2130108': '病虫害控制', '2130109': '农产品质量安全', '2130110': '执法监管',
 '2130111': '统计监测与信息服务', '2130112': '行业业务管理', '2130114': '对外交流与合作', '2130119': '防灾救灾',
 '2130120': '稳定农民收入补贴', '2130121': '农业结构调整补贴', '2130122': '农业生产发展', '2130124': '农村合作经济',
 '2130125': '农产品加工与促销', '2130126': '农村社会事业', '2130135': '农业生态资源保护', '2130142': '农村道路建设',
 '2130148': '渔业发展', '2130152': '对高校毕业生到基层任职补助', '2130153': '耕地建设与利用', '2130199': '其他农业农村支出',
 '2130301': '行政运行', '2130302': '一般行政管理事务', '2130304': '水利行业业务管理', '2130305': '水利工程建设',
 '2130306': '水利工程运行与维护', '2130310': '水土保持', '2130314': '防汛', '2130316': '农村水利', '2130335': '农村供水',
 '2130504': '农村基础设施建设', '2130505': '生产发展', '2130599': '其他巩固脱贫攻坚成果衔接乡村振兴支出',
 '2130701': '对村级公益事业建设的补助', '2130705': '对村民委员会和村党支部的补助', '2130803': '农业保险保费补贴',
 '2210201': '住房公积金', '2210203': '购房补贴',
 '2040601': '行政运行', '2040602': '一般行政管理事务', '2040604': '基层司法业务', '2040605': '普法宣传',
 '2040607': '公共法律服务', '2040610': '社区矫正', '2040699': '其他司法支出',
}
def cname(code):
    return LEI_NAME.get(code) or KUAN.get(code) or XIANG[code]

# leaf kinds: 'run' (person+public), 'person' (person only), 'proj' (project), 'mix' (person+public+project)
def leaf_kind(code):
    n = XIANG[code]
    if n in ('行政运行', '事业运行', '机关服务'):
        return 'run'
    if code[:5] in ('20805', '21011', '22102'):
        return 'person'
    if n in ('一般行政管理事务',) or code in ('2050201', '2050202', '2050203', '2050204', '2050302', '2100302', '2100401', '2100403'):
        return 'mix'
    return 'proj'

PERSON_ECON = [('301', '工资福利支出', [('30101', '基本工资', 28), ('30102', '津贴补贴', 20), ('30103', '奖金', 8),
                ('30107', '绩效工资', 10), ('30108', '机关事业单位基本养老保险缴费', 10), ('30109', '职业年金缴费', 4),
                ('30110', '职工基本医疗保险缴费', 5), ('30112', '其他社会保障缴费', 1), ('30113', '住房公积金', 7),
                ('30199', '其他工资福利支出', 2)]),
               ('303', '对个人和家庭的补助', [('30302', '退休费', 3), ('30305', '生活补助', 1), ('30309', '奖励金', 1)])]
PUBLIC_ECON = [('302', '商品和服务支出', [('30201', '办公费', 15), ('30202', '印刷费', 3), ('30205', '水费', 2), ('30206', '电费', 6),
                ('30207', '邮电费', 4), ('30211', '差旅费', 6), ('30213', '维修（护）费', 5), ('30214', '租赁费', 2),
                ('30215', '会议费', 2), ('30216', '培训费', 3), ('30217', '公务接待费', 2), ('30226', '劳务费', 8),
                ('30227', '委托业务费', 5), ('30228', '工会经费', 6), ('30229', '福利费', 4), ('30231', '公务用车运行维护费', 5),
                ('30239', '其他交通费用', 8), ('30299', '其他商品和服务支出', 7)]),
               ('310', '资本性支出', [('31002', '办公设备购置', 7)])]

def distribute(total, weights, rnd):
    """split total (Decimal) into len(weights) positive 2-dp parts summing exactly to total"""
    ws = [w * D(str(rnd.uniform(0.7, 1.3))) for w in weights]
    s = sum(ws)
    parts = [q(total * w / s) for w in ws]
    big = max(range(len(parts)), key=lambda i: parts[i])
    parts[big] += total - sum(parts)
    assert all(p > 0 for p in parts), parts
    return parts

def econ_breakdown(total, groups, rnd):
    """returns list of (code,name,value, children[(code,name,value)])"""
    items = [it for g in groups for it in g[2]]
    vals = distribute(total, [it[2] for it in items], rnd)
    out, k = [], 0
    for code, name, its in groups:
        ch = []
        for c, n, _ in its:
            ch.append((c, n, vals[k])); k += 1
        out.append((code, name, sum(v for _, _, v in ch), ch))
    return out

def money(rnd, lo, hi):
    return q(D(str(rnd.uniform(lo, hi))))

class Unit:
    """one budget unit's final accounts (决算) or budget (预算) data"""
    def __init__(self, name, leaves, seed, scale=1.0, budget=False):
        rnd = random.Random(seed)
        self.budget = budget
        self.name = name
        self.rnd = rnd
        self.L = {}
        for code in leaves:
            k = leaf_kind(code)
            s = scale
            d = dict(fb_p=D(0), fb_g=D(0), fp=D(0), nb=D(0), np=D(0))
            if k == 'run':
                d['fb_p'] = money(rnd, 150 * s, 900 * s); d['fb_g'] = money(rnd, 20 * s, 120 * s)
            elif k == 'person':
                d['fb_p'] = money(rnd, 15 * s, 160 * s)
            elif k == 'mix':
                d['fb_p'] = money(rnd, 80 * s, 600 * s); d['fb_g'] = money(rnd, 10 * s, 80 * s); d['fp'] = money(rnd, 20 * s, 300 * s)
            else:
                d['fp'] = money(rnd, 5 * s, 260 * s)
            if k in ('mix', 'run') and rnd.random() < 0.5:
                d['nb'] = money(rnd, 5 * s, 60 * s)
            if k in ('mix', 'proj') and rnd.random() < 0.3:
                d['np'] = money(rnd, 3 * s, 50 * s)
            fexp = d['fb_p'] + d['fb_g'] + d['fp']
            nexp = d['nb'] + d['np']
            adj = money(rnd, 0, 30 * s) if (rnd.random() < 0.3 and not budget) else D(0)
            d['fin_in'] = fexp + adj
            d['sy_in'] = q(nexp * D('0.7')) if nexp else D(0)
            d['qt_in'] = nexp - d['sy_in']
            # prior-year and budget figures per leaf (for narrative / 预算 tables)
            d['prev_fexp'] = q(fexp * D(str(rnd.uniform(0.8, 1.15)))) if fexp else D(0)
            d['budget'] = q(fexp * D(str(rnd.uniform(0.85, 1.12)))) if fexp else D(0)
            self.L[code] = d
        self.derive()

    @staticmethod
    def merge(name, units, seed):
        u = Unit.__new__(Unit)
        u.name = name
        u.rnd = random.Random(seed)
        u.L = {}
        for x in units:
            for code, d in x.L.items():
                if code not in u.L:
                    u.L[code] = {k: D(0) for k in d}
                for k, v in d.items():
                    u.L[code][k] += v
        u.subs = units
        u.derive(merged=units)
        return u

    def derive(self, merged=None):
        rnd = self.rnd
        L = self.L
        self.codes = sorted(L)
        f = lambda code, key: sum(L[c][key] for c in L if c.startswith(code))
        self.f = f
        def val(code, key):
            if key == 'fb': return f(code, 'fb_p') + f(code, 'fb_g')
            if key == 'bp': return f(code, 'fb_p') + f(code, 'nb')
            if key == 'fexp': return val(code, 'fb') + f(code, 'fp')
            if key == 'basic': return val(code, 'fb') + f(code, 'nb')
            if key == 'proj': return f(code, 'fp') + f(code, 'np')
            if key == 'exp': return val(code, 'basic') + val(code, 'proj')
            if key == 'inc': return f(code, 'fin_in') + f(code, 'sy_in') + f(code, 'qt_in')
            return f(code, key)
        self.val = val
        # hierarchy rows in order: 类, 款, 项
        rows = []
        for lei in sorted({c[:3] for c in L}):
            rows.append(lei)
            for kuan in sorted({c[:5] for c in L if c.startswith(lei)}):
                rows.append(kuan)
                rows.extend(sorted(c for c in L if c.startswith(kuan)))
        self.hier = rows
        self.leis = sorted({c[:3] for c in L})
        T = {}
        T['inc'] = val('', 'inc'); T['fin_in'] = val('', 'fin_in'); T['sy_in'] = val('', 'sy_in'); T['qt_in'] = val('', 'qt_in')
        T['exp'] = val('', 'exp'); T['basic'] = val('', 'basic'); T['proj'] = val('', 'proj')
        T['fexp'] = val('', 'fexp'); T['fb'] = val('', 'fb'); T['fb_p'] = val('', 'fb_p'); T['fb_g'] = val('', 'fb_g'); T['fp'] = val('', 'fp')
        if merged:
            for k in ('f_open', 'n_open', 'use_nf', 'prev_total', 'prev_ftotal', 'prev_fexp_total', 'budget_total'):
                T[k] = sum(x.T[k] for x in merged)
            for k in ('sg_budget', 'sg_actual', 'sg_prev'):
                T[k] = {kk: sum(x.T[k][kk] for x in merged) for kk in merged[0].T[k]}
            self.person = econ_merge([x.person for x in merged])
            self.public = econ_merge([x.public for x in merged])
            T['gp'] = {kk: sum(x.T['gp'][kk] for x in merged) for kk in merged[0].T['gp']}
            T['gp_prev_pub'] = sum(x.T['gp_prev_pub'] for x in merged)
            T['cars'] = sum(x.T['cars'] for x in merged)
        else:
            T['f_open'] = D(0) if self.budget else money(rnd, 0, float(T['fexp']) * 0.05)
            T['n_open'] = D(0) if self.budget else money(rnd, 0, float(T['exp'] - T['fexp'] + 1) * 0.2)
            T['use_nf'] = D(0)
            T['prev_total'] = q((T['inc'] + T['f_open'] + T['n_open']) * D(str(rnd.uniform(0.85, 1.15))))
            T['prev_ftotal'] = q((T['fin_in'] + T['f_open']) * D(str(rnd.uniform(0.85, 1.15))))
            T['prev_fexp_total'] = sum(L[c]['prev_fexp'] for c in L)
            T['budget_total'] = sum(L[c]['budget'] for c in L)
            self.person = econ_breakdown(T['fb_p'], PERSON_ECON, rnd)
            self.public = econ_breakdown(T['fb_g'], PUBLIC_ECON, rnd)
            ev = {c: v for g in self.public for (c, n, v) in g[3]}
            car_run = ev['30231'] + money(rnd, 0, 3)
            recep = ev['30217'] + money(rnd, 0, 2)
            buy = money(rnd, 15, 25) if rnd.random() < 0.3 else D(0)
            act = dict(abroad=D(0), buy=buy, run=car_run, recep=recep)
            bud = dict(abroad=D(0), buy=buy, run=q(car_run * D('1.1')), recep=q(recep * D('1.2')))
            prev = dict(abroad=D(0), buy=D(0), run=q(car_run * D(str(rnd.uniform(0.9, 1.2)))), recep=q(recep * D(str(rnd.uniform(0.8, 1.3)))))
            T['sg_actual'], T['sg_budget'], T['sg_prev'] = act, bud, prev
            tot = money(rnd, 30, 200)
            a, b, c = distribute(tot, [6, 2, 3], rnd)
            T['gp'] = dict(total=tot, goods=a, works=b, service=c, sme=q(tot * D(str(rnd.uniform(0.6, 0.95)))))
            T['gp_prev_pub'] = q(T['fb_g'] * D(str(rnd.uniform(0.85, 1.1))))
            T['cars'] = rnd.randint(1, 4)
        for k in ('sg_actual', 'sg_budget', 'sg_prev'):
            d = T[k]
            d['car'] = d['buy'] + d['run']
            d['total'] = d['abroad'] + d['car'] + d['recep']
        T['open'] = T['f_open'] + T['n_open']
        T['total_in'] = T['inc'] + T['use_nf'] + T['open']
        T['alloc'] = D(0)
        T['close'] = T['total_in'] - T['exp'] - T['alloc']
        T['ftotal_in'] = T['fin_in'] + T['f_open']
        T['f_close'] = T['ftotal_in'] - T['fexp']
        assert T['close'] >= 0 and T['f_close'] >= 0, (self.name, T['close'], T['f_close'])
        self.T = T

def econ_merge(lists):
    out = []
    for gi, g in enumerate(lists[0]):
        ch = []
        for ci, (c, n, _) in enumerate(g[3]):
            ch.append((c, n, sum(l[gi][3][ci][2] for l in lists)))
        out.append((g[0], g[1], sum(v for _, _, v in ch), ch))
    return out
