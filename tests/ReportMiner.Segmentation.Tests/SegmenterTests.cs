using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ReportMiner.Segmentation.Tests;

public class SegmenterTests
{
    [Fact]
    public void Cut_NonBmpAndCrLf_OffsetsInUtf16Units()
    {
        var text = "我们在𠀀里😀吃饭\r\n2019年";
        var tokens = Segmenter.Default.Cut(text);

        Assert.Equal(
            [("我们", 0, 2), ("在", 2, 1), ("𠀀", 3, 2), ("里", 5, 1), ("😀", 6, 2), ("吃饭", 8, 2), ("\r\n", 10, 2), ("2019", 12, 4), ("年", 16, 1)],
            tokens.Select(t => (t.Text, t.Start, t.Length)));
    }

    [Fact]
    public void Cut_EmptyString_NoTokens()
    {
        Assert.Empty(Segmenter.Default.Cut(""));
    }

    [Fact]
    public void CutSpan_SameAsCutString_AppendsRanges()
    {
        var text = "行政事业单位工会经费1080.00千元,帮扶基金68.00千元";
        var ranges = new List<Range> { new(0, 0) }; // appends, does not clear
        Segmenter.Default.Cut(text.AsSpan(), ranges);

        Assert.Equal(
            Segmenter.Default.Cut(text).Select(t => t.Text),
            ranges.Skip(1).Select(r => text[r]));
        Assert.Equal(["行政", "事业单位", "工会", "经费", "1080.00", "千元", ",", "帮扶", "基金", "68.00", "千元"], ranges.Skip(1).Select(r => text[r]));
    }

    /// <summary>Any string, including lone surrogates and control characters: the tokens tile the input
    /// exactly, each token's text is its span, and no surrogate pair is cut in two.</summary>
    [Property(MaxTest = 300)]
    public bool Cut_AnyString_TokensTileInputAndKeepSurrogatePairs(string? raw)
    {
        var alphabet = "工资福利支出预算一般公共财政拨款我们在了2019aZ.%+#&_-, \t\r\n（）　１😀𠀀丄輗";
        var text = raw is null ? "" : new string(raw.Select(c => alphabet[c % alphabet.Length]).ToArray()) + raw;
        var tokens = Segmenter.Default.Cut(text);
        var pos = 0;
        foreach (var t in tokens)
        {
            if (t.Start != pos || t.Length <= 0 || t.Text != text.Substring(t.Start, t.Length))
            {
                return false;
            }

            if (char.IsHighSurrogate(text[t.Start + t.Length - 1]) && t.Start + t.Length < text.Length && char.IsLowSurrogate(text[t.Start + t.Length]))
            {
                return false;
            }

            pos += t.Length;
        }

        return pos == text.Length;
    }

    [Fact]
    public void Cut_ManyThreadsAtOnce_SameTokensAsOneThread()
    {
        var lines = CutTsv.Read(TestFiles.Path("seed.cut.tsv")).Select(r => r.Input).ToArray();
        var expected = lines.Select(l => string.Join("/", Segmenter.Default.Cut(l).Select(t => t.Text))).ToArray();
        var results = new string[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = lines.Select(l => string.Join("/", Segmenter.Domain.Cut(l).Select(t => t.Text))).ToArray());
        var domainExpected = lines.Select(l => string.Join("/", Segmenter.Domain.Cut(l).Select(t => t.Text))).ToArray();

        Assert.All(results, r => Assert.Equal(domainExpected, r));
        Assert.NotEqual(expected, domainExpected); // the domain words do change the seed text
    }

    [Fact]
    public void Default_ManyThreadsOnFirstUse_OneInstance()
    {
        var seen = new Segmenter[4];
        Parallel.For(0, 4, i => seen[i] = Segmenter.Default);
        Assert.All(seen, s => Assert.Same(Segmenter.Default, s));
    }
}
