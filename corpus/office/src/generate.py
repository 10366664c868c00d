"""Writes the HTML sources of the office corpus (deterministic: fixed random seed). Run by make.sh."""
import os
import random

random.seed(7)
os.chdir(os.path.dirname(os.path.abspath(__file__)))
style = "<style>body{font-family:'Noto Serif CJK SC';font-size:12pt} table{border-collapse:collapse} td,th{border:1px solid #000;padding:2px 4px} td.n{text-align:right}</style>"
classes = [("201", "一般公共服务支出", [("20101", "人大事务", [("2010101", "行政运行"), ("2010102", "一般行政管理事务")]),
                                    ("20103", "政府办公厅（室）及相关机构事务", [("2010301", "行政运行"), ("2010302", "一般行政管理事务"), ("2010350", "事业运行")])]),
           ("208", "社会保障和就业支出", [("20805", "行政事业单位养老支出", [("2080501", "行政单位离退休"), ("2080505", "机关事业单位基本养老保险缴费支出"), ("2080506", "机关事业单位职业年金缴费支出")])]),
           ("210", "卫生健康支出", [("21011", "行政事业单位医疗", [("2101101", "行政单位医疗"), ("2101103", "公务员医疗补助")])]),
           ("221", "住房保障支出", [("22102", "住房改革支出", [("2210201", "住房公积金")])])]


def money():
    return random.randint(1000, 90000) / 100


body = []
total = [0, 0, 0]
for code, name, kuan in classes:
    crow = [0, 0, 0]
    kl = []
    for kc, kn, items in kuan:
        krow = [0, 0, 0]
        il = []
        for ic, iname in items:
            b = money()
            p = money() if random.random() < 0.5 else 0
            il.append((ic, iname, [round(b + p, 2), b, p]))
            krow = [round(krow[0] + b + p, 2), round(krow[1] + b, 2), round(krow[2] + p, 2)]
        kl.append((kc, kn, krow, il))
        crow = [round(crow[i] + krow[i], 2) for i in range(3)]
    body.append((code, name, crow, kl))
    total = [round(total[i] + crow[i], 2) for i in range(3)]


def f(x):
    return "-" if x == 0 else f"{x:,.2f}"


trs = []
for code, name, crow, kl in body:
    trs.append((code, name, crow))
    for kc, kn, krow, il in kl:
        trs.append((kc, kn, krow))
        for ic, iname, v in il:
            trs.append((ic, iname, v))
# Planted: the 合计 row of table 2 is 100.00 too high in 合计 and 基本支出.
planted_total = [total[0] + 100, total[1] + 100, total[2]]
html = [f"<html><head><meta charset='utf-8'>{style}</head><body>"]
html.append("<p>2023年度某某局部门决算说明</p>")
html.append("<p>一、收入支出决算总体情况说明</p>")
# Planted: 收入支出总计0.3万元 contradicts the 总表.
html.append(f"<p>2023年度收入、支出决算总计{total[0]:,.2f}万元。与上年相比有所增加，主要原因是人员变动。2023年度收入支出总计0.3万元，其中基本支出{total[1]:,.2f}万元。</p>")
html.append("<p>表1 收入支出决算总表</p><p>单位：万元</p>")
html.append("<table border=1 cellspacing=0 cellpadding=3><tr><th colspan=2>收入</th><th colspan=2>支出</th></tr><tr><th>项目</th><th>决算数</th><th>项目</th><th>决算数</th></tr>")
html.append(f"<tr><td>一、一般公共预算财政拨款收入</td><td class=n>{f(total[0])}</td><td>一、基本支出</td><td class=n>{f(total[1])}</td></tr>")
html.append(f"<tr><td>二、其他收入</td><td class=n>-</td><td>二、项目支出</td><td class=n>{f(total[2])}</td></tr>")
html.append(f"<tr><td>收入总计</td><td class=n>{f(total[0])}</td><td>支出总计</td><td class=n>{f(total[0])}</td></tr></table>")
html.append("<p>二、支出决算情况说明</p>")
html.append("<p>" + ("本部门严格执行预算，厉行节约，各项支出均按规定用途使用。" * 6) + f"一般公共服务支出{body[0][2][0]:,.2f}万元，主要用于机关运行。</p>")
html.append("<p>表2 一般公共预算财政拨款支出决算表</p><p>单位：万元</p>")
html.append("<table border=1 cellspacing=0 cellpadding=3><tr><th rowspan=2>科目编码</th><th rowspan=2>科目名称</th><th colspan=3>本年支出</th></tr><tr><th>合计</th><th>基本支出</th><th>项目支出</th></tr>")
html.append(f"<tr><td></td><td>合计</td><td class=n>{f(planted_total[0])}</td><td class=n>{f(planted_total[1])}</td><td class=n>{f(planted_total[2])}</td></tr>")
for code, name, v in trs:
    html.append(f"<tr><td>{code}</td><td>{name}</td><td class=n>{f(v[0])}</td><td class=n>{f(v[1])}</td><td class=n>{f(v[2])}</td></tr>")
html.append("</table>")
html.append("<p>三、其他说明</p>" + "".join(f"<p>（{i}）本年度第{i}项工作按计划推进，成效明显。</p>" for i in range(1, 25)))
html.append("</body></html>")
open("final_accounts.html", "w", encoding="utf-8").write("\n".join(html))

h = [f"<html><head><meta charset='utf-8'>{style}</head><body>"]
h.append("<p>“三公”经费支出情况说明</p><p>2023年度“三公”经费支出决算数为12.50万元。</p>")
h.append("<p>表3 一般公共预算财政拨款基本支出决算表 单位：万元</p>")
# Planted: 公务接待费 9.80 in the basic-expenditure table exceeds 6.50 in the 三公 table.
h.append("<table border=1 cellspacing=0 cellpadding=3><tr><th>项目</th><th>决算数</th></tr><tr><td>商品和服务支出</td><td class=n>60.00</td></tr><tr><td>其中：办公费</td><td class=n>20.00</td></tr><tr><td>公务接待费</td><td class=n>9.80</td></tr><tr><td>差旅费</td><td class=n>15.00</td></tr></table>")
h.append("<p>表4 一般公共预算财政拨款“三公”经费支出决算表 单位：万元</p>")
h.append("<table border=1 cellspacing=0 cellpadding=3><tr><th>项目</th><th>合计</th><th>因公出国（境）费</th><th>公务用车购置及运行费</th><th>公务接待费</th></tr><tr><td>决算数</td><td class=n>12.50</td><td class=n>0.00</td><td class=n>6.00</td><td class=n>6.50</td></tr></table>")
h.append("</body></html>")
open("sangong.html", "w", encoding="utf-8").write("\n".join(h))
