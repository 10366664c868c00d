# -*- coding: utf-8 -*-
"""Minimal flat-ODT writer: headings with outline (automatic) numbering, lists, tables with merged cells."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')


def cell(t, cs=1, rs=1, align=None, bold=False):
    return dict(t=t, cs=cs, rs=rs, align=align, bold=bold)


def build(blocks, font, hfont=None, header=None, footer=True, list_fmt='1', list_suffix='.', list_prefix=''):
    hfont = hfont or font
    out = []
    tcount = 0
    auto = []
    for b in blocks:
        kind = b[0]
        if kind == 'title':
            out.append(f'<text:p text:style-name="Title">{escape(b[1])}</text:p>')
        elif kind == 'subtitle':
            out.append(f'<text:p text:style-name="Subtitle">{escape(b[1])}</text:p>')
        elif kind in ('h1', 'h2', 'h3'):
            lvl = int(kind[1])
            out.append(f'<text:h text:style-name="Heading_20_{lvl}" text:outline-level="{lvl}">{escape(b[1])}</text:h>')
        elif kind == 'p':
            out.append(f'<text:p text:style-name="Body">{escape(b[1])}</text:p>')
        elif kind == 'caption':
            out.append(f'<text:p text:style-name="Caption1">{escape(b[1])}</text:p>')
        elif kind == 'unit':
            out.append(f'<text:p text:style-name="UnitRight">{escape(b[1])}</text:p>')
        elif kind == 'note':
            out.append(f'<text:p text:style-name="Note">{escape(b[1])}</text:p>')
        elif kind == 'list':
            items = ''.join(f'<text:list-item><text:p text:style-name="ListBody">{escape(t)}</text:p></text:list-item>'
                            for t in b[1])
            out.append(f'<text:list text:style-name="L1">{items}</text:list>')
        elif kind == 'table':
            tcount += 1
            spec = b[1]
            tn = f'Tbl{tcount}'
            widths = spec['cols']
            total = sum(widths)
            auto.append(f'<style:style style:name="{tn}" style:family="table"><style:table-properties '
                        f'style:width="{total}cm" table:align="center"/></style:style>')
            cols = ''
            for i, w in enumerate(widths):
                auto.append(f'<style:style style:name="{tn}.C{i}" style:family="table-column">'
                            f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
                cols += f'<table:table-column table:style-name="{tn}.C{i}"/>'
            nhead = spec.get('head', 1)
            rows = ''
            for ri, row in enumerate(spec['rows']):
                cells = ''
                for c in row:
                    if c is None:
                        cells += '<table:covered-table-cell/>'
                        continue
                    if isinstance(c, str):
                        c = cell(c)
                    attrs = ''
                    if c['cs'] > 1:
                        attrs += f' table:number-columns-spanned="{c["cs"]}"'
                    if c['rs'] > 1:
                        attrs += f' table:number-rows-spanned="{c["rs"]}"'
                    align = c['align'] or ('center' if ri < nhead else 'left')
                    ps = {'center': 'TC', 'right': 'TR', 'left': 'TL'}[align]
                    if c['bold'] or ri < nhead:
                        ps += 'B'
                    cells += (f'<table:table-cell table:style-name="Cell" office:value-type="string"{attrs}>'
                              f'<text:p text:style-name="{ps}">{escape(c["t"])}</text:p></table:table-cell>')
                rows += f'<table:table-row>{cells}</table:table-row>'
            out.append(f'<table:table table:name="{tn}" table:style-name="{tn}">{cols}{rows}</table:table>')
        else:
            raise ValueError(kind)
    hdr = ''
    if header:
        hdr = f'<style:header><text:p text:style-name="HeaderP">{escape(header)}</text:p></style:header>'
    ftr = ''
    if footer:
        ftr = ('<style:footer><text:p text:style-name="FooterP">- <text:page-number text:select-page="current">1'
               '</text:page-number> -</text:p></style:footer>')

    def font_props(f, size, bold=False):
        w = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ''
        return (f'<style:text-properties style:font-name="{f}" style:font-name-asian="{f}" fo:font-size="{size}pt" '
                f'style:font-size-asian="{size}pt"{w}/>')

    fonts = ''.join(f'<style:font-face style:name="{f}" svg:font-family="\'{f}\'"/>' for f in {font, hfont})
    tp = lambda al, b=False: (f'<style:paragraph-properties fo:text-align="{al}" fo:margin-top="0.05cm" '
                              f'fo:margin-bottom="0.05cm"/>' + font_props(font, 10, b))
    styles = f'''
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/>{font_props(font, 12)}</style:default-style>
<style:style style:name="Standard" style:family="paragraph">{font_props(font, 12)}</style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>{font_props(hfont, 20, True)}</style:style>
<style:style style:name="Subtitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>{font_props(font, 12)}</style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm" fo:text-align="justify"/>{font_props(font, 12)}</style:style>
<style:style style:name="ListBody" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/>{font_props(font, 12)}</style:style>
<style:style style:name="Caption1" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/>{font_props(hfont, 11, True)}</style:style>
<style:style style:name="UnitRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>{font_props(font, 10)}</style:style>
<style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>{font_props(font, 9)}</style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.3cm"/>{font_props(hfont, 14, True)}</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-left="0.85cm"/>{font_props(hfont, 12, True)}</style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:default-outline-level="3"><style:paragraph-properties fo:margin-left="0.85cm"/>{font_props(font, 12, True)}</style:style>
<style:style style:name="HeaderP" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>{font_props(font, 9)}</style:style>
<style:style style:name="FooterP" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>{font_props(font, 10)}</style:style>
<style:style style:name="TC" style:family="paragraph">{tp("center")}</style:style>
<style:style style:name="TR" style:family="paragraph">{tp("end")}</style:style>
<style:style style:name="TL" style:family="paragraph">{tp("start")}</style:style>
<style:style style:name="TCB" style:family="paragraph">{tp("center", True)}</style:style>
<style:style style:name="TRB" style:family="paragraph">{tp("end", True)}</style:style>
<style:style style:name="TLB" style:family="paragraph">{tp("start", True)}</style:style>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>
<text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"/>
<text:outline-level-style text:level="3" style:num-format="1" style:num-suffix="."/>
</text:outline-style>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="{list_fmt}" style:num-prefix="{list_prefix}" style:num-suffix="{list_suffix}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.85cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.2cm" fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="2.4cm"/><style:header-style/><style:footer-style/></style:page-layout>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm" style:vertical-align="middle"/></style:style>
{''.join(auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">{hdr}{ftr}</style:master-page></office:master-styles>
'''
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS}>{styles}'
            f'<office:body><office:text>{"".join(out)}</office:text></office:body></office:document>')
