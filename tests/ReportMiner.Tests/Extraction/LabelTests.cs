using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Extraction;

/// <summary>Labels: the item a figure measures, as an analyst would name it, the same in every place.</summary>
public sealed class LabelTests
{
    private static string LabelOf(string text, string figure) =>
        Checked.Figures(text).Single(f => f.Text == figure).Label;

    [Theory]
    [InlineData("其中工资福利支出1690.95千元，一般商品和服务支出210千元。", "1690.95千元", "工资福利支出")]
    [InlineData("发放金秋助学金16.6万元，帮助43名困难职工子女。", "16.6万元", "金秋助学金")]
    [InlineData("2、105万元为工会经费，工会经费按工资总额的2%计提。", "105万元", "工会经费")]
    [InlineData("其中，因公出国（境）费0万元，公务接待费2万元。", "0万元", "因公出国（境）费")]
    [InlineData("对个人和家庭的补助638千元。", "638千元", "对个人和家庭的补助")]
    [InlineData("机关运行经费当年一般公共预算拨款2882.84千元，比2018年预算减少26.42千元，下降9.9%。", "26.42千元", "机关运行经费")]
    [InlineData("共青团经费12万元，设备购置费30万元，发展改革经费5万元，共计47万元。", "12万元", "共青团经费")]
    [InlineData("共青团经费12万元，设备购置费30万元，发展改革经费5万元，共计47万元。", "30万元", "设备购置费")]
    [InlineData("共青团经费12万元，设备购置费30万元，发展改革经费5万元，共计47万元。", "47万元", "合计")]
    [InlineData("一般公共预算收入由2017年的12.35亿元增加到2022年的18.26亿元。", "18.26亿元", "一般公共预算收入")]
    [InlineData("２０２３年基本支出预算４８６．２０万元。", "４８６．２０万元", "基本支出预算")]
    [InlineData("2019年度收入总计1,234.56万元。", "1,234.56万元", "收入总计")]
    public void Extract_FigureInSentence_LabelNamesTheItem(string text, string figure, string label) =>
        Assert.Equal(label, LabelOf(text, figure));

    [Fact]
    public void Extract_SameItemInTwoPlaces_GetsTheSameLabel()
    {
        var figures = Checked.Figures("2019年行政事业单位工会经费1080.00千元。\n本年度，行政事业单位工会经费（一般公共预算）1050.00千元。");

        Assert.Equal(figures[0].Label, figures[1].Label.Replace("（一般公共预算）", "", StringComparison.Ordinal));
    }
}
