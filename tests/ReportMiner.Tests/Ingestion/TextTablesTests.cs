using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Reconciliation;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Ingestion;

/// <summary>Tables laid out as text in a .txt file: read as tables, their cells located in the file's own lines.</summary>
public sealed class TextTablesTests
{
    private const string Table = "收入支出决算总表        金额单位：万元\n" +
                                 "一般公共服务支出\t1,021.45\n" +
                                 "社会保障和就业支出    156.48\n" +
                                 "卫生健康支出\t62.17\n" +
                                 "本年支出合计\t1,318.40\n" +
                                 "以上为2022年决算数。";

    [Fact]
    public void Read_LabelGapNumberLines_BecomeOneTableWithItsCaption()
    {
        var document = Checked.FromText(Table);

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal("收入支出决算总表        金额单位：万元", table.Caption);
        Assert.Equal([2, 3, 4, 5], table.Rows.Select(r => r.Line));
        Assert.Equal(6, document.LineCount);
    }

    [Fact]
    public void Extract_TextTableCell_IsMoneyInTheCaptionUnitAtItsColumnInTheLine()
    {
        var figure = Checked.Figures(Table).Single(f => f.Text == "156.48");

        Assert.Equal((3, 13, 6), (figure.Span.Line, figure.Span.Start, figure.Span.Length));
        Assert.Equal(1564800m, figure.BaseValue);
        Assert.Equal("社会保障和就业支出", figure.Label);
    }

    [Fact]
    public void Check_TextTableTotalRowThatDoesNotAddUp_GivesTableTotalMismatchAtThatLine()
    {
        var finding = Assert.Single(Checked.Findings(Table), f => f.Severity >= Severity.Warning);

        Assert.Equal(("table_total_mismatch", 5), (finding.Rule, finding.Location.Line));
    }

    private const string Numbered = "表1  2023年农村公路日常养护资金分配表\n" +
                                    "序号\t乡镇\t养护里程（公里）\t养护资金（万元）\n" +
                                    "1\t城关镇\t86.4\t43.20\n" +
                                    "2\t青石镇\t124.6\t62.30\n" +
                                    "3\t河口乡\t89.2\t49.10\n" +
                                    "合计\t\t309.2\t154.60";

    [Fact]
    public void Extract_TableWithRowNumbersAndAQuantityColumn_RowsLabelledByNameAndTheColumnInItsOwnUnit()
    {
        var figures = Checked.Figures(Numbered);

        var length = figures.Single(f => f.Text == "124.6");
        Assert.Equal(("青石镇", "公里", FigureKind.Count, "养护里程"), (length.Label, length.Unit, length.Kind, length.Column));
        var money = figures.Single(f => f.Text == "62.30");
        Assert.Equal(("青石镇", 623000m), (money.Label, money.BaseValue));
        // 合计 in the row-number column, its name cell empty, still names the total row.
        Assert.Equal("合计", figures.Single(f => f.Text == "309.2").Label);
    }

    [Fact]
    public void Check_TableWithRowNumbersWhoseTotalIsOff_GivesTableTotalMismatchInItsUnit()
    {
        var finding = Assert.Single(Checked.Findings(Numbered), f => f.Severity >= Severity.Warning);

        Assert.Equal(("table_total_mismatch", 6), (finding.Rule, finding.Location.Line));
        Assert.Contains("309.2公里", finding.MessageZh);
    }

    [Fact]
    public void Extract_TableWithAUnitColumn_EachRowInItsOwnUnitLabelledByItsIndicator()
    {
        var figures = Checked.Figures("表1　2023年主要经济指标\n指标\t单位\t绝对数\t比上年增长（%）\n地区生产总值\t亿元\t283.67\t5.8\n" +
                                      "第一产业\t亿元\t41.26\t3.9\n年末常住人口\t万人\t52.36\t-0.4\n城镇居民人均可支配收入\t元\t45678\t4.9");

        var gdp = figures.Single(f => f.Text == "283.67");
        Assert.Equal(("地区生产总值", "亿元", 28_367_000_000m, "绝对数"), (gdp.Label, gdp.Unit, gdp.BaseValue, gdp.Column));
        var people = figures.Single(f => f.Text == "52.36");
        Assert.Equal(("年末常住人口", FigureKind.Count, 523_600m), (people.Label, people.Kind, people.BaseValue));
        var growth = figures.Single(f => f.Text == "-0.4");
        Assert.Equal(("%", FigureKind.Percent), (growth.Unit, growth.Kind));
    }

    [Theory]
    [InlineData("一、收入情况\n二、支出情况\n三、其他情况")]
    [InlineData("本年收入  100万元，比上年增加5万元。\n本年支出  90万元。\n结余  10万元。")]
    [InlineData("单位：万元\n项目    2021年    2022年\n收入    100\n支出    90")]
    public void Read_ProseAndShortRuns_StayParagraphs(string text) =>
        Assert.Empty(Checked.FromText(text).Blocks.OfType<TableBlock>());

    [Fact]
    public void Read_HeadingLineAboveRows_HeaderRowAndTheUnitLineAboveItIsTheCaption()
    {
        var document = Checked.FromText("金额单位：万元\n项目\t年初预算数\t决算数\n公务接待费\t6.00\t4.38\n" +
                                        "    公务用车运行维护费\t18.00\t15.62\n合计\t24.00\t20.00\n");

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal("金额单位：万元", table.Caption);
        Assert.Equal([2, 3, 4, 5], table.Rows.Select(r => r.Line));
        Assert.Equal([true, false, false, false], table.Rows.Select(r => r.IsHeader));
        Assert.Equal(2, table.Rows[2].Cells[0].Indent);
        var figure = Checked.Figures("金额单位：万元\n项目\t年初预算数\t决算数\n公务接待费\t6.00\t4.38\n公务用车运行维护费\t18.00\t15.62\n合计\t24.00\t20.00\n")
            .Single(f => f.Text == "4.38");
        Assert.Equal(("万元", "决算数"), (figure.Unit, figure.Column));
    }

    [Fact]
    public void Read_CaptionLineWithGapAboveRows_IsCaptionNotHeading()
    {
        var table = Assert.Single(Checked.FromText(Table).Blocks.OfType<TableBlock>());
        Assert.DoesNotContain(table.Rows, r => r.IsHeader);
    }
}
