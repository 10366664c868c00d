using ReportMiner.Tests.Support;
using ReportMiner.Ingestion;
using ReportMiner.Pipeline;
using ReportMiner.Reconciliation;

namespace ReportMiner.Tests.Ingestion;

/// <summary>Every .docx and .pdf in corpus/office gives exactly its expected error and warning findings.</summary>
public sealed class OfficeCorpusTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepoPaths.Of("corpus/office")).Where(p => p.EndsWith(".docx", StringComparison.Ordinal) || p.EndsWith(".pdf", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add("corpus/office/" + Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Process_OfficeCorpusDocument_FindingsAsExpected(string document)
    {
        var expectedFile = RepoPaths.Of($"corpus/expected/office/{Path.GetFileName(document)}.findings.csv");
        Assert.True(File.Exists(expectedFile), $"missing {expectedFile}");
        var expected = File.ReadAllLines(expectedFile).Skip(1).Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToList();

        var path = RepoPaths.Of(document);
        var outcome = CheckPipeline.CreateProcessor(long.MaxValue)
            .Process(new InputFile(path, document, InputDiscovery.FormatOf(path), null), CancellationToken.None);
        Assert.Equal(DocumentStatus.Ok, outcome.Status);
        var actual = outcome.Findings.Where(f => f.Severity != Severity.Info)
            .Select(f => $"{document},{f.Location.Page},{f.Location.Line},{f.Rule},{f.Severity.ToString().ToLowerInvariant()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Process_WrongTotalRowInPdf_OneTableTotalMismatchAtItsPageAndLine()
    {
        const string document = "corpus/office/final_accounts.pdf";
        var path = RepoPaths.Of(document);
        var outcome = CheckPipeline.CreateProcessor(long.MaxValue)
            .Process(new InputFile(path, document, InputDiscovery.FormatOf(path), null), CancellationToken.None);
        var f = Assert.Single(outcome.Findings, x => x.Rule == TableTotalRule.RuleId);
        Assert.Equal((int?)1, f.Location.Page);
        Assert.Equal(22, f.Location.Line);
        Assert.Equal(100.00m, f.Difference);
        Assert.Equal("合计", outcome.Figures.Single(x => x.Id == f.FigureIds[0]).Label);
    }

    private static DocumentOutcome Process(string document)
    {
        var path = RepoPaths.Of(document);
        return CheckPipeline.CreateProcessor(long.MaxValue)
            .Process(new InputFile(path, document, InputDiscovery.FormatOf(path), null), CancellationToken.None);
    }

    [Fact]
    public void Process_TabLaidOutPdfTable_ValuesLabelledByRowAndColumn()
    {
        var outcome = Process("corpus/office/borderless.pdf");

        // 苍溪县 and 52,860 are half an em apart: two cells, not one label "苍溪县52,860".
        var amount = Assert.Single(outcome.Figures, f => f.Text == "52,860");
        Assert.Equal(("苍溪县", "2023年", "万元", 528_600_000m), (amount.Label, amount.Column, amount.Unit, amount.BaseValue));
        var growth = Assert.Single(outcome.Figures, f => f.Text == "14.1");
        Assert.Equal(("增长%", "%"), (growth.Column, growth.Unit));
        // Values at ragged tab stops still find their row and column.
        var farming = Assert.Single(outcome.Figures, f => f.Text == "612.00");
        Assert.Equal(("农林水支出", "调整预算"), (farming.Label, farming.Column));
        var income = Assert.Single(outcome.Figures, f => f.Text == "3,862.47");
        Assert.Equal(("一般公共预算财政拨款收入", "万元"), (income.Label, income.Unit));
    }

    [Fact]
    public void Process_SpreadsheetPrintedWithoutBorders_TwoHalvesReadAsColumnsWithTheCaptionsUnit()
    {
        // Excel-style 收入支出决算总表 without borders: 2,508.23 and the right half's 一、一般公共服务支出 are a point and a
        // half apart, and the caption line (…单位：万元) stands above a 收入　支出 heading the rows do not take.
        var outcome = Process("corpus/office/r12-w5-xlsx-borderless.pdf");

        var income = Assert.Single(outcome.Figures, f => f.Text == "2,508.23" && f.Span.Page == 1);
        Assert.Equal(("一般公共预算财政拨款收入", "万元", 25_082_300m), (income.Label, income.Unit, income.BaseValue));
        // Under 项目 / 本年收入合计 财政拨款收入 … (附属单位上缴收入 names no unit), the 收入决算表's cells still take 万元.
        Assert.All(outcome.Figures.Where(f => f.Span.Page == 2), f => Assert.Equal("万元", f.Unit));
        // A column of dashes (经营收入 - - -) names no row: 26.54 of the 合计 row is the 合计's, not "-"'s.
        Assert.DoesNotContain(outcome.Figures, f => f.Label is "-" or "—" or "－");
        Assert.Equal("合计", Assert.Single(outcome.Figures, f => f.Text == "26.54" && f.Span.Page == 2).Label);
    }

    [Fact]
    public void Process_TabLaidOutPdfTableWithWrongTotal_OneFindingAtItsLineAndNoneForTheTableAcrossPages()
    {
        var outcome = Process("corpus/office/borderless.pdf");

        var f = Assert.Single(outcome.Findings, x => x.Severity != Severity.Info);
        Assert.Equal((TableTotalRule.RuleId, (int?)1, 25), (f.Rule, f.Location.Page, f.Location.Line));
        Assert.Equal((1874.81m, 1847.81m), (f.Stated, f.Computed));
        // The 完成调整预算 column holds percentages: not summed, so the 合计 row has one failing column, not two.
        Assert.DoesNotContain("2处", f.MessageZh, StringComparison.Ordinal);
        // The 41-row table's 合计 on page 2 is checked against all its rows, those of page 1 too.
        var total = Assert.Single(outcome.Figures, x => x.Text == "254,245");
        Assert.Equal((int?)2, total.Span.Page);
    }

    [Fact]
    public void Process_CalcPdfWithNarrowColumns_NeighbouringNumbersAreSeparateFigures()
    {
        var outcome = Process("corpus/office/calc-budget-narrow.pdf");

        Assert.Contains(outcome.Figures, f => f.Text == "213700.07" && f.Column == "合计");
        Assert.Contains(outcome.Figures, f => f.Text == "107989.83" && f.Column == "基本支出");
        Assert.DoesNotContain(outcome.Figures, f => f.Text.Contains(' '));
    }

    [Fact]
    public void Process_SideBySideSheetWithoutBorders_EachHalfsRowsLabelledAndTheTotalsRowRead()
    {
        // 人员经费 | 公用经费 side by side: 718.85 ends a point and a half before the next cell's code 302.
        var outcome = Process("corpus/office/r13-c06-xlsx-borderless-side-by-side.pdf");

        var wages = Assert.Single(outcome.Figures, f => f.Text == "718.85");
        Assert.Equal(("工资福利支出", "决算数", "万元"), (wages.Label, wages.Column, wages.Unit));
        Assert.DoesNotContain(outcome.Figures, f => f.Text.Length > 8 && f.Text.Contains('.') && f.Text.IndexOf('.') < f.Text.Length - 3);
        Assert.Equal("公用经费合计", Assert.Single(outcome.Figures, f => f.Text == "287.72").Label);
    }

    [Fact]
    public void Process_NameWrappedAroundItsValuesRow_NameJoinedInThatRow()
    {
        // 机关事业单位基本养老 above the row of 96.48, 保险缴费 below it.
        var outcome = Process("corpus/office/r13-c06-xlsx-borderless-wrapped.pdf");

        var pension = Assert.Single(outcome.Figures, f => f.Text == "96.48" && f.Span.Page == 2);
        Assert.Equal("机关事业单位基本养老保险缴费", pension.Label);
    }
}
