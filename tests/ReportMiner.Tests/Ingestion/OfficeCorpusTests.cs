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
}
