# Minimal hand-written OOXML (.docx) writer: sections, headers/footers with PAGE fields,
# TOC with dot leaders, tables with gridSpan / vMerge merged header cells, repeated header rows.
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
A4P = (11906, 16838)
A4L = (16838, 11906)
MARG = 1247

def t(s):
    return escape(s)

class Doc:
    def __init__(self, font_east='宋体', font_ascii='Times New Roman', body_sz=30, table_sz=18,
                 head_font='黑体', table_font=None):
        self.parts = []
        self.font_east = font_east
        self.font_ascii = font_ascii
        self.body_sz = body_sz
        self.table_sz = table_sz
        self.head_font = head_font
        self.table_font = table_font or font_east
        self.headers = []   # list of xml strings (hdr)
        self.footers = []
        self.orient = 'P'

    # ---------- runs / paragraphs ----------
    def rpr(self, font=None, sz=None, bold=False):
        f = font or self.font_east
        s = sz or self.body_sz
        return ('<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s"/>%s'
                '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>') % (
            self.font_ascii, f, self.font_ascii, self.font_ascii, '<w:b/>' if bold else '', s, s)

    def run(self, text, **kw):
        out = []
        pieces = text.split('\t')
        for i, p in enumerate(pieces):
            if i:
                out.append('<w:r>%s<w:tab/></w:r>' % self.rpr(**kw))
            if p:
                out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (self.rpr(**kw), t(p)))
        return ''.join(out)

    def ppr(self, align=None, indent=False, before=0, after=0, line=None, tabs=None, keep=False, extra='', line_rule='auto'):
        x = '<w:pPr>'
        if keep:
            x += '<w:keepNext/>'
        if tabs:
            x += '<w:tabs>' + ''.join('<w:tab w:val="%s" w:leader="%s" w:pos="%d"/>' % tb for tb in tabs) + '</w:tabs>'
        x += '<w:spacing w:before="%d" w:after="%d"%s/>' % (before, after,
              (' w:line="%d" w:lineRule="%s"' % (line, line_rule)) if line else '')
        if indent:
            x += '<w:ind w:firstLineChars="200" w:firstLine="%d"/>' % (self.body_sz * 20)
        if align:
            x += '<w:jc w:val="%s"/>' % align
        x += extra + '</w:pPr>'
        return x

    def para(self, text, align=None, indent=False, sz=None, bold=False, font=None, before=0, after=0,
             line=None, tabs=None, keep=False, line_rule='auto'):
        self.parts.append('<w:p>%s%s</w:p>' % (self.ppr(align, indent, before, after, line, tabs, keep, line_rule=line_rule),
                                              self.run(text, sz=sz, bold=bold, font=font)))

    grid = ('lines', 312)  # Word 文档网格 (type, linePitch twips); 公文 template: 22 lines/page = 579
    body_line = None      # (value, rule): e.g. (480, 'auto') = double, (560, 'exact') = 固定值28磅

    def body(self, text):
        v, rule = self.body_line or ((480 if self.body_sz >= 30 else 400), 'auto')
        self.para(text, indent=True, line=v, line_rule=rule)

    def heading(self, text, level=1):
        if level == 1:
            self.para(text, align='center', sz=36, bold=True, font=self.head_font, before=240, after=240, keep=True)
        elif level == 2:
            self.para(text, indent=True, sz=self.body_sz, bold=True, font=self.head_font, before=120, after=60, keep=True)
        else:
            self.para(text, indent=True, sz=self.body_sz, bold=True, before=60, after=0, keep=True)

    def blank(self, n=1):
        for _ in range(n):
            self.parts.append('<w:p/>')

    def pagebreak(self):
        self.parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def text_width(self):
        pw = A4P[0] if self.orient == 'P' else A4L[0]
        return pw - 2 * MARG

    # ---------- sections ----------
    def add_header(self, text):
        if text is None:
            xml = '<w:hdr %s><w:p/></w:hdr>' % W
        else:
            xml = ('<w:hdr %s><w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
                   '<w:jc w:val="center"/></w:pPr>%s</w:p></w:hdr>') % (W, self.run(text, sz=18))
        self.headers.append(xml)
        return 'rIdH%d' % len(self.headers)

    def add_footer(self, style):
        # style: None, 'di' (第 X 页), 'dash' (- X -), 'digong' (第 X 页 共 Y 页)
        def fld(instr):
            return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                    '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r><w:r>%s<w:t>1</w:t></w:r><w:r>%s<w:fldChar w:fldCharType="end"/></w:r>') % (
                self.rpr(sz=18), self.rpr(sz=18), instr, self.rpr(sz=18), self.rpr(sz=18), self.rpr(sz=18))
        if style is None:
            inner = ''
        elif style == 'di':
            inner = self.run('第 ', sz=18) + fld('PAGE') + self.run(' 页', sz=18)
        elif style == 'dash':
            inner = self.run('- ', sz=18) + fld('PAGE') + self.run(' -', sz=18)
        elif style == 'digong':
            inner = self.run('第 ', sz=18) + fld('PAGE') + self.run(' 页 共 ', sz=18) + fld('NUMPAGES') + self.run(' 页', sz=18)
        xml = '<w:ftr %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p></w:ftr>' % (W, inner)
        self.footers.append(xml)
        return 'rIdF%d' % len(self.footers)

    def sectpr(self, orient, hid, fid, pgstart=None):
        w, h = A4P if orient == 'P' else A4L
        o = ' w:orient="landscape"' if orient == 'L' else ''
        x = '<w:sectPr><w:headerReference w:type="default" r:id="%s"/><w:footerReference w:type="default" r:id="%s"/>' % (hid, fid)
        x += '<w:pgSz w:w="%d" w:h="%d"%s/>' % (w, h, o)
        x += '<w:pgMar w:top="1440" w:right="%d" w:bottom="1300" w:left="%d" w:header="720" w:footer="680" w:gutter="0"/>' % (MARG, MARG)
        if pgstart is not None:
            x += '<w:pgNumType w:start="%d"/>' % pgstart
        if self.grid:
            x += '<w:docGrid w:type="%s" w:linePitch="%d"/>' % self.grid
        x += '</w:sectPr>'
        return x

    def end_section(self, orient, hid, fid, pgstart=None):
        """close the current section (content so far) with these properties"""
        self.parts.append('<w:p><w:pPr>%s</w:pPr></w:p>' % self.sectpr(orient, hid, fid, pgstart))

    # ---------- TOC ----------
    def toc_line(self, text, page, level=1):
        pos = self.text_width() - 10
        ind = '' if level == 1 else '<w:ind w:left="%d"/>' % (self.body_sz * 20)
        self.parts.append('<w:p>%s%s</w:p>' % (
            self.ppr(tabs=[('right', 'dot', pos)], line=400, extra=ind),
            self.run('%s\t%s' % (text, page), sz=28 if level == 1 else 24, bold=(level == 1))))

    # ---------- tables ----------
    def table(self, header_spec, rows, widths, ncols, align=None, header_repeat=True, sz=None,
              title_rows=None, bold_rows=()):
        """header_spec: list of header rows, each a list of (text, colspan, rowspan).
        rows: list of lists of cell texts (len ncols) or dicts {'cells':[(text,span)..]}.
        align: per column 'left'/'center'/'right'."""
        sz = sz or self.table_sz
        tw = self.text_width()
        tot = float(sum(widths))
        cw = [int(tw * w / tot) for w in widths]
        if not align:
            codes = any(txt in ('科目编码', '科目名称') for row in header_spec for (txt, _, _) in row)
            align = (['left', 'left'] + ['right'] * (ncols - 2)) if codes else (['left'] + ['right'] * (ncols - 1))
        x = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>' % sum(cw)]
        for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            x.append('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b)
        x.append('</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr>')
        x.append('<w:tblGrid>' + ''.join('<w:gridCol w:w="%d"/>' % c for c in cw) + '</w:tblGrid>')

        def cell(text, start, span, vm=None, al='center', bold=False, nob=False):
            w = sum(cw[start:start + span])
            pr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
            if span > 1:
                pr += '<w:gridSpan w:val="%d"/>' % span
            if vm == 'restart':
                pr += '<w:vMerge w:val="restart"/>'
            elif vm == 'cont':
                pr += '<w:vMerge/>'
            if nob:
                pr += '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:right w:val="nil"/></w:tcBorders>'
            pr += '<w:vAlign w:val="center"/>'
            mark = '<w:rPr><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (sz, sz)
            p = '<w:p>%s%s</w:p>' % (self.ppr(align=al, extra=mark), self.run(text, sz=sz, bold=bold, font=self.table_font) if text else '')
            return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, p)

        # title rows (WPS/Excel style: title inside the table)
        for tr in (title_rows or []):
            x.append('<w:tr>')
            col = 0
            for (text, span, al, bold) in tr:
                x.append(cell(text, col, span, al=al, bold=bold, nob=True))
                col += span
            x.append('</w:tr>')
        # header rows via span grid
        nh = len(header_spec)
        occ = [[None] * ncols for _ in range(nh)]
        starts = {}
        for r, items in enumerate(header_spec):
            c = 0
            for (text, cs, rs) in items:
                while c < ncols and occ[r][c] is not None:
                    c += 1
                starts[(r, c)] = (text, cs, rs)
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        occ[rr][cc] = (r, c)
                c += cs
        for r in range(nh):
            x.append('<w:tr><w:trPr>%s<w:cantSplit/></w:trPr>' % ('<w:tblHeader/>' if header_repeat else ''))
            c = 0
            while c < ncols:
                o = occ[r][c]
                if o is None:
                    x.append(cell('', c, 1)); c += 1; continue
                text, cs, rs = starts[o]
                if o == (r, c):
                    x.append(cell(text, c, cs, 'restart' if rs > 1 else None, bold=True))
                else:
                    x.append(cell('', c, cs, 'cont'))
                c += cs
            x.append('</w:tr>')
        for i, row in enumerate(rows):
            x.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>')
            if isinstance(row, dict):
                col = 0
                for (text, span) in row['cells']:
                    x.append(cell(text, col, span, al=('left' if col == 0 else align[col]), bold=row.get('bold', False)))
                    col += span
            else:
                for c, text in enumerate(row):
                    x.append(cell(text, c, 1, al=align[c], bold=(i in bold_rows)))
            x.append('</w:tr>')
        x.append('</w:tbl>')
        self.parts.append(''.join(x))
        self.parts.append('<w:p>%s</w:p>' % self.ppr())

    # ---------- save ----------
    def save(self, path, final_orient, hid, fid, pgstart=None):
        body = ''.join(self.parts) + self.sectpr(final_orient, hid, fid, pgstart)
        doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, body)
        rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
        ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>']
        z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
        for i, h in enumerate(self.headers, 1):
            z.writestr('word/header%d.xml' % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + h)
            rels.append('<Relationship Id="rIdH%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header%d.xml"/>' % (i, i))
            ct.append('<Override PartName="/word/header%d.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' % i)
        for i, f in enumerate(self.footers, 1):
            z.writestr('word/footer%d.xml' % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + f)
            rels.append('<Relationship Id="rIdF%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer%d.xml"/>' % (i, i))
            ct.append('<Override PartName="/word/footer%d.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' % i)
        styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
                  '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/><w:sz w:val="%d"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
                  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
                  '</w:styles>') % (W, self.font_ascii, self.font_east, self.font_ascii, self.body_sz)
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   + ''.join(ct) + '</Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + ''.join(rels) + '</Relationships>')
        z.writestr('word/styles.xml', styles)
        z.writestr('word/document.xml', doc)
        z.close()
