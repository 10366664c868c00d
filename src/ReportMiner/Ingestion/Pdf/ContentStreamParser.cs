using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Logging;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokens;

namespace ReportMiner.Ingestion.Pdf;

/// <summary>
/// Reads a page's content stream into PdfPig's operations, the same operations PdfPig's own parser makes, at a
/// fraction of its cost. PdfPig 0.1.16 tokenizes content through its general object scanner and makes every operator
/// token under one process-wide lock (OperatorToken's name pool): over half the time of reading a page, and a point
/// where two workers reading PDFs wait for each other. This parser scans the bytes directly, makes the operand tokens
/// PdfPig's tokenizers would (same values, same string and name decoding), reuses one operator token per operator,
/// and builds each operation with PdfPig's own operation factory. Anything it does not read exactly as PdfPig does
/// (inline images, name escapes, exponents, malformed tokens, unknown operators) sends the whole stream to PdfPig's
/// parser, so the operations never differ.
/// </summary>
internal sealed class ContentStreamParser(IPageContentParser fallback) : IPageContentParser
{
    private static readonly FieldInfo? PagesField = typeof(PdfDocument).GetField("pages", BindingFlags.NonPublic | BindingFlags.Instance);
    private static readonly FieldInfo? ParserField = typeof(BasePageFactory<Page>).GetField(nameof(BasePageFactory<Page>.PageContentParser));

    // Operators PdfPig's factory understood, each made once (so under PdfPig's lock once) and shared after that.
    private static readonly ConcurrentDictionary<string, OperatorToken> Operators = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, OperatorToken>.AlternateLookup<ReadOnlySpan<char>> OperatorsBySpan =
        Operators.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Puts this parser in front of the document's page parser. PdfPig has no option for it, so the (pinned) 0.1.16
    /// internals are reached by reflection; if they are not as expected the document keeps PdfPig's parser.
    /// </summary>
    public static bool Install(PdfDocument document) =>
        Replace(document, parser => parser is ContentStreamParser ? parser : new ContentStreamParser(parser));

    /// <summary>Puts <paramref name="wrap"/>'s parser in place of the document's page parser (also for tests).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The published build roots PdfPig's assemblies (TrimmerRootAssembly in ReportMiner.Cli.csproj), so its private fields are kept; if they were not, Replace returns false and PdfPig's own parser is used.")]
    internal static bool Replace(PdfDocument document, Func<IPageContentParser, IPageContentParser> wrap)
    {
        if (PagesField?.GetValue(document) is not { } pages
            || pages.GetType().GetField("pageFactoryCache", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(pages) is not IDictionary cache
            || cache[typeof(Page)] is not BasePageFactory<Page> factory
            || ParserField is null)
        {
            return false;
        }

        ParserField.SetValue(factory, wrap(factory.PageContentParser));
        return true;
    }

    public IReadOnlyList<IGraphicsStateOperation> Parse(int pageNumber, IInputBytes inputBytes, ILog log)
    {
        var origin = inputBytes.CurrentOffset;
        var bytes = new byte[inputBytes.Length - origin];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = inputBytes.Read(bytes.AsSpan(read));
            if (n <= 0)
            {
                break;
            }

            read += n;
        }

        if (read == bytes.Length && new Scanner(bytes).TryParse() is { } operations)
        {
            return operations;
        }

        inputBytes.Seek(origin);
        return fallback.Parse(pageNumber, inputBytes, log);
    }

    /// <summary>The operations of <paramref name="content"/>, or null where PdfPig's own parser must decide.</summary>
    internal static IReadOnlyList<IGraphicsStateOperation>? TryParse(byte[] content) => new Scanner(content).TryParse();

    private sealed class Punt : Exception;

    private sealed class Scanner(byte[] bytes)
    {
        private static readonly Punt PuntInstance = new();
        private readonly byte[] _b = bytes;
        private readonly char[] _word = new char[16];
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<char> _hex = [];
        private readonly Stack<List<IToken>> _lists = new(); // scratch lists for array items, by nesting
        private int _at;

        public List<IGraphicsStateOperation>? TryParse()
        {
            var operations = new List<IGraphicsStateOperation>(Math.Max(16, _b.Length / 12));
            var operands = new List<IToken>();
            try
            {
                while (true)
                {
                    var token = Next(top: true, out var op);
                    if (token is null && op is null)
                    {
                        return operations;
                    }

                    if (token is not null)
                    {
                        operands.Add(token);
                        continue;
                    }

                    IGraphicsStateOperation? operation;
                    try
                    {
                        operation = ReflectionGraphicsStateOperationFactory.Instance.Create(op!, operands);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        return null;
                    }

                    if (operation is null)
                    {
                        return null;
                    }

                    operations.Add(operation);
                    operands.Clear();
                    if (!Operators.ContainsKey(op!.Data))
                    {
                        Operators.TryAdd(op.Data, op); // understood by the factory: shared from now on
                    }
                }
            }
            catch (Punt)
            {
                return null;
            }
        }

        /// <summary>
        /// The next operand token, or (token null) the next operator in <paramref name="op"/>; both null at the end.
        /// Inside arrays and dictionaries (<paramref name="top"/> false) an operator punts.
        /// </summary>
        private IToken? Next(bool top, out OperatorToken? op)
        {
            op = null;
            while (true)
            {
                SkipSpace();
                if (_at >= _b.Length)
                {
                    return null;
                }

                var c = _b[_at];
                switch (c)
                {
                    case (byte)'%':
                        // A comment runs to the end of the line; PdfPig drops it.
                        while (_at < _b.Length && _b[_at] is not (byte)'\n' and not (byte)'\r')
                        {
                            _at++;
                        }

                        continue;
                    case (byte)'(':
                        return LiteralString();
                    case (byte)'<':
                        return _at + 1 < _b.Length && _b[_at + 1] == '<' ? Dictionary() : HexString();
                    case (byte)'[':
                        return Array();
                    case (byte)'/':
                        return Name();
                    case (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9':
                        return Number();
                    case (byte)']' or (byte)'>' or (byte)')' or (byte)'{' or (byte)'}':
                        throw PuntInstance;
                    default:
                        var word = Word();
                        switch (word)
                        {
                            case "true": return BooleanToken.True;
                            case "false": return BooleanToken.False;
                            case "null": return NullToken.Instance;
                        }

                        if (!top)
                        {
                            throw PuntInstance;
                        }

                        op = Operator(word);
                        return null;
                }
            }
        }

        // PdfPig's scanner skips white space and every control character between tokens.
        private void SkipSpace()
        {
            while (_at < _b.Length && (_b[_at] <= 32 || _b[_at] is >= 127 and <= 159))
            {
                _at++;
            }
        }

        private static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

        /// <summary>A bare word: up to white space or a delimiter, printable ASCII only.</summary>
        private ReadOnlySpan<char> Word()
        {
            var start = _at;
            while (_at < _b.Length && !IsWhitespace(_b[_at]) && _b[_at] is not ((byte)'%' or (byte)'(' or (byte)')' or (byte)'/'
                       or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'))
            {
                if (_b[_at] is < 33 or > 126 || _at - start >= 16)
                {
                    throw PuntInstance;
                }

                _at++;
            }

            for (var i = start; i < _at; i++)
            {
                _word[i - start] = (char)_b[i];
            }

            return _word.AsSpan(0, _at - start);
        }

        private static OperatorToken Operator(ReadOnlySpan<char> word)
        {
            if (OperatorsBySpan.TryGetValue(word, out var known))
            {
                return known;
            }

            // Inline images and these spellings get PdfPig's special handling: leave them to its parser.
            if (word is "BI" or "ID" or "EI" or "inf")
            {
                throw PuntInstance;
            }

            return OperatorToken.Create(word);
        }

        /// <summary>As PdfPig's numeric tokenizer: digits, one point, any signs (a minus anywhere negates); no exponent.</summary>
        private NumericToken Number()
        {
            double whole = 0;
            long fraction = 0;
            var fractionDigits = 0;
            var point = false;
            var negative = false;
            for (; _at < _b.Length; _at++)
            {
                var c = _b[_at];
                if (c is >= (byte)'0' and <= (byte)'9')
                {
                    if (point)
                    {
                        fraction = unchecked((fraction * 10) + (c - '0'));
                        fractionDigits++;
                    }
                    else
                    {
                        whole = (whole * 10.0) + (c - '0');
                    }
                }
                else if (c == '-')
                {
                    negative = true;
                }
                else if (c == '.')
                {
                    if (point)
                    {
                        throw PuntInstance;
                    }

                    point = true;
                }
                else if (c == '+')
                {
                }
                else if (c is (byte)'e' or (byte)'E')
                {
                    throw PuntInstance;
                }
                else
                {
                    break;
                }
            }

            var value = whole;
            if (point && fractionDigits > 0)
            {
                value = fractionDigits switch
                {
                    1 => whole + (fraction / 10.0),
                    2 => whole + (fraction / 100.0),
                    3 => whole + (fraction / 1000.0),
                    _ => whole + (fraction / Math.Pow(10.0, fractionDigits)),
                };
            }

            if (negative)
            {
                value = -value;
            }

            return value == 0.0 ? NumericToken.Zero : new NumericToken(value);
        }

        /// <summary>As PdfPig's name tokenizer for names without # escapes and with ASCII bytes only.</summary>
        private NameToken Name()
        {
            var start = ++_at;
            while (_at < _b.Length && _b[_at] is not (32 or 13 or 10 or 9 or 62 or 60 or 91 or 47 or 93 or 41 or 40 or 0 or 12))
            {
                if (_b[_at] is (byte)'#' or > 127)
                {
                    throw PuntInstance;
                }

                _at++;
            }

            return NameToken.Create(System.Text.Encoding.ASCII.GetString(_b, start, _at - start));
        }

        /// <summary>
        /// As PdfPig's string tokenizer: balanced parentheses, the escapes \n \r \t \b \f \( \) \\, up to three octal
        /// digits, a backslash before a line end joining lines, each byte one character (ISO 8859-1).
        /// </summary>
        private StringToken LiteralString()
        {
            var text = _text.Clear();
            var depth = 1;
            var escaped = false;
            var joining = false;
            var octal = -1; // value of the octal escape being read, -1 when none
            var octalDigits = 0;
            _at++;
            while (true)
            {
                if (_at >= _b.Length)
                {
                    throw PuntInstance; // unterminated
                }

                var c = (char)_b[_at++];
                if (octal >= 0)
                {
                    var digit = c is >= '0' and <= '7';
                    if (digit)
                    {
                        octal = (octal * 8) + (c - '0');
                        octalDigits++;
                    }

                    if (octalDigits == 3 || !digit)
                    {
                        text.Append((char)octal);
                        octal = -1;
                        octalDigits = 0;
                    }

                    if (digit)
                    {
                        continue;
                    }
                }

                switch (c)
                {
                    case ')':
                        joining = false;
                        if (!escaped)
                        {
                            depth--;
                        }

                        escaped = false;
                        if (depth > 0)
                        {
                            text.Append(c);
                            if (EndsEarly())
                            {
                                throw PuntInstance; // PdfPig's recovery for unbalanced strings
                            }
                        }

                        break;
                    case '(':
                        joining = false;
                        if (!escaped)
                        {
                            depth++;
                        }

                        escaped = false;
                        text.Append(c);
                        break;
                    case '\\':
                        joining = false;
                        if (escaped)
                        {
                            text.Append(c);
                        }

                        escaped = !escaped;
                        break;
                    default:
                        if (joining)
                        {
                            if (c is '\r' or '\n')
                            {
                                continue;
                            }

                            joining = false;
                            text.Append(c);
                        }
                        else if (escaped)
                        {
                            escaped = false;
                            switch (c)
                            {
                                case 'n': text.Append('\n'); break;
                                case 'r': text.Append('\r'); break;
                                case 't': text.Append('\t'); break;
                                case 'b': text.Append('\b'); break;
                                case 'f': text.Append('\f'); break;
                                case >= '0' and <= '7':
                                    octal = c - '0';
                                    octalDigits = 1;
                                    break;
                                case '\r' or '\n':
                                    joining = true;
                                    break;
                                default:
                                    text.Append(c);
                                    break;
                            }
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }

                if (depth <= 0)
                {
                    break;
                }
            }

            if (text.Length >= 2 && ((text[0] == '\u00FE' && text[1] == '\u00FF') || (text[0] == '\u00FF' && text[1] == '\u00FE')))
            {
                throw PuntInstance; // UTF-16 with a byte order mark: PdfPig decodes it
            }

            return new StringToken(text.ToString(), StringToken.Encoding.Iso88591);
        }

        // PdfPig ends a string early at ")" followed by CR and then "/" or ">" (its repair of unbalanced strings).
        private bool EndsEarly() =>
            _at + 2 < _b.Length && _b[_at] == 13
            && ((_b[_at + 1] == 10 && _b[_at + 2] == 47) || _b[_at + 2] == 62 || _b[_at + 1] == 47 || _b[_at + 1] == 62);

        private HexToken HexString()
        {
            var chars = _hex;
            chars.Clear();
            _at++;
            while (true)
            {
                if (_at >= _b.Length)
                {
                    throw PuntInstance;
                }

                var c = _b[_at++];
                if (IsWhitespace(c))
                {
                    continue;
                }

                if (c == '>')
                {
                    break;
                }

                if (c is not ((>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F')))
                {
                    throw PuntInstance;
                }

                chars.Add((char)c);
            }

            return new HexToken(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chars));
        }

        private ArrayToken Array()
        {
            _at++;
            var items = _lists.Count > 0 ? _lists.Pop() : new List<IToken>(32);
            try
            {
                while (true)
                {
                    SkipSpace();
                    if (_at >= _b.Length)
                    {
                        throw PuntInstance;
                    }

                    if (_b[_at] == ']')
                    {
                        _at++;
                        return new ArrayToken(items); // it copies the items into a list of its own
                    }

                    items.Add(Next(top: false, out _) ?? throw PuntInstance);
                }
            }
            finally
            {
                items.Clear();
                _lists.Push(items);
            }
        }

        /// <summary>A dictionary of name keys and direct values (marked-content properties); anything else punts.</summary>
        private DictionaryToken Dictionary()
        {
            _at += 2;
            var entries = new Dictionary<NameToken, IToken>();
            while (true)
            {
                SkipSpace();
                if (_at + 1 < _b.Length && _b[_at] == '>' && _b[_at + 1] == '>')
                {
                    _at += 2;
                    return new DictionaryToken(entries);
                }

                if (_at >= _b.Length || Next(top: false, out _) is not NameToken key)
                {
                    throw PuntInstance;
                }

                SkipSpace();
                var value = Next(top: false, out _) ?? throw PuntInstance;
                if (value is NumericToken)
                {
                    // "1 0 R" would be a reference, and PdfPig skips a number followed by a number: punt on both.
                    SkipSpace();
                    if (_at < _b.Length && _b[_at] is (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9')
                    {
                        throw PuntInstance;
                    }
                }

                entries[key] = value;
            }
        }
    }
}
