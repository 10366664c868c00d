#!/usr/bin/env python3
"""Side-by-side protocol for python jieba 0.42.1 (Debian python3-jieba): load time of
jieba.initialize() in a fresh process, then cut every line (HMM=True), best of R rounds;
prints one JSON line; --out writes the jieba TSV format.

usage: /usr/bin/python3 cut_python.py FILE [--rounds R] [--out TSV] [--no-cache]
"""
import json
import logging
import os
import sys
import time

import jieba

args = sys.argv[1:]
path = args[0]
rounds = int(args[args.index('--rounds') + 1]) if '--rounds' in args else 1
out = args[args.index('--out') + 1] if '--out' in args else None
jieba.setLogLevel(logging.ERROR)
if '--no-cache' in args:
    # Build the prefix dictionary from dict.txt, not from jieba's marshal cache in the temp dir.
    cache = os.path.join(jieba.dt.tmp_dir or __import__('tempfile').gettempdir(), 'jieba.cache')
    if os.path.exists(cache):
        os.remove(cache)
t0 = time.perf_counter()
jieba.initialize()
load = time.perf_counter() - t0

with open(path, 'rb') as f:
    text = f.read().decode('utf-8', errors='replace')
lines = [l[:-1] if l.endswith('\r') else l for l in text.split('\n')]
if lines and lines[-1] == '':
    lines.pop()
nbytes = sum(len(l.encode('utf-8', errors='surrogatepass')) for l in lines)
best = float('inf')
tokens = 0
for _ in range(rounds):
    t0 = time.perf_counter()
    n = 0
    for l in lines:
        for _t in jieba.cut(l, HMM=True):
            n += 1
    best = min(best, time.perf_counter() - t0)
    tokens = n


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\r', '\\r').replace('\n', '\\n')


if out:
    with open(out, 'wb') as f:
        for l in lines:
            if l:
                f.write(('\t'.join([esc(l)] + [esc(t) for t in jieba.cut(l, HMM=True)])).encode('utf-8', errors='surrogatepass'))
            f.write(b'\n')
print(json.dumps({'port': 'python jieba ' + jieba.__version__, 'threads': 1, 'load_s': round(load, 3),
                  'mb': round(nbytes / 1e6, 2), 'lines': len(lines), 'tokens': tokens, 'best_s': round(best, 3),
                  'mb_per_s': round(nbytes / 1e6 / best, 2)}))
