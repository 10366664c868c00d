using System.Globalization;
using ReportMiner.Extraction;

namespace ReportMiner.Tests.Extraction;

public sealed class FigureScannerTests
{
    /// <summary>One figure expected in the text: its text as written, base value, unit, kind, approx.</summary>
    [Theory]
    [InlineData("收入1,234.56万元。", "1,234.56万元", "12345600", "万元", FigureKind.Money, false)]
    [InlineData("支出１２３．５万元", "１２３．５万元", "1235000", "万元", FigureKind.Money, false)]
    [InlineData("工资福利支出1690.95千元，", "1690.95千元", "1690950", "千元", FigureKind.Money, false)]
    [InlineData("名优企业十余家", "十余家", "10", "家", FigureKind.Count, true)]
    [InlineData("举办了两期插花课", "两期", "2", "期", FigureKind.Count, false)]
    [InlineData("投入一百二十万元", "一百二十万元", "1200000", "万元", FigureKind.Money, false)]
    [InlineData("招商两千三百万元", "两千三百万元", "23000000", "万元", FigureKind.Money, false)]
    [InlineData("拨款壹佰贰拾元整", "壹佰贰拾元", "120", "元", FigureKind.Money, false)]
    [InlineData("会员实名制录入完成4.8万人", "4.8万人", "48000", "万人", FigureKind.Count, false)]
    [InlineData("吸纳粉丝3万余人", "3万余人", "30000", "万人", FigureKind.Count, true)]
    [InlineData("完成投资1.2亿元", "1.2亿元", "120000000", "亿元", FigureKind.Money, false)]
    [InlineData("带动就业3万4000人", "3万4000人", "34000", "人", FigureKind.Count, false)]
    [InlineData("每个项目10-15万元", "10-15万元", "100000", "万元", FigureKind.Money, true)]
    [InlineData("投入两到三万元", "两到三万元", "20000", "万元", FigureKind.Money, true)]
    [InlineData("价值10万余元", "10万余元", "100000", "万元", FigureKind.Money, true)]
    [InlineData("下拨工会经费120余万元", "120余万元", "1200000", "万元", FigureKind.Money, true)]
    [InlineData("招聘工人近2000个", "近2000个", "2000", "个", FigureKind.Count, true)]
    [InlineData("约1.2亿元", "约1.2亿元", "120000000", "亿元", FigureKind.Money, true)]
    [InlineData("投资额50万元左右", "50万元左右", "500000", "万元", FigureKind.Money, true)]
    [InlineData("召开率均达到80%以上", "80%以上", "80", "%", FigureKind.Percent, true)]
    [InlineData("超过300人参加", "300人", "300", "人", FigureKind.Count, true)]
    [InlineData("不足5万元", "5万元", "50000", "万元", FigureKind.Money, true)]
    [InlineData("年末结余20万元", "20万元", "200000", "万元", FigureKind.Money, false)]
    [InlineData("人民币500元", "500元", "500", "元", FigureKind.Money, false)]
    [InlineData("下降9.9%，", "9.9%", "9.9", "%", FigureKind.Percent, false)]
    [InlineData("占比１５％", "１５％", "15", "％", FigureKind.Percent, false)]
    [InlineData("百分之三十的企业", "百分之三十", "30", "%", FigureKind.Percent, false)]
    [InlineData("提高0.3个百分点", "0.3个百分点", "0.3", "个百分点", FigureKind.Points, false)]
    [InlineData("进出口总额12.3亿美元", "12.3亿美元", "1230000000", "亿美元", FigureKind.Money, false)]
    [InlineData("收入2万亿元", "2万亿元", "2000000000000", "万亿元", FigureKind.Money, false)]
    [InlineData("预算3百万元", "3百万元", "3000000", "百万元", FigureKind.Money, false)]
    [InlineData("参赛800多人次", "800多人次", "800", "人次", FigureKind.Count, true)]
    [InlineData("历时15天", "15天", "15", "天", FigureKind.Count, false)]
    [InlineData("增长-5.2%", "-5.2%", "-5.2", "%", FigureKind.Percent, false)]
    [InlineData("2、105万元为工会经费", "105万元", "1050000", "万元", FigureKind.Money, false)]
    [InlineData("0万元，主要用于", "0万元", "0", "万元", FigureKind.Money, false)]
    [InlineData("人口自然增长率7.38‰", "7.38‰", "0.738", "‰", FigureKind.Percent, false)]
    [InlineData("计划值≥1,800人", "1,800人", "1800", "人", FigureKind.Count, true)]
    [InlineData("突破300亿元", "300亿元", "30000000000", "亿元", FigureKind.Money, true)]
    public void Scan_FigureInText_ReadsValueUnitKindAndApprox(string text, string written, string baseValue, string unit, FigureKind kind, bool approx)
    {
        var f = Assert.Single(FigureScanner.Scan(text));
        Assert.Equal(written, text.Substring(f.Start, f.Length));
        Assert.Equal(decimal.Parse(baseValue, CultureInfo.InvariantCulture), f.BaseValue);
        Assert.Equal(unit, f.Unit);
        Assert.Equal(kind, f.Kind);
        Assert.Equal(approx, f.Approx);
    }

    [Theory]
    [InlineData("2019年")]
    [InlineData("2019年度部门决算")]
    [InlineData("3月22日上午")]
    [InlineData("截至2019.12.31")]
    [InlineData("根据湘工办[2018]20号文件")]
    [InlineData("根据财预〔2020〕12号")]
    [InlineData("一是深入开展")]
    [InlineData("1.根据党的基本路线")]
    [InlineData("（一）收入支出预算安排情况")]
    [InlineData("①开展两节送温暖")]
    [InlineData("参加第六期职工医疗互助")]
    [InlineData("第十五次代表大会")]
    [InlineData("党的十九大精神")]
    [InlineData("“三公”经费")]
    [InlineData("认真查找“四风”问题")]
    [InlineData("坚持“三个贴近”的工作思路")]
    [InlineData("科目编码2010101")]
    [InlineData("联系电话0737-2222333")]
    [InlineData("依照第三条规定")]
    [InlineData("新中国成立70周年")]
    [InlineData("增强四个意识")]
    [InlineData("进一步统一思想")]
    [InlineData("50人以上78家建会企业")]
    [InlineData("单价50万元以上通用设备")]
    [InlineData("获益阳市一等奖")]
    [InlineData("居益阳第一")]
    [InlineData("GB18030编码")]
    [InlineData("送到千家万户")]
    [InlineData("年末结余额")]
    [InlineData("项目支出。")]
    [InlineData("未满17周岁")]
    [InlineData("公益二类事业单位")]
    [InlineData("三次产业协调发展")]
    [InlineData("数据整合二期工程")]
    public void Scan_NotAFigure_FindsNothingThere(string text)
    {
        var figures = FigureScanner.Scan(text);

        // 50人以上78家 keeps 78家 only; 单价50万元以上通用设备 keeps nothing.
        Assert.All(figures, f => Assert.DoesNotContain("以上", text.Substring(f.Start, f.Length), StringComparison.Ordinal));
        if (!text.Contains("78家", StringComparison.Ordinal))
        {
            Assert.Empty(figures);
        }
    }

    [Fact]
    public void Scan_ListMarkerBeforeAmount_IsNotGluedToIt()
    {
        var figures = FigureScanner.Scan("其中：1、6.8万元为帮扶基金。2、105万元为工会经费");

        Assert.Equal(["6.8万元", "105万元"], figures.Select(f => "其中：1、6.8万元为帮扶基金。2、105万元为工会经费".Substring(f.Start, f.Length)));
        Assert.Equal([68000m, 1050000m], figures.Select(f => f.BaseValue));
    }

    [Fact]
    public void Scan_WrittenPrecision_IsKeptInTheValue()
    {
        var f = Assert.Single(FigureScanner.Scan("项目支出1118.00千元"));

        Assert.Equal("1118.00", f.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("三次产业结构为10.0∶38.7∶52.3。", "10.0 38.7 52.3")]
    [InlineData("结构为11.5:38.5:50.1", "11.5 38.5 50.1")]
    [InlineData("结构为８.７：３８.３：５３.０", "8.7 38.3 53.0")]
    public void ScanRatios_ThreeTermsWithRatioColons_GivesTheTermsAndNoFigure(string text, string terms)
    {
        var ratio = Assert.Single(FigureScanner.ScanRatios(text));

        Assert.Empty(FigureScanner.Scan(text));
        Assert.Equal(terms, string.Join(' ', ratio.Terms.Select(t => t.Value.ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("制度赡养率为2.08∶1。")]
    [InlineData("会议时间9:30，地点：会议室")]
    [InlineData("比分为3:2:1.5.")]
    public void ScanRatios_TwoTermsTimesOrCodes_GivesNone(string text) =>
        Assert.Empty(FigureScanner.ScanRatios(text));
}
