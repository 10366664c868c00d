using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace ReportMiner.Segmentation.Internal;

/// <summary>
/// The main dictionary and HMM model in the form the segmenter uses: a double-array trie whose
/// values index a table of distinct frequencies, plus jieba's total. Built from <c>dict.txt</c> and
/// <c>hmm.tsv</c> by <see cref="Compile"/>; shipped as a deflated binary image (<c>jieba.bin.deflate</c>)
/// whose arrays are read straight into memory, so loading costs one decompression and no parsing.
/// </summary>
internal sealed class CompiledDictionary
{
    public const string ResourceName = "ReportMiner.Segmentation.jieba.bin.deflate";
    private const uint Magic = 0x4144424A; // "JBDA"
    private const int Version = 1;

    public CompiledDictionary(DoubleArrayTrie trie, long[] frequencies, long total, HmmModel hmm, IReadOnlyList<(string Word, long Freq)> otherWords)
    {
        OtherWords = otherWords;
        Trie = trie;
        Frequencies = frequencies;
        Total = total;
        Hmm = hmm;
    }

    public DoubleArrayTrie Trie { get; }

    /// <summary>Distinct word frequencies; a trie value v &gt; 0 means frequency <c>Frequencies[v]</c>. Index 0 is unused.</summary>
    public long[] Frequencies { get; }

    /// <summary>Sum of the frequency column over every line of dict.txt (duplicates included, as jieba sums).</summary>
    public long Total { get; }

    public HmmModel Hmm { get; }

    /// <summary>The few dictionary words with a character outside jieba's block set (<c>γ射线</c>, …).
    /// Cutting never reaches them; only suggest_freq's exact FREQ look-ups can, so they are kept aside.</summary>
    public IReadOnlyList<(string Word, long Freq)> OtherWords { get; }

    /// <summary>Reads dict.txt the way jieba's gen_pfdict does and hmm.tsv as documented.</summary>
    public static CompiledDictionary Compile(TextReader dictTxt, TextReader hmmTsv)
    {
        var freq = new Dictionary<string, long>(StringComparer.Ordinal);
        var order = new List<string>();
        long total = 0;
        string? line;
        var lineNo = 0;
        while ((line = dictTxt.ReadLine()) is not null)
        {
            lineNo++;
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ');
            if (parts.Length < 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var f))
            {
                throw new FormatException($"dict.txt line {lineNo}: expected 'word freq [tag]'");
            }

            if (!freq.ContainsKey(parts[0]))
            {
                order.Add(parts[0]);
            }

            freq[parts[0]] = f;
            total += f;
        }

        // Words with a character outside jieba's block set can never be looked up (blocks never
        // contain them), so they stay out of the trie; they still count in the total above.
        var distinct = new SortedSet<long>(freq.Values.Where(v => v > 0));
        var freqTable = new long[distinct.Count + 1];
        distinct.CopyTo(freqTable, 1);
        var index = new Dictionary<long, int>();
        for (var i = 1; i < freqTable.Length; i++)
        {
            index[freqTable[i]] = i;
        }

        var entries = new List<(string, int)>();
        var others = new List<(string, long)>();
        foreach (var w in order)
        {
            var f = freq[w];
            if (CharClass.IsAllBlock(w))
            {
                entries.Add((w, f > 0 ? index[f] : 0));
            }
            else
            {
                others.Add((w, f));
            }
        }

        var trie = DoubleArrayBuilder.Build(entries);
        return new CompiledDictionary(trie, freqTable, total, ReadHmm(hmmTsv), others);
    }

    private static HmmModel ReadHmm(TextReader reader)
    {
        var start = new double[4];
        var trans = new double[16];
        var emit = new double[HmmModel.HanCount * 4];
        Array.Fill(start, HmmModel.MinFloat);
        Array.Fill(trans, HmmModel.MinFloat);
        Array.Fill(emit, HmmModel.MinFloat);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            // double.Parse of python's repr(float) gives the bit-identical double.
            var p = double.Parse(f[^1], NumberStyles.Float, CultureInfo.InvariantCulture);
            switch (f[0])
            {
                case "start":
                    start[HmmModel.StateOf(f[1][0])] = p;
                    break;
                case "trans":
                    trans[(HmmModel.StateOf(f[1][0]) * 4) + HmmModel.StateOf(f[2][0])] = p;
                    break;
                case "emit":
                    var c = f[2];
                    // One character (U+2236) lies outside the Han range; jieba never looks it up.
                    if (c.Length == 1 && c[0] >= HmmModel.FirstHan && c[0] <= HmmModel.LastHan)
                    {
                        emit[((c[0] - HmmModel.FirstHan) * 4) + HmmModel.StateOf(f[1][0])] = p;
                    }

                    break;
                default:
                    throw new FormatException($"hmm.tsv: unknown record '{f[0]}'");
            }
        }

        return new HmmModel(start, trans, emit);
    }

    /// <summary>The uncompressed image: little-endian header, then raw arrays.</summary>
    public byte[] ToImage()
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write(Total);
            w.Write(Frequencies.Length);
            w.Write(Trie.SlotCount);
            w.Write(MemoryMarshal.AsBytes(Frequencies.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(Trie.Codes));
            w.Write(MemoryMarshal.AsBytes(Trie.Nodes));
            w.Write(MemoryMarshal.AsBytes(Hmm.Start.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(Hmm.Trans.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(Hmm.Emit.AsSpan()));
            w.Write(OtherWords.Count);
            foreach (var (word, f) in OtherWords)
            {
                w.Write(word);
                w.Write(f);
            }
        }

        return ms.ToArray();
    }

    public static void WriteCompressed(byte[] image, Stream output)
    {
        using var z = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        z.Write(image);
    }

    /// <summary>Reads an image (uncompressed stream) straight into the arrays.</summary>
    public static CompiledDictionary Read(Stream image)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the compiled dictionary is little-endian");
        }

        Span<byte> header = stackalloc byte[24];
        image.ReadExactly(header);
        var magic = BitConverter.ToUInt32(header);
        var version = BitConverter.ToInt32(header[4..]);
        if (magic != Magic || version != Version)
        {
            throw new InvalidDataException("not a compiled jieba dictionary (or a different version)");
        }

        var total = BitConverter.ToInt64(header[8..]);
        var freqCount = BitConverter.ToInt32(header[16..]);
        var slots = BitConverter.ToInt32(header[20..]);
        var freqs = new long[freqCount];
        image.ReadExactly(MemoryMarshal.AsBytes(freqs.AsSpan()));
        var codes = new ushort[65536];
        image.ReadExactly(MemoryMarshal.AsBytes(codes.AsSpan()));
        var nodes = GC.AllocateUninitializedArray<DaNode>(slots);
        image.ReadExactly(MemoryMarshal.AsBytes(nodes.AsSpan()));
        var start = new double[4];
        var trans = new double[16];
        var emit = GC.AllocateUninitializedArray<double>(HmmModel.HanCount * 4);
        image.ReadExactly(MemoryMarshal.AsBytes(start.AsSpan()));
        image.ReadExactly(MemoryMarshal.AsBytes(trans.AsSpan()));
        image.ReadExactly(MemoryMarshal.AsBytes(emit.AsSpan()));
        using var r = new BinaryReader(image, Encoding.UTF8, leaveOpen: true);
        var others = new (string, long)[r.ReadInt32()];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = (r.ReadString(), r.ReadInt64());
        }

        return new CompiledDictionary(new DoubleArrayTrie(nodes, codes), freqs, total, new HmmModel(start, trans, emit), others);
    }

    /// <summary>Loads the copy embedded in this assembly.</summary>
    public static CompiledDictionary LoadEmbedded()
    {
        using var raw = typeof(CompiledDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the assembly");
        using var z = new DeflateStream(raw, CompressionMode.Decompress);
        using var buffered = new BufferedStream(z, 1 << 16);
        return Read(buffered);
    }
}
