using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportMiner.Documents;
using ReportMiner.Extraction;

namespace ReportMiner.Tests.Properties;

public sealed class FigureSpanProperties
{
    /// <summary>The pieces budget text is made of: digits, separators, Chinese numerals, units, qualifiers, words.</summary>
    private static readonly string[] Pieces =
    [
        "0", "1", "2", "3", "5", "7", "9", "12", "100", "3018.95", "1,234.5", "0.5", "2019", "１２３",
        ".", ",", "，", "、", "。", "；", "：", "（", "）", "(", ")", "“", "”", "《", "》", "-", "－", "~", "～", "至", "—", "+", "/", " ", "\t", "%", "％",
        "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "点", "第", "个",
        "元", "万元", "千元", "亿元", "人", "人次", "个", "项", "户", "名", "家", "次", "个百分点", "美元", "平方米",
        "近", "约", "逾", "余", "多", "左右", "以上", "不足", "超过",
        "支出", "收入", "合计", "其中", "基本支出", "项目支出", "比上年", "增加", "减少", "增长", "下降", "占", "同比", "预算", "决算",
    ];

    private static Gen<string> Line() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts));

    private static Arbitrary<string[]> Lines() => Line().ArrayOf().Where(l => l.Length > 0).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Extract_ArbitraryParagraphs_EverySpanReproducesItsText() =>
        Prop.ForAll(Lines(), lines =>
        {
            var blocks = lines.Select((text, i) => (Block)ParagraphBlock.SingleLine(null, i + 1, text)).ToList();
            var document = new SourceDocument("p.txt", SourceFormat.Text, null, lines.Length, blocks, []);

            var figures = new FigureExtractor().Extract(document).Figures;

            return figures.All(f =>
                f.Span.Line >= 1 && f.Span.Line <= lines.Length
                && f.Span.Start >= 0 && f.Span.Start + f.Span.Length <= lines[f.Span.Line - 1].Length
                && lines[f.Span.Line - 1].Substring(f.Span.Start, f.Span.Length) == f.Text)
                .Label($"spans: {string.Join(" | ", figures.Select(f => $"{f.Span.Line}:{f.Span.Start}+{f.Span.Length}='{f.Text}'"))}");
        });

    [Property(MaxTest = 300)]
    public Property Extract_ArbitraryTableRows_EverySpanReproducesItsRowText() =>
        Prop.ForAll(Line().ArrayOf().Where(c => c.Length > 0).ArrayOf().Where(r => r.Length > 0).ToArbitrary(), rows =>
        {
            var tableRows = rows.Select((cells, r) =>
            {
                var start = 0;
                var tableCells = new List<TableCell>();
                for (var c = 0; c < cells.Length; c++)
                {
                    tableCells.Add(new TableCell(cells[c], c, 1, 1, start));
                    start += cells[c].Length + 1;
                }

                return new TableRow(null, r + 1, tableCells);
            }).ToList();
            var document = new SourceDocument("t.docx", SourceFormat.Docx, null, rows.Length, [new TableBlock(null, 1, null, tableRows)], []);

            var figures = new FigureExtractor().Extract(document).Figures;

            return figures.All(f =>
            {
                var text = tableRows[f.Span.Line - 1].LineText;
                return f.Span.Start >= 0 && f.Span.Start + f.Span.Length <= text.Length && text.Substring(f.Span.Start, f.Span.Length) == f.Text;
            });
        });

    /// <summary>Whole phrases the relation finder and the rules key on, so that random text meets their edge cases.</summary>
    private static readonly string[] Phrases =
    [
        "两项合计", "三项合计", "以上共计", "上述", "以上", "分别为", "其中：", "包括", "共计", "小计", "主要用于", "分别用于：",
        "执行率", "完成率", "完成", "调整后", "年初预算", "比年初预算", "比上年增加", "比上年同期", "增收", "减收", "下降",
        "占比", "占全部", "的", "为", "是", "达到", "累计", "按", "分", "一是", "（一）", "①", "等", "低于", "高于", "持平",
        "收入合计", "支出合计", "三公经费", "因公出国（境）费", "公务接待费", "资产总额", "负债总额", "净资产",
    ];

    [Property(MaxTest = 400)]
    public Property Check_ArbitraryPhrases_NeverThrows() =>
        Prop.ForAll(Gen.Elements(Pieces.Concat(Phrases).ToArray()).ListOf().Select(p => string.Concat(p)).ArrayOf().Where(l => l.Length > 0).ToArbitrary(), lines =>
        {
            var blocks = lines.Select((text, i) => (Block)ParagraphBlock.SingleLine(null, i + 1, text)).ToList();
            var document = new SourceDocument("p.txt", SourceFormat.Text, null, lines.Length, blocks, []);

            var extracted = new FigureExtractor().Extract(document);
            var findings = new ReportMiner.Reconciliation.Reconciler(ReportMiner.Pipeline.CheckPipeline.Rules()).Check(extracted);

            return findings.All(f => f.Location.Line >= 1 && f.Location.Line <= lines.Length);
        });

    [Property(MaxTest = 300)]
    public Property Extract_ArbitraryUnicode_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), lines =>
        {
            lines = lines.Where(l => l is not null).ToArray();
            var blocks = lines.Select((text, i) => (Block)ParagraphBlock.SingleLine(null, i + 1, text)).ToList();
            var figures = new FigureExtractor().Extract(new SourceDocument("u.txt", SourceFormat.Text, null, lines.Length, blocks, [])).Figures;
            return figures.All(f => lines[f.Span.Line - 1].Substring(f.Span.Start, f.Span.Length) == f.Text);
        });
}
