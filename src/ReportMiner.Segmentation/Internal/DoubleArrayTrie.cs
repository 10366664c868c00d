using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReportMiner.Segmentation.Internal;

/// <summary>One slot of a double-array trie. Kept as one 12-byte struct so that a transition
/// (read <see cref="Base"/> of the parent, then <see cref="Check"/> of the child) and the value of
/// the child usually come from the same cache line.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DaNode
{
    /// <summary>Offset added to a character code to find a child slot.</summary>
    public int Base;

    /// <summary>Index of the parent slot; -1 marks a free slot. The root (slot 0) has -2.</summary>
    public int Check;

    /// <summary>0 when this prefix is not a word, otherwise a 1-based index into the owner's value table.</summary>
    public int Value;
}

/// <summary>
/// A read-only double-array trie over UTF-16 code units (only BMP characters ever reach it: jieba's
/// block characters are all in the BMP). Characters are first mapped to dense codes 1..N (0 = not in
/// the alphabet, which ends the walk at once), so the arrays stay close to the number of prefixes.
/// Immutable after construction, so any number of threads may walk it at once.
/// </summary>
internal sealed class DoubleArrayTrie
{
    public const int Root = 0;

    private readonly DaNode[] _nodes;
    private readonly ushort[] _codes; // 65,536 entries: char -> code

    public DoubleArrayTrie(DaNode[] nodes, ushort[] codes)
    {
        if (codes.Length != 65536)
        {
            throw new ArgumentException("the character map must have 65,536 entries", nameof(codes));
        }

        _nodes = nodes;
        _codes = codes;
    }

    public int SlotCount => _nodes.Length;

    internal ReadOnlySpan<DaNode> Nodes => _nodes;

    internal ReadOnlySpan<ushort> Codes => _codes;

    /// <summary>Follows the edge labelled <paramref name="c"/> from <paramref name="state"/>; returns the child or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int state, char c)
    {
        var code = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_codes), c);
        if (code == 0)
        {
            return -1;
        }

        var nodes = _nodes;
        var t = nodes[state].Base + code;
        return (uint)t < (uint)nodes.Length && nodes[t].Check == state ? t : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ValueOf(int state) => _nodes[state].Value;

    /// <summary>Walks the whole key; returns its slot, or -1 when the key is not a prefix of any word.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var s = Root;
        foreach (var c in key)
        {
            s = Next(s, c);
            if (s < 0)
            {
                return -1;
            }
        }

        return s;
    }
}
