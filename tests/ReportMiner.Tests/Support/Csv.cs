using System.Text;

namespace ReportMiner.Tests.Support;

/// <summary>A strict RFC 4180 reader for the tests: checks the BOM and CRLF record ends while it parses.</summary>
internal static class Csv
{
    /// <summary>The rows of a result file as dictionaries keyed by header; fails on anything not RFC 4180.</summary>
    public static List<Dictionary<string, string>> ReadFile(string path)
    {
        var rows = Parse(path);
        var header = rows[0];
        return rows.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    public static List<List<string>> Parse(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{path} does not start with a UTF-8 BOM");
        var text = new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
        return ParseText(text);
    }

    public static List<List<string>> ParseText(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i == text.Length || text[i] is ',' or '\r', $"text after a closing quote at {i}");
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    Assert.NotEqual('"', text[i]);
                    field.Append(text[i++]);
                }
            }

            Assert.True(i == text.Length || text[i] != '\n', $"bare LF at {i}: records must end with CRLF");
            row.Add(field.ToString());
            field.Clear();
            if (i == text.Length)
            {
                Assert.Fail("the last record does not end with CRLF");
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"bare CR at {i}: records must end with CRLF");
            i += 2;
            rows.Add(row);
            row = [];
        }

        return rows;
    }
}
