# -*- coding: utf-8 -*-
"""Minimal hand-written WordprocessingML writer: headings (literal or auto-numbered),
paragraphs, tables with gridSpan / vMerge, footer with PAGE field."""
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="480"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体"/><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="480"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="480"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="480"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>'''

FOOTER = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>'''

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''

DOCRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>test</dc:creator></cp:coreProperties>'''


def run(text, bold=False, size=None):
    rpr = ''
    if bold or size:
        rpr = '<w:rPr>' + ('<w:b/>' if bold else '') + (f'<w:sz w:val="{size}"/>' if size else '') + '</w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


class Doc:
    def __init__(self, title):
        self.body = []
        self.title = title

    def p(self, text, style=None, num=None, align=None, bold=False, noindent=False, size=None):
        ppr = ''
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        if noindent:
            ppr += '<w:ind w:firstLineChars="0" w:firstLine="0"/>'
        if align:
            ppr += f'<w:jc w:val="{align}"/>'
        runs = ''
        if isinstance(text, list):
            for t in text:
                runs += run(t[0], bold=t[1]) if isinstance(t, tuple) else run(t)
        else:
            runs = run(text, bold=bold, size=size)
        self.body.append(f'<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>')

    def h(self, level, text, num=None):
        self.p(text, style=f'Heading{level}', num=num)

    def table(self, rows, widths, spans=None, header_rows=1, align_num='right', borders=True, font_size=20,
              unit='', label_col=None):
        """rows: grid (list of lists of str, covered cells may be anything);
        spans: {(r,c): (rowspan, colspan)}"""
        spans = spans or {}
        covered = {}
        for (r, c), (rs, cs) in spans.items():
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    if (i, j) != (r, c):
                        covered[(i, j)] = (r, c)
        self._record(rows, widths, spans, covered, header_rows, unit, label_col)
        b = ''
        if borders:
            b = '<w:tblBorders>' + ''.join(
                f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'
        x = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>{b}'
             '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>']
        x += [f'<w:gridCol w:w="{w}"/>' for w in widths]
        x.append('</w:tblGrid>')
        for r, row in enumerate(rows):
            trpr = '<w:trPr><w:tblHeader/></w:trPr>' if r < header_rows else ''
            x.append(f'<w:tr>{trpr}')
            c = 0
            while c < len(widths):
                if (r, c) in covered:
                    o = covered[(r, c)]
                    if o[0] == r:  # horizontal continuation, skipped (gridSpan)
                        c += 1
                        continue
                    rs, cs = spans[o]
                    w = sum(widths[c:c + cs])
                    gs = f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else ''
                    x.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{gs}<w:vMerge/></w:tcPr>'
                             f'<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p></w:tc>')
                    c += cs
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                w = sum(widths[c:c + cs])
                tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if cs > 1:
                    tcpr += f'<w:gridSpan w:val="{cs}"/>'
                if rs > 1:
                    tcpr += '<w:vMerge w:val="restart"/>'
                tcpr += '<w:vAlign w:val="center"/>'
                text = row[c] if c < len(row) and row[c] is not None else ''
                isnum = bool(text) and (text[0].isdigit() or text[0] == '-') and r >= header_rows
                jc = 'center' if r < header_rows else (align_num if isnum else 'left')
                bold = r < header_rows
                x.append(f'<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/><w:jc w:val="{jc}"/></w:pPr>'
                         f'{run(text, bold=bold, size=font_size) if text else ""}</w:p></w:tc>')
                c += cs
            x.append('</w:tr>')
        x.append('</w:tbl>')
        self.body.append(''.join(x))
        self.p('', noindent=True)

    def _record(self, rows, widths, spans, covered, header_rows, unit, label_col):
        import re
        if not hasattr(self, 'expect'):
            self.expect = []
        self.ntab = getattr(self, 'ntab', 0) + 1

        def cell(r, c):
            if (r, c) in covered:
                o = covered[(r, c)]
                return rows[o[0]][o[1]], True
            return (rows[r][c] if c < len(rows[r]) else ''), False
        for r in range(header_rows, len(rows)):
            for c in range(len(widths)):
                t, cov = cell(r, c)
                if cov or not t:
                    continue
                tt = t.replace(',', '')
                if not re.fullmatch(r'-?\d+(\.\d+)?', tt):
                    continue
                if c == 0 and re.fullmatch(r'\d{3}(\d{2})*', tt):
                    continue   # a code
                path = []
                for hr in range(header_rows):
                    h, _ = cell(hr, c)
                    if h and (not path or path[-1] != h):
                        path.append(h)
                col = '/'.join(path)
                if label_col is not None:
                    label = rows[r][label_col].strip()
                else:
                    label = ''
                    for j in range(c - 1, -1, -1):
                        x, cv = cell(r, j)
                        if cv and (r, j) in covered and covered[(r, j)][0] != r:
                            x = ''
                        x = (x or '').strip()
                        if x and not re.fullmatch(r'-?[\d,]+(\.\d+)?', x):
                            label = x
                            break
                u = '%' if '%' in col else (unit(rows[r]) if callable(unit) else unit)
                self.expect.append({'table': self.ntab, 'row': r, 'col': c, 'label': label, 'column': col,
                                    'value': tt, 'unit': u})

    def save(self, path):
        import json
        json.dump(getattr(self, 'expect', []), open(path + '.expect.json', 'w'), ensure_ascii=False, indent=0)
        sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247" '
                'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
               + ''.join(self.body) + sect + '</w:body></w:document>')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', CT)
            z.writestr('_rels/.rels', RELS)
            z.writestr('word/_rels/document.xml.rels', DOCRELS)
            z.writestr('word/document.xml', doc)
            z.writestr('word/styles.xml', STYLES)
            z.writestr('word/numbering.xml', NUMBERING)
            z.writestr('word/footer1.xml', FOOTER)
            z.writestr('docProps/core.xml', CORE.format(title=escape(self.title)))
