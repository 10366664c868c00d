namespace ReportMiner.Ingestion;

/// <summary>
/// The one exception a reader throws for a document it cannot read. The message is the reason shown to the
/// analyst in documents.csv, so it says what is wrong in plain words ("encrypted PDF: remove the password").
/// </summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string reason)
        : base(reason)
    {
    }

    public DocumentReadException(string reason, Exception inner)
        : base(reason, inner)
    {
    }
}
