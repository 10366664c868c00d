using System.IO.Compression;
using ReportMiner.Segmentation.Internal;

namespace ReportMiner.Segmentation.Tests;

public class CompiledDictionaryTests
{
    /// <summary>Regenerate the committed image with
    /// <c>SEGMENTATION_REGENERATE=1 dotnet test tests/ReportMiner.Segmentation.Tests --filter CompiledDictionaryTests</c>.</summary>
    [Fact]
    public void EmbeddedImage_CompiledFromTextSources_IsIdentical()
    {
        CompiledDictionary compiled;
        using (var dict = File.OpenText(TestFiles.Path("source/dict.txt")))
        using (var hmm = File.OpenText(TestFiles.Path("source/hmm.tsv")))
        {
            compiled = CompiledDictionary.Compile(dict, hmm);
        }

        var expected = compiled.ToImage();
        if (Environment.GetEnvironmentVariable("SEGMENTATION_REGENERATE") == "1")
        {
            var target = Path.Combine(TestFiles.RepositoryRoot(), "src", "ReportMiner.Segmentation", "Data", "jieba.bin.deflate");
            using var f = File.Create(target);
            CompiledDictionary.WriteCompressed(expected, f);
        }

        using var raw = typeof(Segmenter).Assembly.GetManifestResourceStream(CompiledDictionary.ResourceName)!;
        using var z = new DeflateStream(raw, CompressionMode.Decompress);
        using var actual = new MemoryStream();
        z.CopyTo(actual);
        Assert.True(expected.AsSpan().SequenceEqual(actual.ToArray()),
            "Data/jieba.bin.deflate is stale: regenerate it with SEGMENTATION_REGENERATE=1 (see this test's summary)");
    }

    [Fact]
    public void LoadEmbedded_Default_HasJiebaTotalAndWords()
    {
        var d = CompiledDictionary.LoadEmbedded();
        var lex = Lexicon.FromMain(d);

        Assert.Equal(60_101_967, d.Total);          // every line summed, the duplicate "B超" twice
        Assert.Equal(3, lex.Freq("B超"));
        Assert.Equal(0, lex.Freq("工资福"));        // a bare prefix
        Assert.Null(lex.Freq("工资福利支出"));
        Assert.True(lex.Freq("γ射线") > 0);         // kept aside: not a block word
        Assert.Equal(0, lex.Freq("γ射"));
    }
}
