using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// <c>table_total_mismatch</c>: a table's 合计/总计/小计 rows and columns, and parent rows of the 类/款/项 code or
/// list-marker hierarchy, against the sum of their members, as intervals at the written precision (no fixed epsilon).
/// Misses within one unit of the last written digit are rounding in the source: they are gathered into one info
/// finding per table instead of one row each. Also, across tables: a 三公 item in the basic-expenditure table may not
/// exceed the same item in the 三公 table (a part larger than its whole).
/// </summary>
public sealed class TableTotalRule : IReconciliationRule
{
    public const string RuleId = "table_total_mismatch";

    /// <summary>The 三公 items, as labels are normalised.</summary>
    internal static readonly string[] SanGongItems =
        ["因公出国（境）费", "因公出国（境）费用", "公务接待费", "公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行费", "公务用车运行维护费"];

    public string Id => RuleId;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var rounding = new SortedDictionary<int, List<(BreakdownRelation B, decimal Gap)>>();
        var findings = new List<Finding>();
        var mismatches = new List<BreakdownRelation>();
        foreach (var relation in document.Relations)
        {
            if (relation is not BreakdownRelation { Source: BreakdownSource.Table } b)
            {
                continue;
            }

            var total = b.Total;
            if (b.Parts.Any(p => p.Kind != total.Kind || p.Unit != total.Unit) || total.Approx || b.Parts.Any(p => p.Approx))
            {
                continue;
            }

            var stated = Interval.Of(total);
            var sum = Interval.Sum(b.Parts);

            if (sum.Overlaps(stated) || (b.Selective && sum.High < stated.Low))
            {
                // 其中 rows may name only some of the parts: falling short is allowed, exceeding is not.
                continue;
            }

            var gap = sum.Gap(stated);
            var unit = Interval.HalfUnit(total.Value) * 2m * total.Scale;
            if (gap <= unit)
            {
                if (!rounding.TryGetValue(total.BlockIndex, out var list))
                {
                    rounding[total.BlockIndex] = list = [];
                }

                list.Add((b, gap));
                continue;
            }

            mismatches.Add(b);
        }

        // A total column that fails on five rows of its table, or on most of them, is missing columns, not wrong on every
        // row: a wide sheet printed with its right-hand columns on another page, or a group heading (基本支出 over 人员经费
        // and 公用经费) that was not read. One info finding says so; a planted or real slip breaks one row, not most.
        var rowWise = document.Relations.OfType<BreakdownRelation>()
            .Where(b => b.Source == BreakdownSource.Table && b.Parts.All(p => p.Span.Page == b.Total.Span.Page && p.Span.Line == b.Total.Span.Line))
            .GroupBy(b => (b.Total.BlockIndex, b.Total.Column))
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var column in mismatches.Where(b => b.Parts.All(p => p.Span.Page == b.Total.Span.Page && p.Span.Line == b.Total.Span.Line))
                     .GroupBy(b => (b.Total.BlockIndex, b.Total.Column)).ToList())
        {
            var failing = column.ToList();
            if (failing.Count >= 5 || failing.Count >= 3 && failing.Count * 2 >= rowWise[column.Key])
            {
                mismatches.RemoveAll(failing.Contains);
                findings.Add(MissingColumns(document, failing, rowWise[column.Key]));
            }
        }

        // One wrong cell breaks its row sum and its column sum, and a wrong 合计 row breaks every column: report one
        // finding per table row, at its first failing total, naming how many checks failed there.
        foreach (var group in mismatches.GroupBy(b => (b.Total.BlockIndex, b.Total.Span.Page, b.Total.Span.Line)))
        {
            findings.Add(Mismatch(document, group.First(), group.Count()));
        }

        foreach (var (_, list) in rounding)
        {
            findings.Add(RoundingCluster(document, list));
        }

        findings.AddRange(PartExceedsWhole(document));
        return findings;
    }

    private static bool IsExplicitTotal(Figure total) =>
        total.Label.EndsWith("合计", StringComparison.Ordinal) || total.Label.EndsWith("总计", StringComparison.Ordinal)
        || total.Label.EndsWith("小计", StringComparison.Ordinal)
        || (total.Column is { } c && (c.EndsWith("合计", StringComparison.Ordinal) || c.EndsWith("小计", StringComparison.Ordinal) || c.EndsWith("总计", StringComparison.Ordinal)));

    private static Finding Mismatch(ExtractedDocument document, BreakdownRelation b, int checksOnRow)
    {
        var total = b.Total;
        var decimals = Math.Max(total.Value.Scale, b.Parts.Max(p => p.Value.Scale));
        var computed = FindingText.Round(b.Parts.Sum(p => p.Value), decimals);
        var difference = FindingText.Round(total.Value - computed, decimals);
        var terms = string.Join("+", b.Parts.Select(p => FindingText.Format(p.Value)));
        var name = Name(total);
        var column = total.Column is { Length: > 0 } c ? $"（{c}栏）" : "";
        var columnEn = total.Column is { Length: > 0 } ce ? $" (column {ce})" : "";
        var all = b.Parts.Prepend(total).ToList();
        return new Finding
        {
            Location = total.Span,
            Rule = RuleId,
            // A row or column the table itself calls 合计/小计 is a stated total; a parent row found by its list marker
            // or indentation is a structure we inferred.
            Severity = IsExplicitTotal(total) || total.Label.Length == 0 ? Severity.Error : Severity.Warning,
            Stated = total.Value,
            Computed = computed,
            Difference = difference,
            Unit = total.Unit,
            MessageZh = $"表中{name}{column}{total.Text}{total.Unit}与其明细之和{FindingText.Format(computed, decimals)}{total.Unit}（{terms}）不符，差额{FindingText.Format(difference, decimals)}{total.Unit}" +
                        (checksOnRow > 1 ? $"；本行共{checksOnRow}处合计不符" : ""),
            MessageEn = $"table row {name}{columnEn} {total.Text}{total.Unit} does not equal the sum of its items {FindingText.Format(computed, decimals)}{total.Unit} ({terms}); difference {FindingText.Format(difference, decimals)}{total.Unit}" +
                        (checksOnRow > 1 ? $"; {checksOnRow} totals on this row fail" : ""),
            Evidence = Evidence(document, all),
            FigureIds = all.Select(f => f.Id).ToList(),
        };
    }

    private static Finding MissingColumns(ExtractedDocument document, List<BreakdownRelation> failing, int checks)
    {
        var first = failing[0];
        var column = first.Total.Column is { Length: > 0 } c ? $"（{c}栏）" : "";
        var ids = failing.SelectMany(b => b.Parts.Prepend(b.Total)).Select(f => f.Id).Distinct().ToList();
        return new Finding
        {
            Location = first.Total.Span,
            Rule = RuleId,
            Severity = Severity.Info,
            Stated = first.Total.Value,
            Computed = FindingText.Round(first.Parts.Sum(p => p.Value), Math.Max(first.Total.Value.Scale, first.Parts.Max(p => p.Value.Scale))),
            Difference = FindingText.Round(first.Total.Value - first.Parts.Sum(p => p.Value), Math.Max(first.Total.Value.Scale, first.Parts.Max(p => p.Value.Scale))),
            Unit = first.Total.Unit,
            MessageZh = $"表中合计列{column}在{checks}行中有{failing.Count}行与本行各栏之和不符：表格可能缺列（跨页续印的栏或未识别的分组标题），未逐行报告",
            MessageEn = $"the table's total column{(first.Total.Column is { Length: > 0 } ce ? $" ({ce})" : "")} fails on {failing.Count} of {checks} rows: columns are probably missing (printed on another page, or a group heading not read), so no row is reported",
            Evidence = Evidence(document, [first.Total, .. first.Parts]),
            FigureIds = ids,
        };
    }

    private static Finding RoundingCluster(ExtractedDocument document, List<(BreakdownRelation B, decimal Gap)> list)
    {
        var first = list[0].B.Total;
        var places = string.Join("、", list.Take(10).Select(x => $"{Name(x.B.Total)}{x.B.Total.Text}"));
        var more = list.Count > 10 ? $"等{list.Count}处" : "";
        var ids = list.SelectMany(x => x.B.Parts.Prepend(x.B.Total)).Select(f => f.Id).Distinct().ToList();
        return new Finding
        {
            Location = first.Span,
            Rule = RuleId,
            Severity = Severity.Info,
            Unit = first.Unit,
            MessageZh = $"表中{list.Count}处合计与明细之和相差不超过末位一个单位（舍入误差）：{places}{more}",
            MessageEn = $"{list.Count} table total(s) differ from the sum of their items by no more than one unit of the last digit (rounding): " +
                        string.Join(", ", list.Take(10).Select(x => $"{Name(x.B.Total)} {x.B.Total.Text}")),
            Evidence = Evidence(document, list.Select(x => x.B.Total)),
            FigureIds = ids,
        };
    }

    /// <summary>A 三公 item of the basic-expenditure table larger than the same item in the 三公 table.</summary>
    private static IEnumerable<Finding> PartExceedsWhole(ExtractedDocument document)
    {
        var tables = document.Figures.Where(f => f.InTable && f.Kind == FigureKind.Money).GroupBy(f => f.BlockIndex).ToList();
        if (tables.Count < 2)
        {
            yield break;
        }

        string Caption(int block) => document.Source.Blocks[block] is Documents.TableBlock t ? t.Caption ?? "" : "";
        var sanGong = tables.Where(g => Caption(g.Key).Contains("三公")).SelectMany(g => g).ToList();
        var basic = tables.Where(g => Caption(g.Key).Contains("基本支出") && !Caption(g.Key).Contains("三公")).SelectMany(g => g).ToList();
        foreach (var part in basic)
        {
            var item = SanGongItem(part.Label);
            if (item is null)
            {
                continue;
            }

            // In the 三公 table the item is a row or a column; the whole is its 决算 (or only) amount.
            var wholes = sanGong.Where(w => SanGongItem(w.Label) == item || SanGongItem(LastSegment(w.Column)) == item).ToList();
            var whole = wholes.FirstOrDefault(w => w.Label.Contains("决算") || (w.Column ?? "").Contains("决算")) ?? (wholes.Count == 1 ? wholes[0] : null);
            if (whole is null || Interval.Of(part).Low <= Interval.Of(whole).High)
            {
                continue;
            }

            var difference = FindingText.Round(FindingText.ValueIn(part, whole) - whole.Value, Math.Max(part.Value.Scale, whole.Value.Scale));
            yield return new Finding
            {
                Location = part.Span,
                Rule = RuleId,
                Severity = Severity.Warning,
                Stated = part.Value,
                Computed = whole.Value,
                Difference = difference,
                Unit = part.Unit,
                MessageZh = $"基本支出表中{item}{part.Text}{part.Unit}超过“三公”经费表中的{item}{whole.Text}{whole.Unit}（部分不应大于整体）",
                MessageEn = $"{item} in the basic-expenditure table ({part.Text}{part.Unit}) exceeds the same item in the 三公 table ({whole.Text}{whole.Unit}): a part cannot exceed its whole",
                Evidence = Evidence(document, [part, whole]),
                FigureIds = [part.Id, whole.Id],
            };
        }
    }

    private static string LastSegment(string? heading) => heading is null ? "" : Labels.Normalise(heading.AsSpan(heading.LastIndexOf('/') + 1));

    private static string? SanGongItem(string label)
    {
        foreach (var item in SanGongItems)
        {
            if (label.EndsWith(item, StringComparison.Ordinal))
            {
                return item.StartsWith("公务用车", StringComparison.Ordinal) && item != "公务用车购置费" && item != "公务用车运行费" ? "公务用车购置及运行费" : item.Replace("费用", "费");
            }
        }

        return null;
    }

    private static string Name(Figure f) => f.Label.Length > 0 ? f.Label : "合计";

    /// <summary>Evidence for table figures: each figure's row, cells separated by " | ".</summary>
    internal static string Evidence(ExtractedDocument document, IEnumerable<Figure> figures)
    {
        var rows = new List<string>();
        foreach (var f in figures)
        {
            if (f.BlockIndex < 0 || f.BlockIndex >= document.Source.Blocks.Count)
            {
                continue;
            }

            var text = document.Source.Blocks[f.BlockIndex] switch
            {
                Documents.TableBlock t => t.Rows.FirstOrDefault(r => r.Line == f.Span.Line && r.Page == f.Span.Page)?.LineText.Replace("\t", " | "),
                _ => FindingText.Evidence(document.Source, [f], 120),
            };
            if (text is not null && !rows.Contains(text))
            {
                rows.Add(text);
            }
        }

        var joined = string.Join(" / ", rows);
        return joined.Length <= 300 ? joined : joined[..299] + "…";
    }
}
