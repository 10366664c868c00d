#!/usr/bin/env python3
"""Deterministic random lines that stress jieba's edge rules: Latin/digit runs with . % + # & _ -,
spaces and tabs, ASCII and full-width punctuation, full-width letters/digits, non-BMP characters,
rare CJK (Extension A, beyond U+9FD5, compatibility ideographs), and common words glued together.

usage: make_tricky.py SEED LINES [han] > tricky.txt
  han: lines of uniformly random ideographs (URO incl. beyond U+9FD5, Extension A, compatibility
       block) mixed with dictionary words: most characters are rare, which stresses Viterbi ties.
"""
import random
import sys

WORDS = ("预算 支出 财政 拨款 项目 经费 工资 福利 商品 服务 对个人和家庭的补助 一般公共 收入 决算 绩效 "
         "目标 执行率 结转 结余 公务 接待 用车 购置 运行 会议费 培训费 办公费 印刷费 差旅费 单位 部门 "
         "我们 北京 清华大学 研究生 命 的 了 在 是 和 中华人民共和国 政府 采购 机关 三公 因公出国 境 "
         "年度 万元 千元 元 亿元 同比 增长 下降 主要 原因 基本 其中 合计 小计 本年 上年").split()
ASCII = list("abcxyzABCXYZ0123456789") * 3 + list(".%+#&_-") * 2 + [" ", "  ", "\t"]
PUNCT = list("，。、；：？！“”‘’（）《》【】—…·／％＋－＝,.;:?!()[]{}<>/\\|@$^*~`'\"")
FULLWIDTH = [chr(c) for c in range(0xFF10, 0xFF1A)] + [chr(c) for c in range(0xFF21, 0xFF3B)] + ["\u3000", "\u00a0"]
NONBMP = ["𠀀", "𠀁", "😀", "🎉", "𝐀", "𪚥", "𡃁", "👍🏽"]
RARE = ["丄", "丅", "丏", "両", "龥", "鿕", "鿖", "鿿", "㐀", "㐁", "輗", "軏", "芃", "陰", "膏", "豈", "更", "⺀", "〇", "ㄅ", "ア", "한"]


def piece(r):
    k = r.random()
    if k < 0.45:
        return r.choice(WORDS)
    if k < 0.55:
        return "".join(r.choice(WORDS[:20]) for _ in range(r.randint(1, 3)))
    if k < 0.72:
        return "".join(r.choice(ASCII) for _ in range(r.randint(1, 8)))
    if k < 0.80:
        return str(round(r.uniform(0, 100000), r.randint(0, 3))) + r.choice(["", "%", "万元", ".", "..", "-", "年"])
    if k < 0.88:
        return r.choice(PUNCT)
    if k < 0.92:
        return "".join(r.choice(FULLWIDTH) for _ in range(r.randint(1, 4)))
    if k < 0.96:
        return r.choice(NONBMP)
    return "".join(r.choice(RARE) for _ in range(r.randint(1, 3)))


def han_piece(r):
    k = r.random()
    if k < 0.3:
        return r.choice(WORDS)
    if k < 0.85:
        return chr(r.randint(0x4E00, 0x9FFF))
    if k < 0.95:
        return chr(r.randint(0x3400, 0x4DBF))
    return chr(r.randint(0xF900, 0xFAD9))


def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    make = han_piece if len(sys.argv) > 3 and sys.argv[3] == "han" else piece
    r = random.Random(seed)
    out = []
    for _ in range(n):
        line = "".join(make(r) for _ in range(r.randint(1, 40)))
        out.append(line.replace("\n", " "))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
