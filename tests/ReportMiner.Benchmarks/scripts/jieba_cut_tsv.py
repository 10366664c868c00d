#!/usr/bin/env python3
"""Reference output of python jieba 0.42.1 in the seed.cut.tsv format.

usage: jieba_cut_tsv.py [--user-dict FILE] INPUT.txt > OUTPUT.cut.tsv

One output line per input line (split on LF, one trailing CR dropped, a final LF does not start a
new line): INPUT, TAB, tokens separated by TAB; fields escaped \\ -> \\\\, TAB -> \\t, CR -> \\r, LF -> \\n.
Needs `apt-get install python3-jieba` (Debian 0.42.1-3); run with /usr/bin/python3.
"""
import logging
import sys

import jieba

jieba.setLogLevel(logging.ERROR)


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\r', '\\r').replace('\n', '\\n')


def main(argv):
    if len(argv) >= 2 and argv[0] == '--user-dict':
        jieba.load_userdict(argv[1])
        argv = argv[2:]
    with open(argv[0], 'rb') as f:
        text = f.read().decode('utf-8', errors='replace')
    lines = text.split('\n')
    if text.endswith('\n'):
        lines.pop()
    out = sys.stdout.buffer
    for line in lines:
        if line.endswith('\r'):
            line = line[:-1]
        if not line:
            out.write(b'\n')
            continue
        tokens = list(jieba.cut(line, HMM=True))
        assert ''.join(tokens) == line
        out.write(('\t'.join([esc(line)] + [esc(t) for t in tokens]) + '\n').encode('utf-8'))


if __name__ == '__main__':
    main(sys.argv[1:])
