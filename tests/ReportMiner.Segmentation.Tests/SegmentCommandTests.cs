using ReportMiner.Cli;

namespace ReportMiner.Segmentation.Tests;

public class SegmentCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter();
        var code = App.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("seed.txt", "seed.cut.tsv")]
    [InlineData("cases.txt", "cases.cut.tsv")]
    public void Segment_ReferenceInput_ByteIdenticalToJieba(string input, string reference)
    {
        var (code, output, err) = Run("segment", TestFiles.Path(input));

        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Equal(File.ReadAllText(TestFiles.Path(reference)), output);
    }

    [Fact]
    public void Segment_UserDict_MatchesJiebaLoadUserdict()
    {
        var input = Path.Combine(Path.GetTempPath(), $"rm-seg-{Guid.NewGuid():N}.txt");
        var lines = CutTsv.Read(TestFiles.Path("userdict.tricky.cut.tsv")).Select(r => r.Input);
        File.WriteAllText(input, string.Join("\n", lines) + "\n");
        try
        {
            var (code, output, _) = Run("segment", input, "--user-dict", TestFiles.Path("userdict.tricky.txt"));

            Assert.Equal(0, code);
            Assert.Equal(File.ReadAllText(TestFiles.Path("userdict.tricky.cut.tsv")), output);
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void Segment_DomainDict_KeepsFiscalTermsWhole()
    {
        var input = Path.Combine(Path.GetTempPath(), $"rm-seg-{Guid.NewGuid():N}.txt");
        File.WriteAllText(input, "工资福利支出\\1\r\n\n对个人和家庭的补助");
        try
        {
            Assert.Equal("工资福利支出\\\\1\t工资福利\t支出\t\\\\\t1\n\n对个人和家庭的补助\t对\t个人\t和\t家庭\t的\t补助\n", Run("segment", input).Out);
            Assert.Equal("工资福利支出\\\\1\t工资福利支出\t\\\\\t1\n\n对个人和家庭的补助\t对个人和家庭的补助\n", Run("segment", input, "--domain-dict").Out);
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void Segment_MissingFile_UsageError()
    {
        var (code, output, err) = Run("segment", "/nonexistent/file.txt");

        Assert.Equal(App.ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.Contains("reportminer:", err);
    }
}
