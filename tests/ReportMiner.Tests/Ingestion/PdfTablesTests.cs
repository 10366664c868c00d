using ReportMiner.Ingestion.Pdf;

namespace ReportMiner.Tests.Ingestion;

/// <summary>Tables without ruling lines, from glyphs placed as Writer or Calc place them (10 pt text).</summary>
public sealed class PdfTablesTests
{
    private const double Size = 10;

    /// <summary>A line at <paramref name="baseline"/>: each run starts at its x; CJK glyphs are 10 pt wide, others 5 pt.</summary>
    private static List<Glyph> Line(double baseline, params (string Text, double X)[] runs)
    {
        var glyphs = new List<Glyph>();
        foreach (var (text, x0) in runs)
        {
            var x = x0;
            foreach (var c in text)
            {
                var width = LineBuilder.IsWide(c) ? Size : Size / 2;
                glyphs.Add(new Glyph(c.ToString(), x, x + width, baseline, Size));
                x += width;
            }
        }

        return glyphs;
    }

    private static List<(PageTable Table, List<TextLine> Lines)> Tables(params List<Glyph>[] lines) =>
        PdfTables.FromAlignment(LineBuilder.Build(lines.SelectMany(l => l).ToList()));

    private static string[] Cells(PageTable table, int row) => table.Rows[row].Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Build_TwoLinesDrawnOverEachOtherAPointApart_TwoLinesNotOneInterleaved()
    {
        // A label wrapped in a spreadsheet row too low for it: its second line lands on the next row's first line.
        var lines = LineBuilder.Build([.. Line(633.5, ("机关事业单位职业年金缴", 130)), .. Line(632.5, ("险缴费支出", 130))]);

        Assert.Equal(["机关事业单位职业年金缴", "险缴费支出"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Build_GlyphDrawnTwiceInPlace_OneLine()
    {
        // Fake bold: each glyph drawn twice, a fraction of a point to the right.
        var bold = Line(700, ("合计", 56)).SelectMany(g => new[] { g, g with { X0 = g.X0 + 0.3, X1 = g.X1 + 0.3, Baseline = 699.9 } }).ToList();

        Assert.Single(LineBuilder.Build([.. bold, .. Line(700, ("1,234.00", 120))]));
    }

    [Fact]
    public void FromAlignment_ValueHalfAnEmAfterItsName_NameAndValueInTheirOwnColumns()
    {
        // Writer at its default tab stops: 苍溪县 ends at 86.8, the tab reaches the stop at 92.3.
        var tables = Tables(
            Line(700, ("县别", 56.8), ("2023年", 92.3), ("2022年", 163.2)),
            Line(685, ("苍溪县", 56.8), ("52,860", 92.3), ("46,320", 163.2)),
            Line(670, ("剑阁县", 56.8), ("48,620", 92.3), ("44,180", 163.2)),
            Line(655, ("合计", 56.8), ("101,480", 92.3), ("90,500", 163.2)));

        var (table, lines) = Assert.Single(tables);
        Assert.Equal(4, lines.Count);
        Assert.Equal(["县别", "2023年", "2022年"], Cells(table, 0));
        Assert.Equal(["苍溪县", "52,860", "46,320"], Cells(table, 1));
        Assert.Equal(["合计", "101,480", "90,500"], Cells(table, 3));
    }

    [Fact]
    public void FromAlignment_ValuesAtRaggedTabStops_ColumnPerLabelAndValue()
    {
        // A tab after a short name reaches an earlier stop than after a long one: no gap lines up in every row.
        var tables = Tables(
            Line(700, ("一般公共服务支出", 56.8), ("820.00", 163.2), ("868.00", 234.1)),
            Line(685, ("社会保障和就业支出", 56.8), ("360.00", 163.2), ("392.00", 234.1)),
            Line(670, ("农林水支出", 56.8), ("540.00", 127.7), ("612.00", 198.6)));

        var (table, _) = Assert.Single(tables);
        Assert.Equal(["农林水支出", "540.00", "612.00"], Cells(table, 2));
        Assert.Equal(["一般公共服务支出", "820.00", "868.00"], Cells(table, 0));
    }

    [Fact]
    public void FromAlignment_NextTablesCaptionBetweenRows_TwoTables()
    {
        var tables = Tables(
            Line(700, ("基本支出", 56.8), ("1,586.29", 200)),
            Line(685, ("项目支出", 56.8), ("3,026.44", 200)),
            Line(670, ("合计", 56.8), ("4,612.73", 200)),
            Line(655, ("表2 三公经费", 56.8)),
            Line(640, ("公务接待费", 56.8), ("6.50", 200)),
            Line(625, ("公务用车购置及运行费", 56.8), ("6.00", 200)),
            Line(610, ("合计", 56.8), ("12.50", 200)));

        Assert.Equal(2, tables.Count);
        Assert.Equal(["合计", "4,612.73"], Cells(tables[0].Table, 2));
        Assert.Equal(["公务接待费", "6.50"], Cells(tables[1].Table, 0));
    }

    [Fact]
    public void FromAlignment_ProseEndingInNumbers_NoTable()
    {
        var tables = Tables(
            Line(700, ("本年收入合计4,570.35万元，其中财政拨款收入", 56.8)),
            Line(685, ("3,862.47万元，占84.51%；事业收入45.30万元。", 56.8)),
            Line(670, ("年初结转和结余236.84万元。", 56.8)));

        Assert.Empty(tables);
    }
}
