using ReportMiner.Documents;

namespace ReportMiner.Extraction;

/// <summary>
/// Where a figure sits in its block's text, kept beside the figure for the relation finder: its sentence, its
/// clause, and the parenthesised group (if any) it is inside.
/// </summary>
internal sealed record FigureContext(
    Figure Figure,
    string BlockText,
    int SentenceStart,
    int SentenceEnd,
    int ParenStart,
    int ParenEnd,
    int ClauseStart);

/// <summary>
/// The default extractor: scans every paragraph and table row for figures (<see cref="FigureScanner"/>), labels them
/// (<see cref="Labels"/>), notes direction words and headings, then finds the relations between them
/// (<see cref="RelationFinder"/>). Stateless and thread-safe: one instance serves all workers.
/// </summary>
public sealed class FigureExtractor : IFigureExtractor
{
    public ExtractedDocument Extract(SourceDocument document)
    {
        var contexts = new List<FigureContext>();
        var tableBreakdowns = new List<TableBreakdown>();
        var sections = new SectionTracker();
        var sentence = 0;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            switch (document.Blocks[b])
            {
                case ParagraphBlock p:
                    sections.Observe(p.Text);
                    sentence = ExtractParagraph(p, b, p.Text, sentence, sections.Path, contexts, (offset, length) =>
                    {
                        var (page, line, column) = p.Locate(offset);
                        return new SourceSpan(page, line, column, length);
                    });
                    break;
                case TableBlock t:
                    // Cells carry bare numbers: TableFigures labels them by row and column and finds the table's own
                    // totals; its breakdowns are kept as indices until the figures get their ids below.
                    var table = TableFigures.Extract(t, b, sentence, sections.Path);
                    foreach (var tb in table.Breakdowns)
                    {
                        tableBreakdowns.Add(new TableBreakdown(contexts.Count + tb.Total, tb.Parts.Select(p => contexts.Count + p).ToArray(), tb.Selective));
                    }

                    contexts.AddRange(table.Contexts);
                    sentence = table.NextSentence;
                    break;
            }
        }

        var figures = new List<Figure>(contexts.Count);
        for (var i = 0; i < contexts.Count; i++)
        {
            var figure = contexts[i].Figure with { Id = "F" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            contexts[i] = contexts[i] with { Figure = figure };
            figures.Add(figure);
        }

        // Table figures stay out of the prose relation finder (a row is no sentence); their relations come from the table.
        var relations = RelationFinder.Find(document, contexts.Where(c => !c.Figure.InTable).ToList()).ToList();
        foreach (var tb in tableBreakdowns)
        {
            relations.Add(new BreakdownRelation(figures[tb.Total], tb.Parts.Select(p => figures[p]).ToArray(), BreakdownSource.Table, Partial: false)
            {
                Selective = tb.Selective,
            });
        }

        return new ExtractedDocument(document, figures, relations);
    }

    private static int ExtractParagraph(
        ParagraphBlock? paragraph,
        int blockIndex,
        string text,
        int sentence,
        IReadOnlyList<string> sectionPath,
        List<FigureContext> output,
        Func<int, int, SourceSpan> locate,
        bool inTable = false)
    {
        _ = paragraph;
        var scanned = FigureScanner.Scan(text);
        var sentences = TextSpans.Sentences(text);
        if (scanned.Count == 0)
        {
            return sentence + sentences.Count;
        }

        var s = 0;
        var previousEnd = -1;
        string? subject = null;
        foreach (var f in scanned)
        {
            while (s < sentences.Count - 1 && f.Start > sentences[s].End)
            {
                s++;
                previousEnd = -1;
                subject = null;
            }

            var (sentenceStart, sentenceEnd) = sentences[s];
            var clauseStart = ClauseStart(text, sentenceStart, f.Start);
            var labelFrom = Math.Max(clauseStart, previousEnd);
            var (direction, isChange) = DirectionBefore(text, labelFrom, f.Start);
            var label = Labels.Before(text, labelFrom, f.Start);
            if (label.Length == 0)
            {
                label = Labels.After(text, f.End);
            }

            if (f.Kind == FigureKind.Count)
            {
                var noun = Labels.CountNoun(text, f.End);
                if (label.Length == 0 || noun.Length >= 2 && label.Length <= 1)
                {
                    label = noun;
                }
            }

            if (isChange && subject is not null)
            {
                label = subject;
            }
            else if (!isChange && f.Kind == FigureKind.Money && label.Length > 0)
            {
                subject = label;
            }

            var (parenStart, parenEnd) = EnclosingParens(text, f.Start);
            var figure = new Figure
            {
                Id = "",
                Span = locate(f.Start, f.Length),
                Text = text.Substring(f.Start, f.Length),
                Value = f.Value,
                Unit = f.Unit,
                Kind = f.Kind,
                BaseValue = f.BaseValue,
                Scale = f.Scale,
                Approx = f.Approx,
                Label = label,
                Direction = direction,
                IsChange = isChange,
                BlockIndex = blockIndex,
                BlockOffset = f.Start,
                Sentence = sentence + s,
                SectionPath = sectionPath,
                InTable = inTable,
            };
            output.Add(new FigureContext(figure, text, sentenceStart, sentenceEnd, parenStart, parenEnd, clauseStart));
            previousEnd = f.End;
        }

        return sentence + sentences.Count;
    }

    /// <summary>Start of the clause holding <paramref name="at"/>: after the last clause mark, or after "（其中".</summary>
    private static int ClauseStart(string text, int sentenceStart, int at)
    {
        for (var i = at - 1; i >= sentenceStart; i--)
        {
            var c = text[i];
            if (TextSpans.IsClauseEnd(c) || c is '）' or ')')
            {
                return i + 1;
            }

            if (c is '（' or '(' && IsBreakdownParen(text, i))
            {
                return i + 1;
            }
        }

        return sentenceStart;
    }

    /// <summary>True for a parenthesis that opens a list of parts: （其中…）, （含…）, （包括…）.</summary>
    internal static bool IsBreakdownParen(string text, int open) =>
        TextSpans.StartsWith(text, open + 1, "其中") || TextSpans.StartsWith(text, open + 1, "含")
        || TextSpans.StartsWith(text, open + 1, "包括") || TextSpans.StartsWith(text, open + 1, "分别");

    /// <summary>The parenthesised group holding <paramref name="at"/>, as (open, close) offsets, or (-1, -1).</summary>
    private static (int Open, int Close) EnclosingParens(string text, int at)
    {
        var depth = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '）' or ')')
            {
                depth++;
            }
            else if (c is '（' or '(')
            {
                if (depth == 0)
                {
                    var close = i + 1;
                    var d = 0;
                    for (; close < text.Length; close++)
                    {
                        if (text[close] is '（' or '(')
                        {
                            d++;
                        }
                        else if (text[close] is '）' or ')')
                        {
                            if (d == 0)
                            {
                                break;
                            }

                            d--;
                        }
                    }

                    return (i, close);
                }

                depth--;
            }
            else if (TextSpans.IsSentenceEnd(c))
            {
                break;
            }
        }

        return (-1, -1);
    }

    private static readonly (string Word, ChangeDirection Direction)[] DirectionWords =
    [
        ("增加", ChangeDirection.Increase), ("增长", ChangeDirection.Increase), ("上升", ChangeDirection.Increase),
        ("提高", ChangeDirection.Increase), ("上涨", ChangeDirection.Increase), ("增多", ChangeDirection.Increase),
        ("多支出", ChangeDirection.Increase), ("超支", ChangeDirection.Increase), ("增", ChangeDirection.Increase),
        ("减少", ChangeDirection.Decrease), ("下降", ChangeDirection.Decrease), ("降低", ChangeDirection.Decrease),
        ("减", ChangeDirection.Decrease), ("节约", ChangeDirection.Decrease), ("节省", ChangeDirection.Decrease),
        ("回落", ChangeDirection.Decrease), ("缩减", ChangeDirection.Decrease), ("压减", ChangeDirection.Decrease),
        ("少支出", ChangeDirection.Decrease), ("下滑", ChangeDirection.Decrease), ("降", ChangeDirection.Decrease),
    ];

    /// <summary>
    /// The direction word right before a figure: 减少26.42千元 is a change (decrease); 减少为0, 增长到5% and 降至3%
    /// are the new level, with the direction kept for the comparison rule.
    /// </summary>
    internal static (ChangeDirection Direction, bool IsChange) DirectionBefore(string text, int from, int at)
    {
        var end = at;
        while (end > from && text[end - 1] is ' ' or '\u3000' or '了' or '约' or '近' or '逾')
        {
            end--;
        }

        var level = false;
        if (end > from && text[end - 1] is '到' or '至' or '为')
        {
            level = true;
            end--;
        }

        foreach (var (word, direction) in DirectionWords)
        {
            if (end - from >= word.Length && TextSpans.EndsWith(text, end, word))
            {
                // 增 and 降 alone only in 同比增, 比上年降: elsewhere they start other words.
                if (word.Length == 1 && !(end - from >= 2 && text[end - 2] is '比' or '同' or '年' or '长' or '下'))
                {
                    continue;
                }

                return (direction, !level);
            }
        }

        return (ChangeDirection.None, false);
    }

    /// <summary>Keeps the heading path (一、 / （一） / 1. / （1）) as paragraphs go by.</summary>
    private sealed class SectionTracker
    {
        private readonly string?[] _levels = new string?[4];

        public IReadOnlyList<string> Path { get; private set; } = [];

        public void Observe(string text)
        {
            var trimmed = text.Trim().Trim('\u3000');
            if (trimmed.Length == 0 || trimmed.Length > 40)
            {
                return;
            }

            var level = LevelOf(trimmed);
            if (level < 0)
            {
                return;
            }

            _levels[level] = trimmed.TrimEnd('。');
            for (var i = level + 1; i < _levels.Length; i++)
            {
                _levels[i] = null;
            }

            Path = _levels.Where(l => l is not null).Select(l => l!).ToArray();
        }

        private static int LevelOf(string t)
        {
            if (t.Length > 2 && NumberText.IsChineseNumeral(t[0]) && (t[1] == '、' || t.Length > 3 && NumberText.IsChineseNumeral(t[1]) && t[2] == '、'))
            {
                return 0;
            }

            if (t[0] is '（' or '(' && t.Length > 3 && NumberText.IsChineseNumeral(t[1]))
            {
                return 1;
            }

            if (NumberText.IsArabicDigit(t[0]) && t.Length > 2 && t[1] is '.' or '．' or '、' && !t.Contains('。'))
            {
                return 2;
            }

            if (t[0] is '（' or '(' && t.Length > 3 && NumberText.IsArabicDigit(t[1]))
            {
                return 3;
            }

            return -1;
        }
    }
}
