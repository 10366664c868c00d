using ReportMiner.Cli;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Cli;

public sealed class TextCommandTests
{
    [Fact]
    public void Run_SeedPdf_WrappedParagraphIsOneLineWithItsPageAndLine()
    {
        var result = CliRunner.Run("text", Repo.File("seeds/renditions/seed.pdf"), "--positions");

        Assert.True(result.ExitCode == App.ExitCodes.Done, result.ToString());
        var lines = result.Stdout.Split('\n');
        // The sentence wraps in the PDF (…1690.95千元，一般商品 / 和服务支出210千元…): read back as one line, at its first line.
        Assert.Contains("2:16\t基本支出1900.95千元。其中工资福利支出1690.95千元，一般商品和服务支出210千元（其中办公费25千元，", lines.Single(l => l.StartsWith("2:16\t", StringComparison.Ordinal)));
        Assert.Contains("2:23\t|支出预算合计\t3018.95", lines);
    }

    [Fact]
    public void Run_DocxWithoutPositions_TableRowsAreCellsSeparatedByTab()
    {
        var result = CliRunner.Run("text", Repo.File("corpus/office/sangong.docx"));

        Assert.True(result.ExitCode == App.ExitCodes.Done, result.ToString());
        var lines = result.Stdout.Split('\n');
        Assert.Equal("“三公”经费支出情况说明", lines[0]);
        Assert.Contains("决算数\t12.50\t0.00\t6.00\t6.50", lines);
    }

    [Fact]
    public void Run_UnreadablePdf_ExitsThreeWithTheReason()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("in/cut.pdf", "%PDF-1.4\n1 0 obj\n<<>>\n"u8.ToArray());

        var result = CliRunner.Run("text", input);

        Assert.Equal(App.ExitCodes.DocumentsFailed, result.ExitCode);
        Assert.Contains("truncated PDF", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
