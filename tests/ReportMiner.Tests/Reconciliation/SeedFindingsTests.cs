using System.Globalization;
using ReportMiner.Reconciliation;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Reconciliation;

/// <summary>The seed's five real mistakes, found exactly, and nothing else at error or warning level.</summary>
public sealed class SeedFindingsTests
{
    private static readonly IReadOnlyList<Finding> Findings = Checked.Findings(File.ReadAllText(RepoPaths.Seed));

    private static string Csv(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "";

    [Fact]
    public void Check_Seed_FindsTheFiveRealMistakesAndNothingElse()
    {
        var serious = Findings.Where(f => f.Severity >= Severity.Warning)
            .Select(f => $"{f.Location.Line} {f.Rule} {f.Severity.ToString().ToLowerInvariant()}")
            .ToList();

        Assert.Equal(
            [
                "22 sum_mismatch error",
                "24 restatement_conflict error",
                "27 unit_slip error",
                "36 change_mismatch error",
                "56 sum_mismatch warning",
            ],
            serious);
    }

    [Fact]
    public void Check_SeedProjectExpenditure_StatesTheSumOfItsItems()
    {
        var f = Findings.Single(x => x.Rule == "sum_mismatch" && x.Location.Line == 22);

        Assert.Equal(("1118.00", "1148.00", "-30.00", "千元"), (Csv(f.Stated), Csv(f.Computed), Csv(f.Difference), f.Unit));
        Assert.Equal("项目支出1118.00千元与其明细之和1148.00千元（1080.00+68.00）不符，差额-30.00千元", f.MessageZh);
    }

    [Fact]
    public void Check_SeedUnionFunds_RestatedIn千元Not万元()
    {
        var f = Findings.Single(x => x.Rule == "restatement_conflict");

        Assert.Equal(("1080.00", "1050.00", "千元"), (Csv(f.Stated), Csv(f.Computed), f.Unit));
        Assert.Contains("第22行1080.00千元", f.MessageZh, StringComparison.Ordinal);
        Assert.Contains("第24行1050.00千元", f.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Seed638Yuan_IsReportedAsAUnitSlipTo千元()
    {
        var f = Findings.Single(x => x.Rule == "unit_slip");

        Assert.Equal(27, f.Location.Line);
        Assert.Contains("638元", f.MessageZh, StringComparison.Ordinal);
        Assert.Contains("千元", f.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(Findings, x => x.Rule == "sum_mismatch" && x.Location.Line == 27);
    }

    [Fact]
    public void Check_SeedOperatingCosts_RateComputedFromPriorLevel()
    {
        var f = Findings.Single(x => x.Rule == "change_mismatch");

        Assert.Equal(("9.9", "0.908", "%"), (Csv(f.Stated), Csv(f.Computed), f.Unit));
    }

    [Fact]
    public void Check_SeedCoveredWorkers_SumsTheBreakdownAcrossTwoSentences()
    {
        var f = Findings.Single(x => x.Rule == "sum_mismatch" && x.Location.Line == 56);

        Assert.Equal(("25337", "25570", Severity.Warning), (Csv(f.Stated), Csv(f.Computed), f.Severity));
        Assert.Contains("1553+11938+6866+5213", f.MessageZh, StringComparison.Ordinal);
    }
}
