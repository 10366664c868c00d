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
    // A change in a unit of measure is of the sentence's item, as one in money is; so is the 支出 side of 收入总计、支出总计.
    [InlineData("全年粮食播种面积196.3万亩，比上年增加2.1万亩；粮食总产量82.6万吨，增长1.8%。", "2.1万亩", "粮食播种面积")]
    [InlineData("2023年度财政拨款收入总计34139.60万元、支出总计34139.50万元。", "34139.50万元", "财政拨款支出总计")]
    public void Extract_FigureInSentence_LabelNamesTheItem(string text, string figure, string label) =>
        Assert.Equal(label, LabelOf(text, figure));

    [Fact]
    public void Extract_SameItemInTwoPlaces_GetsTheSameLabel()
    {
        var figures = Checked.Figures("2019年行政事业单位工会经费1080.00千元。\n本年度，行政事业单位工会经费（一般公共预算）1050.00千元。");

        Assert.Equal(figures[0].Label, figures[1].Label.Replace("（一般公共预算）", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("（一）工伤保险基金。本年收入3.2亿元，年末结存资金3.56亿元。", "3.56亿元", "工伤保险基金")]
    [InlineData("2、城投集团\n年末负债总额86.4亿元。", "86.4亿元", "城投集团")]
    [InlineData("全省国有控股企业资产总额1,520.3亿元，负债总额860.2亿元。", "860.2亿元", "国有控股企业")]
    [InlineData("（二）收入决算情况。本年收入合计86.4万元。", "86.4万元", "")]
    [InlineData("企业所得税收入12.6亿元，个人所得税收入4.2亿元。", "4.2亿元", "")]
    public void Extract_FigureUnderEntityHeadingOrSubject_ScopeNamesTheEntity(string text, string figure, string scope) =>
        Assert.Equal(scope, Checked.Figures(text).Single(f => f.Text == figure).Scope);

    [Theory]
    [InlineData("截至年末，累计发放助学贷款18.60亿元。", true)]
    [InlineData("历年累计提取风险准备金5.2亿元。", true)]
    [InlineData("项目开工以来累计完成投资32亿元。", true)]
    [InlineData("截至2023年累计发放助学贷款18.60亿元。", true)]
    [InlineData("全年累计发放助学贷款2.35亿元。", false)]
    [InlineData("1-9月累计完成投资12亿元。", false)]
    [InlineData("本年发放助学贷款2.35亿元。", false)]
    public void Extract_AmountAccumulatedOverYears_IsCumulative(string text, bool cumulative) =>
        Assert.Equal(cumulative, Checked.Figures(text).Single(f => f.Kind == ReportMiner.Extraction.FigureKind.Money).Cumulative);
}
