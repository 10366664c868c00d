# -*- coding: utf-8 -*-
"""Rewrite numbering formats in the LibreOffice-made .docx to the ones Word (zh-CN) uses."""
import re, sys, zipfile, shutil, os, glob
RULES = {
    'D2': [('taiwaneseCountingThousand', 'chineseCounting')],
    'D2m': [('taiwaneseCountingThousand', 'chineseCounting')],
    'D3': [('taiwaneseCountingThousand', 'chineseCountingThousand')],
    'D4': [('taiwaneseCountingThousand', 'chineseCounting'), ('LIST', 'decimalEnclosedCircleChinese')],
}
for path in glob.glob('out/docx/*.docx'):
    key = os.path.basename(path).split('_')[0]
    if key not in RULES: continue
    tmp = path + '.tmp'
    zin = zipfile.ZipFile(path); zout = zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/numbering.xml':
            s = data.decode('utf-8')
            for a, b in RULES[key]:
                if a == 'LIST':
                    parts = re.split(r'(<w:abstractNum )', s)
                    out = []
                    for p in parts:
                        if 'w:abstractNumId="1"' not in p[:40] and '<w:lvl w:ilvl="0">' in p:
                            p = p.replace('<w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1."/>',
                                          f'<w:numFmt w:val="{b}"/><w:suff w:val="nothing"/><w:lvlText w:val="%1"/>', 1)
                        out.append(p)
                    s = ''.join(out)
                else:
                    s = s.replace(f'w:val="{a}"', f'w:val="{b}"')
            data = s.encode('utf-8')
        zout.writestr(item, data)
    zout.close(); zin.close(); shutil.move(tmp, path)
    print('rewrote', path)
