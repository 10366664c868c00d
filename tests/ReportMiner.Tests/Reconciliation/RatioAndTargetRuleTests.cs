using ReportMiner.Reconciliation;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Reconciliation;

/// <summary>
/// Shares and comparisons that were missed: a share whose amounts are written with thousands separators, structure
/// ratios (10.0∶38.7∶52.3), defined rates (个人住房贷款率), threshold targets (≥1,200人) and an excess claimed over an
/// amount named after the wording (超出调整预算X). Each with the mistake it must catch and the near-misses it must not.
/// </summary>
public sealed class RatioAndTargetRuleTests
{
    private static IReadOnlyList<string> Serious(string text) => Checked.Serious(text);

    // ------------------------------------------------------------ 占X的Y% with grouped digits

    [Fact]
    public void Check_ShareOfWholeWrittenWithThousandsSeparators_GivesShareMismatch() =>
        Assert.Equal(["1 share_mismatch error"], Serious("税收收入12,480万元，占一般公共预算收入18,236万元的70.44%。"));

    [Theory]
    [InlineData("税收收入12,480万元，占一般公共预算收入18,236万元的68.44%。")]
    [InlineData("税收收入12,480万元，占一般公共预算收入18,236万元的68.43%。")]
    [InlineData("税收收入12,480万元，占一般公共预算收入18,236万元的68.4%。")]
    public void Check_ShareOfWholeWithThousandsSeparatorsRoundedOrTruncated_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    // ------------------------------------------------------------ structure ratios

    [Theory]
    [InlineData("全市三次产业结构为8.6：41.2：51.3。")]
    [InlineData("全区产业结构调整为7.4:40.2:51.6。")]
    public void Check_StructureRatioNotMakingHundred_GivesShareMismatch(string text) =>
        Assert.Equal(["1 share_mismatch error"], Serious(text));

    [Fact]
    public void Check_StructureRatioTermsNotFittingTheAmounts_GivesShareMismatchPerWrongTerm() =>
        Assert.Equal(["2 share_mismatch error", "2 share_mismatch error"], Serious(
            "全年地区生产总值500.00亿元，其中第一产业增加值40.00亿元，第二产业增加值210.00亿元，第三产业增加值250.00亿元。\n三次产业结构为8.0∶44.0∶48.0。"));

    [Theory]
    [InlineData("全年地区生产总值500.00亿元，其中第一产业增加值40.00亿元，第二产业增加值210.00亿元，第三产业增加值250.00亿元。\n三次产业结构为8.0∶42.0∶50.0。")]
    [InlineData("三次产业结构由上年的9.1∶40.5∶50.3调整为8.8∶40.1∶51.2。")]
    [InlineData("三次产业结构为11.5∶38.5∶50.1。")]
    [InlineData("城镇职工养老保险制度赡养率为2.08∶1。")]
    [InlineData("会议于9:30:00开始，产业结构持续优化。")]
    [InlineData("产业结构比例约为1∶2∶7。")]
    public void Check_StructureRatioWithinRoundingOrNoShares_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    // ------------------------------------------------------------ defined rates

    [Fact]
    public void Check_DefinedRateAgainstAmountsOfEarlierParagraph_GivesShareMismatch() =>
        Assert.Equal(["2 share_mismatch error"], Serious("年末，住房公积金缴存余额86.40亿元。\n年末，个人住房贷款余额60.20亿元，个人住房贷款率76.68%。"));

    [Theory]
    [InlineData("年末，住房公积金缴存余额86.40亿元。\n年末，个人住房贷款余额60.20亿元，个人住房贷款率69.68%。")]
    [InlineData("年末，住房公积金缴存余额86.40亿元。\n年末，个人住房贷款余额60.20亿元，个人住房贷款率69.6%。")]
    [InlineData("上年末缴存余额80.00亿元。\n年末，个人住房贷款余额60.20亿元，个人住房贷款率76.68%。")]
    [InlineData("月均缴存余额80.00亿元。\n年末，个人住房贷款余额60.20亿元，个人住房贷款率76.68%。")]
    public void Check_DefinedRateThatFitsOrHasNoStatedBase_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    // ------------------------------------------------------------ threshold targets

    [Theory]
    [InlineData("满意度指标：群众满意度 目标值不低于90% 实际值86.5%，已完成目标值。")]
    [InlineData("培训人次 年度目标≥500人次，实际完成620人次，未完成年度目标。")]
    [InlineData("单位成本 目标值≤300元 实际完成312元，达到目标要求。")]
    [InlineData("新增就业 年度计划任务2,000人以上 实际完成1,860人，超额完成计划任务。")]
    public void Check_WordingContradictingAThresholdTarget_GivesComparisonMismatch(string text) =>
        Assert.Equal(["1 comparison_mismatch error"], Serious(text));

    [Theory]
    [InlineData("培训人次 年度目标≥500人次，实际完成620人次，完成率124%。")]
    [InlineData("满意度指标：群众满意度 目标值≥90% 实际值89.96%，基本达到目标。")]
    [InlineData("满意度指标：群众满意度 目标值≥95% 实际值95%，达到目标。")]
    [InlineData("满意度指标：群众满意度 目标值≥95% 实际值94.96%，未达到目标。")]
    [InlineData("培训人次 年度目标≥500人次，实际完成约480人次，完成年度目标。")]
    [InlineData("培训人次 年度目标≥500人次，实际完成620人次，超额完成年度目标。")]
    [InlineData("单位成本 目标值≤300元 实际完成285元，达到目标要求。")]
    public void Check_WordingThatFitsOrHedgesAThresholdTarget_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    // ------------------------------------------------------------ 超出 + a named amount

    [Theory]
    [InlineData("全年一般公共预算支出18.62亿元，实际支出超过年初预算19.50亿元。")]
    [InlineData("项目支出286.40万元，决算数高于调整预算300.00万元。")]
    public void Check_ExcessClaimedOverALargerNamedAmount_GivesComparisonMismatch(string text) =>
        Assert.Equal(["1 comparison_mismatch error"], Serious(text));

    [Theory]
    [InlineData("全年一般公共预算支出18.62亿元，超过年初预算1.20亿元。")]
    [InlineData("全年一般公共预算支出18.62亿元，实际支出超过年初预算17.50亿元。")]
    [InlineData("全年一般公共预算支出18.62亿元，低于年初预算19.50亿元。")]
    [InlineData("上年支出12.00亿元，今年超出上年15.00亿元。")]
    [InlineData("全年一般公共预算支出18.62亿元，超过19.50亿元的年度目标。")]
    [InlineData("全年一般公共预算支出18.62亿元，未超过年初预算19.50亿元。")]
    [InlineData("全年政府采购支出30.00万元，采购金额超过限额标准50.00万元的项目2个。")]
    public void Check_ExcessThatHoldsOrIsAnAmountOfExcess_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));
}
