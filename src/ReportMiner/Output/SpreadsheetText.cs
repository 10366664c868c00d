namespace ReportMiner.Output;

/// <summary>
/// Makes untrusted text safe to open in a spreadsheet. A cell that starts with = + - @ TAB CR or LF is read by
/// Excel, WPS and LibreOffice as a formula (CSV injection, OWASP); a leading apostrophe makes it plain text and is
/// hidden by the spreadsheet. Numeric cells are written as numbers and never pass through here.
/// </summary>
public static class SpreadsheetText
{
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '＝' or '＋' or '－' or '＠'
            ? "'" + text
            : text;
    }
}
