namespace ReportMiner.Documents;

/// <summary>
/// Where something sits in a document: page (PDF only), 1-based line, and the 0-based UTF-16 span within that line.
/// </summary>
public readonly record struct SourceSpan(int? Page, int Line, int Start, int Length) : IComparable<SourceSpan>
{
    public int CompareTo(SourceSpan other)
    {
        var c = (Page ?? 0).CompareTo(other.Page ?? 0);
        if (c != 0)
        {
            return c;
        }

        c = Line.CompareTo(other.Line);
        return c != 0 ? c : Start.CompareTo(other.Start);
    }
}
