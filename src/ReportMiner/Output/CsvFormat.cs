using System.Globalization;
using System.Text;
using CsvHelper;

namespace ReportMiner.Output;

/// <summary>
/// The one place that fixes how ReportMiner writes CSV: UTF-8 with BOM (Excel on Chinese Windows opens it
/// right), RFC 4180 (CRLF, fields with separators, quotes or line ends quoted, quotes doubled), invariant culture,
/// numbers without thousands separators. Formula injection is neutralised here by <see cref="SpreadsheetText"/>
/// on text cells only, so numeric cells (a difference of -30.00) stay numbers.
/// </summary>
public static class CsvFormat
{
    public static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly CsvWriterOptions Options = new()
    {
        Mode = CsvMode.Rfc4180,
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
        HasHeader = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>A writer on <paramref name="writer"/> (which supplies the BOM); the caller disposes both.</summary>
    public static CsvWriter CreateWriter(TextWriter writer) => CsvWriter.Create(writer, Options, leaveOpen: true);

    /// <summary>Writes a text cell, neutralised against formula injection.</summary>
    public static void Text(this CsvWriter csv, string? text) => csv.WriteField(SpreadsheetText.Neutralise(text));

    /// <summary>Writes a number as written (its scale kept: 1118.00), or an empty cell.</summary>
    public static void Number(this CsvWriter csv, decimal? value) =>
        csv.WriteField(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "");

    public static void Number(this CsvWriter csv, int? value) =>
        csv.WriteField(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>Writes a number without trailing zeros (1690950.00 → 1690950).</summary>
    public static void NormalisedNumber(this CsvWriter csv, decimal value) =>
        csv.WriteField(Normalise(value).ToString(CultureInfo.InvariantCulture));

    /// <summary>Removes trailing zeros from the decimal's scale.</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    public static void Header(this CsvWriter csv, string header)
    {
        foreach (var column in header.Split(','))
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
    }
}
