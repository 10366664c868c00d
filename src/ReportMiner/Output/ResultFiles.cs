using CsvHelper;
using ReportMiner.Pipeline;

namespace ReportMiner.Output;

/// <summary>
/// The three output files of a run, written whole or not at all: rows stream into temporary files next to the
/// targets, and <see cref="Commit"/> renames them into place. Disposing without committing deletes the
/// temporaries, so an interrupted or failed run leaves the previous outputs (or none), never half a file.
/// </summary>
public sealed class ResultFiles : IDisposable
{
    public const string DocumentsFile = "documents.csv";
    public const string FiguresFile = "figures.csv";
    public const string FindingsFile = "findings.csv";

    private readonly OutputLanguage _language;
    private readonly List<(string Temp, string Final)> _files = [];
    private readonly List<StreamWriter> _writers = [];
    private readonly StreamWriter _documents;
    private readonly StreamWriter _figures;
    private readonly StreamWriter _findings;
    private bool _committed;

    private ResultFiles(string directory, OutputLanguage language)
    {
        _language = language;
        Directory = directory;
        try
        {
            _documents = Open(DocumentsFile, OutputColumns.Documents);
            _figures = Open(FiguresFile, OutputColumns.Figures);
            _findings = Open(FindingsFile, OutputColumns.Findings);
        }
        catch
        {
            // One temporary file could not be opened: remove the ones that were, so nothing is left behind.
            Dispose();
            throw;
        }
    }

    public string Directory { get; }

    /// <summary>Creates <paramref name="directory"/> if needed and opens the temporary files.</summary>
    public static ResultFiles Create(string directory, OutputLanguage language)
    {
        System.IO.Directory.CreateDirectory(directory);
        return new ResultFiles(directory, language);
    }

    /// <summary>Writes one document's row, figures and findings.</summary>
    public void Write(DocumentOutcome outcome) => Write(Render(outcome, _language));

    /// <summary>
    /// Appends rows rendered by <see cref="Render"/>. Rendering is the costly part and can run on any thread; this
    /// only copies text, so the one writer that keeps the input order is never the bottleneck of a batch.
    /// </summary>
    public void Write(RenderedRows rows)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        _documents.Write(rows.Documents);
        _figures.Write(rows.Figures);
        _findings.Write(rows.Findings);
    }

    /// <summary>Renders one document's rows of the three files as CSV text, figures and findings sorted by place. Thread-safe.</summary>
    public RenderedRows Render(DocumentOutcome outcome) => Render(outcome, _language);

    public static RenderedRows Render(DocumentOutcome outcome, OutputLanguage language)
    {
        var documents = Rows(csv => CsvRows.Document(csv, outcome));
        var figures = outcome.Figures.Count == 0 ? "" : Rows(csv =>
        {
            foreach (var figure in InOrder(outcome.Figures, f => f.Span))
            {
                CsvRows.Figure(csv, outcome.Name, figure);
            }
        });
        var findings = outcome.Findings.Count == 0 ? "" : Rows(csv =>
        {
            foreach (var finding in InOrder(outcome.Findings, f => f.Location))
            {
                CsvRows.Finding(csv, outcome.Name, finding, language);
            }
        });
        return new RenderedRows(documents, figures, findings);
    }

    private static string Rows(Action<CsvWriter> write)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var csv = CsvFormat.CreateWriter(text))
        {
            write(csv);
            csv.Flush();
        }

        return text.ToString();
    }

    /// <summary>The rows by page, line and start (stable: ties keep their order); no copy when already in order.</summary>
    private static IEnumerable<T> InOrder<T>(IReadOnlyList<T> rows, Func<T, Documents.SourceSpan> place)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (place(rows[i - 1]).CompareTo(place(rows[i])) > 0)
            {
                return rows.OrderBy(place);
            }
        }

        return rows;
    }

    /// <summary>Flushes the temporary files to disk and renames them over the targets.</summary>
    public void Commit()
    {
        foreach (var writer in _writers)
        {
            writer.Flush();
            ((FileStream)writer.BaseStream).Flush(flushToDisk: true);
            writer.Dispose();
        }

        foreach (var (temp, final) in _files)
        {
            File.Move(temp, final, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        foreach (var writer in _writers)
        {
            try
            {
                writer.Dispose();
            }
            catch (IOException)
            {
                // The temporary file is deleted below; a failed flush changes nothing.
            }
        }

        foreach (var (temp, _) in _files)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // Best effort: a stray temporary file is named so that it never looks like an output.
            }
        }
    }

    private StreamWriter Open(string fileName, string header)
    {
        var final = Path.Combine(Directory, fileName);
        var temp = Path.Combine(Directory, $".{fileName}.{Environment.ProcessId}.tmp");
        var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var writer = new StreamWriter(stream, CsvFormat.Utf8WithBom, 1 << 16);
        _writers.Add(writer);
        _files.Add((temp, final));
        using (var csv = CsvFormat.CreateWriter(writer))
        {
            csv.Header(header);
            csv.Flush();
        }

        return writer;
    }
}

/// <summary>One document's rows of documents.csv, figures.csv and findings.csv, as CSV text (CRLF-terminated records).</summary>
public sealed record RenderedRows(string Documents, string Figures, string Findings);
