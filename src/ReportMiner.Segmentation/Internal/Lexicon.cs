namespace ReportMiner.Segmentation.Internal;

/// <summary>
/// jieba's FREQ table and total: the compiled main dictionary plus user words added in order with
/// add_word semantics (a user frequency replaces the main one; every addition, repeated or not,
/// adds to the total; a word's missing prefixes become frequency-0 entries; frequency 0 also marks
/// the word for forced splitting in finalseg). Immutable: adding words returns a new lexicon.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, long> _user;       // word -> frequency, last one wins
    private readonly HashSet<string> _userPrefixes;         // proper prefixes of user words
    private Dictionary<string, long>? _others;              // main words outside the block set, and their prefixes

    private Lexicon(CompiledDictionary main, Dictionary<string, long> user, List<string> userOrder, HashSet<string> userPrefixes, long total, HashSet<string> forceSplit)
    {
        Main = main;
        _user = user;
        UserOrder = userOrder;
        _userPrefixes = userPrefixes;
        Total = total;
        ForceSplit = forceSplit;

        var entries = new List<(string, int)>();
        var freqs = new List<long> { 0 };
        foreach (var w in userOrder)
        {
            // Only BMP block-character words can ever be matched (blocks hold nothing else).
            if (CharClass.IsAllBlock(w))
            {
                entries.Add((w, freqs.Count));
                freqs.Add(user[w]);
            }
        }

        if (entries.Count > 0)
        {
            UserTrie = DoubleArrayBuilder.Build(entries);
            UserTrieFreqs = freqs.ToArray();
        }
        else
        {
            UserTrieFreqs = [0];
        }
    }

    public CompiledDictionary Main { get; }

    public long Total { get; }

    public IReadOnlyList<string> UserOrder { get; }

    public HashSet<string> ForceSplit { get; }

    /// <summary>The user words as a trie whose value v indexes <see cref="UserTrieFreqs"/>; null when there are none.</summary>
    public DoubleArrayTrie? UserTrie { get; }

    public long[] UserTrieFreqs { get; }

    public IEnumerable<(string Word, long Freq)> UserWords => UserOrder.Select(w => (w, _user[w]));

    public static Lexicon FromMain(CompiledDictionary main) =>
        new(main, new Dictionary<string, long>(StringComparer.Ordinal), [], new HashSet<string>(StringComparer.Ordinal), main.Total, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>jieba's <c>FREQ.get(key)</c>: the frequency, 0 for a bare prefix, null when absent.</summary>
    public long? Freq(string key)
    {
        if (_user.TryGetValue(key, out var uf))
        {
            return uf;
        }

        var node = Main.Trie.Find(key);
        if (node >= 0)
        {
            var v = Main.Trie.ValueOf(node);
            return v > 0 ? Main.Frequencies[v] : 0;
        }

        _others ??= BuildOthers(Main);
        if (_others.TryGetValue(key, out var of))
        {
            return of;
        }

        return _userPrefixes.Contains(key) ? 0 : null;
    }

    private static Dictionary<string, long> BuildOthers(CompiledDictionary main)
    {
        var d = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (w, f) in main.OtherWords)
        {
            d[w] = f;
        }

        foreach (var (w, _) in main.OtherWords)
        {
            foreach (var prefix in CodePointPrefixes(w))
            {
                if (!d.ContainsKey(prefix) && Main_Find(main, prefix) < 0)
                {
                    d[prefix] = 0;
                }
            }
        }

        return d;

        static int Main_Find(CompiledDictionary m, string p) => m.Trie.Find(p);
    }

    /// <summary>Proper prefixes in code points (python slices code points; a prefix never ends inside a surrogate pair).</summary>
    private static IEnumerable<string> CodePointPrefixes(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLowSurrogate(word[i]))
            {
                yield return word[..i];
            }
        }
    }

    /// <summary>Applies jieba's add_word to each word in order; a null frequency means suggest_freq(word, tune=False).</summary>
    public Lexicon AddWords(IEnumerable<(string Word, long? Freq)> words)
    {
        var user = new Dictionary<string, long>(_user, StringComparer.Ordinal);
        var order = new List<string>(UserOrder);
        var prefixes = new HashSet<string>(_userPrefixes, StringComparer.Ordinal);
        var force = new HashSet<string>(ForceSplit, StringComparer.Ordinal);
        var total = Total;
        Lexicon current = this;
        var dirty = false;
        foreach (var (word, freq) in words)
        {
            if (string.IsNullOrEmpty(word))
            {
                throw new ArgumentException("a user word must not be empty");
            }

            if (freq is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(words), $"negative frequency for '{word}'");
            }

            long f;
            if (freq is { } given)
            {
                f = given;
            }
            else
            {
                // suggest_freq looks at the dictionary as it is now, earlier words of this batch included.
                if (dirty)
                {
                    current = new Lexicon(Main, user, order, prefixes, total, force);
                    dirty = false;
                }

                f = current.SuggestFreq(word);
            }

            if (!user.ContainsKey(word))
            {
                order.Add(word);
            }

            user[word] = f;
            total += f;
            foreach (var p in CodePointPrefixes(word))
            {
                prefixes.Add(p);
            }

            if (f == 0)
            {
                force.Add(word);
            }

            dirty = true;
        }

        return new Lexicon(Main, new Dictionary<string, long>(user, StringComparer.Ordinal), [.. order], prefixes, total, force);
    }

    /// <summary>jieba's suggest_freq(word, tune=False): just enough for the word to beat the product of
    /// its HMM-free segmentation, and never less than its current frequency.</summary>
    public long SuggestFreq(string word)
    {
        var ftotal = (double)Total;
        var freq = 1.0;
        foreach (var seg in NoHmmCutter.Cut(this, word))
        {
            freq *= (Freq(seg) ?? 1) / ftotal;
        }

        return Math.Max((long)(freq * Total) + 1, Freq(word) ?? 1);
    }
}
