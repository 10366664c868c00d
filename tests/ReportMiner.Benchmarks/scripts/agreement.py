#!/usr/bin/env python3
"""Counts identical lines between a reference TSV (python jieba) and another port's TSV.
usage: agreement.py REFERENCE.tsv OTHER.tsv  -> prints 'identical/total (pct%)'"""
import sys

with open(sys.argv[1], 'rb') as a, open(sys.argv[2], 'rb') as b:
    ref = a.read().split(b'\n')
    oth = b.read().split(b'\n')
total = len(ref) - (1 if ref and ref[-1] == b'' else 0)
same = sum(1 for i in range(total) if i < len(oth) and ref[i] == oth[i])
print(f'{same}/{total} ({100.0 * same / total:.2f}%)')
