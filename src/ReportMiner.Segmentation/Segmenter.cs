using System.Runtime.CompilerServices;
using ReportMiner.Segmentation.Internal;

namespace ReportMiner.Segmentation;

/// <summary>
/// Chinese word segmentation with exactly the output of python jieba 0.42.1's
/// <c>jieba.cut(text, HMM=True)</c>. Instances are immutable and thread-safe.
/// </summary>
public sealed class Segmenter
{
    internal const string FiscalDictionaryResource = "ReportMiner.Segmentation.fiscal.dict.txt";

    private static readonly Lazy<Segmenter> LazyDefault =
        new(() => new Segmenter(Lexicon.FromMain(CompiledDictionary.LoadEmbedded())), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Segmenter> LazyDomain =
        new(() =>
        {
            using var fiscal = OpenFiscalDictionary();
            return Default.WithUserDictionary(fiscal);
        }, LazyThreadSafetyMode.ExecutionAndPublication);

    // Single-character tokens are most tokens; their strings are shared instead of allocated per token.
    private static readonly string?[] CharStrings = new string?[65536];

    [ThreadStatic]
    private static List<Range>? _ranges;

    private readonly CutEngine _engine;

    private Segmenter(Lexicon lexicon)
    {
        Lexicon = lexicon;
        _engine = new CutEngine(lexicon);
    }

    /// <summary>jieba's default dictionary and HMM, nothing added. Loaded on first use.</summary>
    public static Segmenter Default => LazyDefault.Value;

    /// <summary><see cref="Default"/> plus the bundled dictionary of budget and final-accounts terms.</summary>
    public static Segmenter Domain => LazyDomain.Value;

    internal Lexicon Lexicon { get; }

    /// <summary>A fresh default segmenter, bypassing the shared instance (load-time measurements).</summary>
    internal static Segmenter LoadDefault() => new(Lexicon.FromMain(CompiledDictionary.LoadEmbedded()));

    /// <summary>jieba.cut(text, HMM=True): every character of <paramref name="text"/> in exactly one token, in order.</summary>
    public IReadOnlyList<Token> Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranges = _ranges ??= new List<Range>(256);
        ranges.Clear();
        _engine.Cut(text, ranges);
        var tokens = new Token[ranges.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            var (start, length) = ranges[i].GetOffsetAndLength(text.Length);
            tokens[i] = new Token(length == 1 ? CharString(text[start]) : text.Substring(start, length), start, length);
        }

        if (ranges.Capacity > 1 << 16)
        {
            _ranges = null; // do not keep a huge buffer alive on this thread after one big input
        }

        return tokens;
    }

    /// <summary>The allocation-free form of <see cref="Cut(string)"/>: appends each token's range
    /// (offsets in UTF-16 units of <paramref name="text"/>) to <paramref name="output"/>.</summary>
    public void Cut(ReadOnlySpan<char> text, List<Range> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _engine.Cut(text, output);
    }

    /// <summary>A new segmenter with these words added in order, as jieba's add_word(word, freq) does
    /// (frequency 0 removes a word and forces it apart). This segmenter is unchanged.</summary>
    public Segmenter WithUserWords(IEnumerable<(string Word, long Freq)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new Segmenter(Lexicon.AddWords(words.Select(w => (w.Word, (long?)w.Freq))));
    }

    /// <summary>A new segmenter with a user dictionary in jieba's <c>word [freq] [tag]</c> format
    /// (load_userdict); a line without a frequency gets jieba's suggest_freq value.</summary>
    public Segmenter WithUserDictionary(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Segmenter(Lexicon.AddWords(UserDictionaryReader.Read(reader).ToList()));
    }

    /// <summary>As <see cref="WithUserDictionary(TextReader)"/>, from a UTF-8 file.</summary>
    public Segmenter WithUserDictionary(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return WithUserDictionary(reader);
    }

    internal static TextReader OpenFiscalDictionary() =>
        new StreamReader(typeof(Segmenter).Assembly.GetManifestResourceStream(FiscalDictionaryResource)
            ?? throw new InvalidOperationException($"resource {FiscalDictionaryResource} is missing"));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string CharString(char c) => CharStrings[c] ??= c.ToString();
}
