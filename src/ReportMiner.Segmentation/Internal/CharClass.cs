using System.Runtime.CompilerServices;

namespace ReportMiner.Segmentation.Internal;

/// <summary>
/// The character classes of jieba 0.42.1's regular expressions, as table/range tests. All of them
/// are BMP characters, so inside a block a UTF-16 unit is always a whole code point.
/// </summary>
internal static class CharClass
{
    // re_han_default = [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]: ASCII part as a 128-bit mask.
    private static readonly bool[] AsciiBlock = MakeAsciiBlock();

    private static bool[] MakeAsciiBlock()
    {
        var t = new bool[128];
        for (var c = '0'; c <= '9'; c++)
        {
            t[c] = true;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            t[c] = true;
            t[c - 32] = true;
        }

        foreach (var c in "+#&._%-")
        {
            t[c] = true;
        }

        return t;
    }

    /// <summary>A character of jieba's default block pattern (text that goes through DAG + HMM).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlock(char c) => c < 128 ? AsciiBlock[c] : IsHan(c);

    /// <summary>finalseg's re_han: [\u4E00-\u9FD5].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => (uint)(c - HmmModel.FirstHan) <= HmmModel.LastHan - HmmModel.FirstHan;

    /// <summary>[a-zA-Z0-9] (python's \d on these ASCII-only blocks is [0-9]).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    public static bool IsAllBlock(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsBlock(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
