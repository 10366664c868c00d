#!/usr/bin/env node
// Side-by-side protocol for the node ports: load time of the dictionary in a fresh process, then
// cut every line (HMM on), best of R rounds; prints one JSON line; --out writes the jieba TSV format.
// usage: node cut_node.js nodejieba|@node-rs/jieba FILE [--rounds R] [--out TSV]
// (install: npm_config_yes=true npm install nodejieba @node-rs/jieba; npm >= 11 may need
//  `npm install-scripts approve nodejieba` for its native build)
'use strict';
const fs = require('fs');
const args = process.argv.slice(2);
const port = args[0];
const file = args[1];
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const rounds = Number(opt('--rounds', '3'));
const out = opt('--out', null);

let t0 = process.hrtime.bigint();
let cut;
if (port === 'nodejieba') {
  const nodejieba = require('nodejieba');
  nodejieba.load(); // default dictionaries (cppjieba): the load happens here
  cut = (s) => nodejieba.cut(s, true);
} else if (port === '@node-rs/jieba') {
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict');
  const jieba = Jieba.withDict(dict);
  cut = (s) => jieba.cut(s, true);
} else {
  throw new Error('unknown port ' + port);
}
const load = Number(process.hrtime.bigint() - t0) / 1e9;

const text = fs.readFileSync(file, 'utf8');
let lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
if (lines.length && lines[lines.length - 1] === '') lines.pop();
const bytes = lines.reduce((a, l) => a + Buffer.byteLength(l, 'utf8'), 0);
let best = Infinity;
let tokens = 0;
for (let r = 0; r < rounds; r++) {
  t0 = process.hrtime.bigint();
  let n = 0;
  for (const l of lines) n += cut(l).length;
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  tokens = n;
}
if (out) {
  const esc = (s) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  const fd = fs.openSync(out, 'w');
  for (const l of lines) {
    fs.writeSync(fd, (l ? [esc(l), ...cut(l).map(esc)].join('\t') : '') + '\n');
  }
  fs.closeSync(fd);
}
console.log(JSON.stringify({ port, threads: 1, load_s: +load.toFixed(3), mb: +(bytes / 1e6).toFixed(2), lines: lines.length,
  tokens, best_s: +best.toFixed(3), mb_per_s: +(bytes / 1e6 / best).toFixed(2) }));
