namespace ReportMiner.Segmentation.Internal;

/// <summary>
/// jieba's finalseg model: four states, natural-log probabilities. States are numbered in
/// alphabetical order (B=0, E=1, M=2, S=3) so that "ties go to the larger state letter", the rule
/// python's tuple comparison gives jieba, becomes "ties go to the larger index".
/// </summary>
internal sealed class HmmModel
{
    public const int B = 0, E = 1, M = 2, S = 3;

    /// <summary>jieba's MIN_FLOAT: the log-probability of any pair the tables do not list. Not -inf:
    /// sums of several of these must stay finite and comparable exactly as in python.</summary>
    public const double MinFloat = -3.14e100;

    /// <summary>Emission tables cover jieba's Han range [\u4E00-\u9FD5], the only characters the
    /// Viterbi pass ever sees.</summary>
    public const char FirstHan = '\u4E00', LastHan = '\u9FD5';

    public const int HanCount = LastHan - FirstHan + 1;

    public HmmModel(double[] start, double[] trans, double[] emit)
    {
        if (start.Length != 4 || trans.Length != 16 || emit.Length != HanCount * 4)
        {
            throw new ArgumentException("HMM tables have the wrong sizes");
        }

        Start = start;
        Trans = trans;
        Emit = emit;
    }

    /// <summary>start[state].</summary>
    public double[] Start { get; }

    /// <summary>trans[from * 4 + to].</summary>
    public double[] Trans { get; }

    /// <summary>emit[(c - U+4E00) * 4 + state]: the four states of one character share a cache line.</summary>
    public double[] Emit { get; }

    public static int StateOf(char letter) => letter switch
    {
        'B' => B,
        'E' => E,
        'M' => M,
        'S' => S,
        _ => throw new FormatException($"unknown HMM state '{letter}'"),
    };
}
