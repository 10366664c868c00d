using System.Text;

namespace ReportMiner.Segmentation.Tests;

/// <summary>Reads the reference files python jieba wrote: INPUT, TAB, tokens separated by TAB;
/// each field escaped \ → \\, TAB → \t, CR → \r, LF → \n.</summary>
internal static class CutTsv
{
    public static IEnumerable<(int Line, string Input, string[] Tokens)> Read(string path)
    {
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0)
            {
                yield return (lineNo, "", []);
                continue;
            }

            var fields = line.Split('\t').Select(Unescape).ToArray();
            yield return (lineNo, fields[0], fields[1..]);
        }
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\'))
        {
            return field;
        }

        var sb = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\')
            {
                sb.Append(field[i]);
                continue;
            }

            sb.Append(field[++i] switch
            {
                '\\' => '\\',
                't' => '\t',
                'r' => '\r',
                'n' => '\n',
                var c => throw new FormatException($"unknown escape \\{c}"),
            });
        }

        return sb.ToString();
    }
}
