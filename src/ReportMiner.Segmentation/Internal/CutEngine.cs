using System.Runtime.CompilerServices;

namespace ReportMiner.Segmentation.Internal;

/// <summary>
/// jieba 0.42.1 <c>cut(text, HMM=True)</c> over spans: blocks, DAG + right-to-left route, the buffer
/// flush, finalseg (regex split + Viterbi). Immutable; the per-call working arrays are thread-static,
/// so one engine serves any number of threads and the hot path allocates nothing per character.
/// Tokens are reported as (start, length) in UTF-16 units of the input.
/// </summary>
internal sealed class CutEngine
{
    private readonly DoubleArrayTrie _main;
    private readonly double[] _mainLogP;        // by main trie value: log(freq) - log(total)
    private readonly DoubleArrayTrie? _user;    // user words overlay; its values override the main ones
    private readonly double[] _userLogP;        // by overlay value; NaN when the user set freq 0 (not a word)
    private readonly double _noWordLogP;        // log(1) - log(total): an unknown single character
    private readonly HmmModel _hmm;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _forceSplit;

    public CutEngine(Lexicon lexicon)
    {
        var main = lexicon.Main;
        _main = main.Trie;
        _hmm = main.Hmm;
        var logTotal = Math.Log(lexicon.Total);
        // Same doubles as jieba's log(freq) - logtotal evaluated per edge (Math.Log matches CPython's log).
        _mainLogP = new double[main.Frequencies.Length];
        for (var i = 1; i < _mainLogP.Length; i++)
        {
            _mainLogP[i] = Math.Log(main.Frequencies[i]) - logTotal;
        }

        _noWordLogP = 0.0 - logTotal;
        _userLogP = [];
        if (lexicon.UserTrie is { } user)
        {
            _user = user;
            _userLogP = new double[lexicon.UserTrieFreqs.Length];
            for (var i = 1; i < _userLogP.Length; i++)
            {
                var f = lexicon.UserTrieFreqs[i];
                _userLogP[i] = f > 0 ? Math.Log(f) - logTotal : double.NaN;
            }
        }

        if (lexicon.ForceSplit.Count > 0)
        {
            _forceSplit = lexicon.ForceSplit.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    public void Cut(ReadOnlySpan<char> s, List<Range> output)
    {
        var scratch = Scratch.Current;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (CharClass.IsBlock(c))
            {
                var j = i + 1;
                while (j < s.Length && CharClass.IsBlock(s[j]))
                {
                    j++;
                }

                CutBlock(s, i, j, output, scratch);
                i = j;
            }
            else
            {
                // Outside blocks every code point is a token; "\r\n" is the one two-character token.
                var len = (c == '\r' || char.IsHighSurrogate(c)) && i + 1 < s.Length
                    && (c == '\r' ? s[i + 1] == '\n' : char.IsLowSurrogate(s[i + 1])) ? 2 : 1;
                output.Add(new Range(i, i + len));
                i += len;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryLogP(int m, int u, out double logP)
    {
        if (u >= 0)
        {
            var uv = _user!.ValueOf(u);
            if (uv > 0)
            {
                logP = _userLogP[uv];
                return !double.IsNaN(logP);
            }
        }

        if (m >= 0)
        {
            var mv = _main.ValueOf(m);
            if (mv > 0)
            {
                logP = _mainLogP[mv];
                return true;
            }
        }

        logP = 0;
        return false;
    }

    private void CutBlock(ReadOnlySpan<char> s, int from, int to, List<Range> output, Scratch scratch)
    {
        var n = to - from;
        scratch.Ensure(n);
        var prob = scratch.RouteProb;
        var next = scratch.RouteEnd;
        var block = s[from..to];
        var main = _main;
        var user = _user;
        prob[n] = 0;
        for (var k = n - 1; k >= 0; k--)
        {
            // DAG edges of k and the route maximum in one walk. Candidates come in ascending end
            // position; '>=' lets a later (longer) edge win a tie, as python's max over (prob, x) does.
            var best = double.NegativeInfinity;
            var bestEnd = -1;
            var m = main.Next(DoubleArrayTrie.Root, block[k]);
            var u = user is null ? -1 : user.Next(DoubleArrayTrie.Root, block[k]);
            var i = k;
            while ((m & u) >= 0) // either walk still alive (the AND is negative only when both are -1)
            {
                if (TryLogP(m, u, out var lp))
                {
                    var p = lp + prob[i + 1];
                    if (p >= best)
                    {
                        best = p;
                        bestEnd = i + 1;
                    }
                }

                if (++i == n)
                {
                    break;
                }

                var c = block[i];
                m = m >= 0 ? main.Next(m, c) : -1;
                u = u >= 0 ? user!.Next(u, c) : -1;
            }

            if (bestEnd < 0)
            {
                best = _noWordLogP + prob[k + 1];
                bestEnd = k + 1;
            }

            prob[k] = best;
            next[k] = bestEnd;
        }

        var x = 0;
        var buf = -1;
        while (x < n)
        {
            var y = next[x];
            if (y - x == 1)
            {
                if (buf < 0)
                {
                    buf = x;
                }
            }
            else
            {
                if (buf >= 0)
                {
                    Flush(block, buf, x, from, output, scratch);
                    buf = -1;
                }

                output.Add(new Range(from + x, from + y));
            }

            x = y;
        }

        if (buf >= 0)
        {
            Flush(block, buf, n, from, output, scratch);
        }
    }

    /// <summary>Single-character route steps collected in a buffer: one character is a token; a
    /// non-word goes to finalseg; a dictionary word the route split stays split, without HMM.</summary>
    private void Flush(ReadOnlySpan<char> block, int from, int to, int offset, List<Range> output, Scratch scratch)
    {
        if (to - from == 1)
        {
            output.Add(new Range(offset + from, offset + to));
            return;
        }

        if (IsWord(block[from..to]))
        {
            for (var i = from; i < to; i++)
            {
                output.Add(new Range(offset + i, offset + i + 1));
            }

            return;
        }

        FinalSeg(block, from, to, offset, output, scratch);
    }

    private bool IsWord(ReadOnlySpan<char> word)
    {
        var m = DoubleArrayTrie.Root;
        var u = _user is null ? -1 : DoubleArrayTrie.Root;
        foreach (var c in word)
        {
            m = m >= 0 ? _main.Next(m, c) : -1;
            u = u >= 0 ? _user!.Next(u, c) : -1;
            if (m < 0 && u < 0)
            {
                return false;
            }
        }

        return TryLogP(m, u, out _);
    }

    /// <summary>finalseg.cut: runs of [\u4E00-\u9FD5] go to Viterbi; other runs are split by
    /// <c>([a-zA-Z0-9]+(?:\.\d+)?%?)</c>, every match and every non-empty piece between matches a token.</summary>
    private void FinalSeg(ReadOnlySpan<char> block, int from, int to, int offset, List<Range> output, Scratch scratch)
    {
        var i = from;
        while (i < to)
        {
            var j = i + 1;
            if (CharClass.IsHan(block[i]))
            {
                while (j < to && CharClass.IsHan(block[j]))
                {
                    j++;
                }

                Viterbi(block, i, j, offset, output, scratch);
            }
            else
            {
                while (j < to && !CharClass.IsHan(block[j]))
                {
                    j++;
                }

                SplitSkip(block, i, j, offset, output);
            }

            i = j;
        }
    }

    private static void SplitSkip(ReadOnlySpan<char> s, int from, int to, int offset, List<Range> output)
    {
        var piece = from;
        var i = from;
        while (i < to)
        {
            if (!CharClass.IsAsciiAlnum(s[i]))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < to && CharClass.IsAsciiAlnum(s[j]))
            {
                j++;
            }

            if (j + 1 < to && s[j] == '.' && char.IsAsciiDigit(s[j + 1]))
            {
                j += 2;
                while (j < to && char.IsAsciiDigit(s[j]))
                {
                    j++;
                }
            }

            if (j < to && s[j] == '%')
            {
                j++;
            }

            if (piece < i)
            {
                output.Add(new Range(offset + piece, offset + i));
            }

            output.Add(new Range(offset + i, offset + j));
            i = piece = j;
        }

        if (piece < to)
        {
            output.Add(new Range(offset + piece, offset + to));
        }
    }

    private void Viterbi(ReadOnlySpan<char> s, int from, int to, int offset, List<Range> output, Scratch scratch)
    {
        const int B = HmmModel.B, E = HmmModel.E, M = HmmModel.M, S = HmmModel.S;
        var n = to - from;
        var back = scratch.Back; // back[t*4+y]: the previous state on the best path into y at t
        var emit = _hmm.Emit;
        var tr = _hmm.Trans;
        double tEB = tr[(E * 4) + B], tSB = tr[(S * 4) + B], tMM = tr[(M * 4) + M], tBM = tr[(B * 4) + M];
        double tSS = tr[(S * 4) + S], tES = tr[(E * 4) + S], tBE = tr[(B * 4) + E], tME = tr[(M * 4) + E];

        var e0 = (s[from] - HmmModel.FirstHan) * 4;
        var st = _hmm.Start;
        double vB = st[B] + emit[e0 + B], vE = st[E] + emit[e0 + E], vM = st[M] + emit[e0 + M], vS = st[S] + emit[e0 + S];
        for (var t = 1; t < n; t++)
        {
            var e = (s[from + t] - HmmModel.FirstHan) * 4;
            var bt = t * 4;

            // (V[prev] + trans) + emit, in python's order; on a tie the larger state letter wins.
            var emB = emit[e + B];
            var fromE = (vE + tEB) + emB;
            var fromS = (vS + tSB) + emB;
            double nB;
            if (fromS >= fromE) { nB = fromS; back[bt + B] = S; } else { nB = fromE; back[bt + B] = E; }

            var emM = emit[e + M];
            var fromM = (vM + tMM) + emM;
            var fromB = (vB + tBM) + emM;
            double nM;
            if (fromM >= fromB) { nM = fromM; back[bt + M] = M; } else { nM = fromB; back[bt + M] = B; }

            var emS = emit[e + S];
            fromS = (vS + tSS) + emS;
            fromE = (vE + tES) + emS;
            double nS;
            if (fromS >= fromE) { nS = fromS; back[bt + S] = S; } else { nS = fromE; back[bt + S] = E; }

            var emE = emit[e + E];
            fromM = (vM + tME) + emE;
            fromB = (vB + tBE) + emE;
            double nE;
            if (fromM >= fromB) { nE = fromM; back[bt + E] = M; } else { nE = fromB; back[bt + E] = B; }

            vB = nB;
            vM = nM;
            vS = nS;
            vE = nE;
        }

        // Final state: the better of E and S, ties to S. Walk back into the state buffer.
        var states = scratch.States;
        var state = vS >= vE ? S : E;
        for (var t = n - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            state = back[(t * 4) + state];
        }

        var begin = 0;
        var nexti = 0;
        for (var t = 0; t < n; t++)
        {
            switch (states[t])
            {
                case B:
                    begin = t;
                    break;
                case E:
                    EmitHmmWord(s, from + begin, from + t + 1, offset, output);
                    nexti = t + 1;
                    break;
                case S:
                    output.Add(new Range(offset + from + t, offset + from + t + 1));
                    nexti = t + 1;
                    break;
            }
        }

        if (nexti < n)
        {
            EmitHmmWord(s, from + nexti, to, offset, output);
        }
    }

    /// <summary>A word found by the HMM; words added with frequency 0 are forced apart.</summary>
    private void EmitHmmWord(ReadOnlySpan<char> s, int from, int to, int offset, List<Range> output)
    {
        if (_forceSplit is { } force && force.Contains(s[from..to]))
        {
            for (var i = from; i < to; i++)
            {
                output.Add(new Range(offset + i, offset + i + 1));
            }

            return;
        }

        output.Add(new Range(offset + from, offset + to));
    }

    /// <summary>Per-thread working arrays, grown to the longest block seen and then reused.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        public double[] RouteProb = new double[256];
        public int[] RouteEnd = new int[256];
        public byte[] Back = new byte[1024];
        public byte[] States = new byte[256];

        public static Scratch Current => _current ??= new Scratch();

        public void Ensure(int n)
        {
            if (RouteProb.Length <= n)
            {
                var size = Math.Max(n + 1, RouteProb.Length * 2);
                RouteProb = new double[size];
                RouteEnd = new int[size];
                Back = new byte[size * 4];
                States = new byte[size];
            }
        }
    }
}
