using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// A closed interval of decimals. Stated numbers are rounded, so 1871.9 stands for [1871.85, 1871.95]; sums and
/// ratios of stated numbers are intervals too, and two statements agree when their intervals overlap (the rounding
/// rule of XBRL Calculations 1.1). This replaces any fixed epsilon: 0.01 is "equal" for 1871.9 but not for 0.02.
/// </summary>
public readonly record struct Interval(decimal Low, decimal High)
{
    public static Interval Exact(decimal value) => new(value, value);

    /// <summary>The interval of a sum of stated figures, each at its written precision (in base units).</summary>
    public static Interval Sum(IEnumerable<Figure> figures)
    {
        var sum = Exact(0m);
        foreach (var f in figures)
        {
            sum += Of(f);
        }

        return sum;
    }

    /// <summary>
    /// The interval a number stands for at its written precision (its decimal scale): 1871.9 → ±0.05. A stated zero is
    /// exact: "因公出国（境）费0万元" reports that nothing was spent, not an amount below 5,000 yuan.
    /// </summary>
    public static Interval Rounded(decimal value) => value == 0m ? Exact(0m) : Around(value, HalfUnit(value));

    /// <summary>
    /// The interval a stated percentage stands for: rounded (9.9 → [9.85, 9.95]) or truncated (9.9 → [9.9, 10.0)),
    /// both common in reports, so [9.85, 10.0].
    /// </summary>
    public static Interval RoundedOrTruncated(decimal value)
    {
        var half = HalfUnit(value);
        return value >= 0 ? new Interval(value - half, value + 2 * half) : new Interval(value - 2 * half, value + half);
    }

    /// <summary>
    /// A figure's stated interval in base units (yuan, persons, percent). A whole count written in full (14辆, 25337人)
    /// is exact; a count in 万 (4.8万人) is rounded like any amount.
    /// </summary>
    public static Interval Of(Figure figure) =>
        figure.Kind == FigureKind.Count && figure.Scale == 1m && figure.Value == decimal.Truncate(figure.Value)
            ? Exact(figure.Value)
            : Rounded(figure.Value).Times(figure.Scale);

    /// <summary>Half of one unit in the last written digit: 1871.9 → 0.05, 210 → 0.5.</summary>
    public static decimal HalfUnit(decimal value)
    {
        var unit = 1m;
        for (var i = 0; i < value.Scale; i++)
        {
            unit /= 10m;
        }

        return unit / 2m;
    }

    public decimal Mid => (Low + High) / 2m;

    public decimal Width => High - Low;

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);

    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    public Interval Times(decimal factor) =>
        factor >= 0 ? new Interval(Low * factor, High * factor) : new Interval(High * factor, Low * factor);

    /// <summary>a / b for intervals; null when b may be zero.</summary>
    public static Interval? Divide(Interval a, Interval b)
    {
        if (b.Low <= 0 && b.High >= 0)
        {
            return null;
        }

        decimal[] q = [a.Low / b.Low, a.Low / b.High, a.High / b.Low, a.High / b.High];
        return new Interval(q.Min(), q.Max());
    }

    /// <summary>The interval of absolute values.</summary>
    public Interval Abs() => Low >= 0 ? this : High <= 0 ? new Interval(-High, -Low) : new Interval(0m, Math.Max(-Low, High));

    public bool Overlaps(Interval other) => Low <= other.High && other.Low <= High;

    public bool Contains(decimal value) => Low <= value && value <= High;

    /// <summary>The smallest distance between the two intervals (0 when they overlap).</summary>
    public decimal Gap(Interval other) => Overlaps(other) ? 0m : Math.Max(other.Low - High, Low - other.High);

    private static Interval Around(decimal value, decimal half) => new(value - half, value + half);
}
