using ReportMiner.Segmentation.Internal;

namespace ReportMiner.Segmentation.Tests;

/// <summary>User words behave as in python jieba after load_userdict / add_word (references made by jieba).</summary>
public class UserDictionaryTests
{
    private static void AssertMatchesReference(Segmenter segmenter, string referenceFile)
    {
        var differences = new List<string>();
        var lines = 0;
        foreach (var (line, input, expected) in CutTsv.Read(TestFiles.Path(referenceFile)))
        {
            lines++;
            var actual = segmenter.Cut(input).Select(t => t.Text).ToArray();
            if (!actual.SequenceEqual(expected))
            {
                differences.Add($"line {line}: jieba {string.Join("/", expected)} | ours {string.Join("/", actual)}");
            }
        }

        Assert.True(lines > 50);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [Fact]
    public void WithUserDictionary_TrickyFile_MatchesJiebaLoadUserdict()
    {
        // BOM, a word with a space, tag-only lines (suggest_freq), frequency 0 (forced split),
        // a re-added word, non-block and non-BMP words, a line with only surrounding spaces.
        var segmenter = Segmenter.Default.WithUserDictionary(TestFiles.Path("userdict.tricky.txt"));
        AssertMatchesReference(segmenter, "userdict.tricky.cut.tsv");
    }

    [Fact]
    public void Domain_FiscalContextsAndSeed_MatchJiebaWithTheSameUserDict()
    {
        AssertMatchesReference(Segmenter.Domain, "fiscal.cut.tsv");
    }

    [Fact]
    public void WithUserWords_NewSegmenter_OriginalUnchanged()
    {
        var before = Segmenter.Default.Cut("工资福利支出").Select(t => t.Text).ToArray();
        var custom = Segmenter.Default.WithUserWords([("工资福利支出", 1000)]);

        Assert.Equal(["工资福利支出"], custom.Cut("工资福利支出").Select(t => t.Text));
        Assert.Equal(before, Segmenter.Default.Cut("工资福利支出").Select(t => t.Text));
        Assert.NotEqual(["工资福利支出"], before);
    }

    [Fact]
    public void WithUserWords_FrequencyZero_ForcesWordApart()
    {
        // "杭研" is not a dictionary word: the HMM finds it, and add_word(w, 0) forces it apart.
        var custom = Segmenter.Default.WithUserWords([("杭研", 0)]);

        Assert.Equal(["他", "来到", "了", "网易", "杭研", "大厦"], Segmenter.Default.Cut("他来到了网易杭研大厦").Select(t => t.Text));
        Assert.Equal(["他", "来到", "了", "网易", "杭", "研", "大厦"], custom.Cut("他来到了网易杭研大厦").Select(t => t.Text));
    }

    [Theory]
    [InlineData("一般公共预算", "一般公共预算", null)]
    [InlineData("工资福利 5 n", "工资福利", 5L)]
    [InlineData("New York 10 ns", "New York", 10L)]
    [InlineData("abc def", "abc", null)]          // " def" is read as a tag, as jieba's regex does
    [InlineData("abc Def", "abc Def", null)]
    [InlineData("C 10 20", "C 10", 20L)]
    [InlineData("2019", "2019", null)]            // the word takes at least one character
    public void ParseLine_JiebaUserdictRegex_WordAndFrequency(string line, string word, long? freq)
    {
        Assert.Equal((word, freq), UserDictionaryReader.ParseLine(line));
    }

    [Fact]
    public void FiscalDictionary_EveryTerm_SplitByDefaultKeptWholeByDomain()
    {
        var terms = File.ReadAllLines(TestFiles.Path("source/fiscal.dict.txt")).Where(l => l.Length > 0).ToList();
        var failures = new List<string>();
        foreach (var term in terms)
        {
            var phrase = $"其中{term}12.34万元。";
            var byDefault = Segmenter.Default.Cut(phrase).Select(t => t.Text).ToList();
            var byDomain = Segmenter.Domain.Cut(phrase).Select(t => t.Text).ToList();
            if (byDefault.Contains(term) || !byDomain.Contains(term))
            {
                failures.Add($"{term}: default {string.Join("/", byDefault)} | domain {string.Join("/", byDomain)}");
            }
        }

        Assert.True(terms.Count >= 200, $"only {terms.Count} domain terms");
        Assert.Equal(terms.Count, terms.Distinct().Count());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
