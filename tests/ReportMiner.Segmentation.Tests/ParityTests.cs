namespace ReportMiner.Segmentation.Tests;

/// <summary>Output identical to python jieba 0.42.1 (reference files produced by jieba itself).</summary>
public class ParityTests
{
    public static TheoryData<string> ReferenceFiles => new() { "seed.cut.tsv", "cases.cut.tsv" };

    [Theory]
    [MemberData(nameof(ReferenceFiles))]
    public void Cut_ReferenceFile_EveryLineIdenticalToJieba(string file)
    {
        var differences = new List<string>();
        var lines = 0;
        foreach (var (line, input, expected) in CutTsv.Read(TestFiles.Path(file)))
        {
            lines++;
            var actual = Segmenter.Default.Cut(input).Select(t => t.Text).ToArray();
            if (!actual.SequenceEqual(expected))
            {
                differences.Add($"line {line}: {input}\n  jieba: {string.Join(" / ", expected)}\n  ours:  {string.Join(" / ", actual)}");
            }
        }

        Assert.True(lines > 50, $"{file} has only {lines} lines");
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)) + $"\n({differences.Count} of {lines} lines differ)");
    }

    [Fact]
    public void Cut_SeedFile_InputsAreTheSeedLines()
    {
        // Guards the reference file itself: it must describe the seed text the command is run on.
        var seedLines = TestFiles.Read("seed.txt").Split('\n');
        var inputs = CutTsv.Read(TestFiles.Path("seed.cut.tsv")).Select(r => r.Input).ToArray();
        Assert.Equal(seedLines, inputs);
    }

    [Theory]
    [InlineData("庭院深深深几许", "庭院|深深|深|几许")]                 // route tie: the larger end wins
    [InlineData("大车无輗", "大车|无|輗")]                              // Viterbi tie: the larger state wins
    [InlineData("清晰胜于技巧", "清晰|胜|于|技巧")]                     // a split dictionary word skips the HMM
    [InlineData("2019年支出预算3018.95千元", "2019|年|支出|预算|3018.95|千元")]
    [InlineData("1.2.3版本", "1.2|.|3|版本")]
    [InlineData("我们在𠀀𠀁里😀吃饭", "我们|在|𠀀|𠀁|里|😀|吃饭")]        // non-BMP: one token, two UTF-16 units
    [InlineData("a\r\nb\n\rc", "a|\r\n|b|\n|\r|c")]
    public void Cut_KnownJiebaBehaviour_SameTokens(string input, string expected)
    {
        Assert.Equal(expected.Split('|'), Segmenter.Default.Cut(input).Select(t => t.Text));
    }
}
