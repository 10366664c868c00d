using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>
/// <c>share_mismatch</c>: a stated share (占X%) against part / whole, and a stated rate (执行率, 完成率) against
/// numerator / denominator. When a rate fails against its denominator but matches another amount of the same
/// sentence, the message says the rate was computed against the wrong base (年初预算 vs 调整后预算).
/// </summary>
public sealed class ShareRule : IReconciliationRule
{
    public const string RuleId = "share_mismatch";

    public string Id => RuleId;

    public IEnumerable<Finding> Check(ExtractedDocument document)
    {
        var sentences = new SentenceIndex(document.Figures);
        var flagged = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        foreach (var relation in document.Relations)
        {
            var (finding, share) = relation switch
            {
                ShareRelation { Whole: not null } s => (Check(document, sentences, s.Share, s.Part, s.Whole, "占比", s.Inferred), s.Share),
                RateRelation r => (Check(document, sentences, r.Rate, r.Numerator, r.Denominator, "比率"), r.Rate),
                _ => (null, null),
            };
            if (finding is not null)
            {
                flagged.Add(share!);
                yield return finding;
            }
        }

        // A set whose sum is off because of a share already reported is that same mistake: one row, not two.
        foreach (var set in document.Relations.OfType<ShareSetRelation>())
        {
            if (!set.Shares.Any(flagged.Contains) && Check(document, set) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static Finding? Check(ExtractedDocument document, SentenceIndex sentences, Figure share, Figure part, Figure whole, string what, bool inferred = false)
    {
        // A rate in ‰ (出生率7.19‰, 不良贷款率) is per thousand of a base the text does not state.
        if (share.Approx || part.Approx || whole.Approx || share.Kind != FigureKind.Percent || part.Kind != whole.Kind || share.Unit == "‰")
        {
            return null;
        }

        if (part.Kind != FigureKind.Money && part.Unit != whole.Unit)
        {
            return null;
        }

        var ratio = Interval.Divide(Interval.Of(part), Interval.Of(whole));
        if (ratio is null || ratio.Value.Times(100m).Overlaps(Interval.RoundedOrTruncated(share.Value)))
        {
            return null;
        }

        var places = share.Value.Scale + 2;
        var computed = FindingText.Round(part.BaseValue / whole.BaseValue * 100m, places);
        var wrongBase = WrongBase(sentences, share, part, whole);
        // The base the share fits is stated in its own sentence (…占年初部门预算项目支出的8.7%，部门预算项目支出为
        // 26630.00万元): the whole found by name was the wrong amount, not the share.
        if (wrongBase is not null && wrongBase.Sentence == share.Sentence && whole.Sentence != share.Sentence)
        {
            return null;
        }

        if (OfWholesBase(document, share, part, whole))
        {
            // 60岁及以上人口122330人，占25.15%，其中65岁及以上人口96480人，占19.84%: the nested share is of the base the
            // total's own share is of (the whole population), as statistical bulletins write it.
            return null;
        }

        var label = share.Label.Length > 0 ? share.Label : what;
        // A ratio term (10.0∶38.7∶52.3) is written without its % sign.
        var stated = share.Text.EndsWith('%') || share.Text.EndsWith('％') ? share.Text : share.Text + "%";
        var involved = new[] { share, part, whole };
        return new Finding
        {
            Location = share.Span,
            Rule = RuleId,
            Severity = inferred ? Severity.Warning : Severity.Error,
            Stated = share.Value,
            Computed = computed,
            Difference = FindingText.Round(share.Value - computed, places),
            Unit = "%",
            MessageZh = $"{label}{stated}与{part.Text}÷{whole.Text}={FindingText.Format(computed, places)}%不符" +
                        (wrongBase is null ? "" : $"；{stated}与{part.Text}÷{wrongBase.Text}相符，疑以错误基数计算"),
            MessageEn = $"{label} {stated} does not equal {part.Text} / {whole.Text} = {FindingText.Format(computed, places)}%" +
                        (wrongBase is null ? "" : $"; it matches {part.Text} / {wrongBase.Text}, so it was probably computed against the wrong base"),
            Evidence = FindingText.Evidence(document.Source, involved),
            FigureIds = involved.Select(f => f.Id).Where(id => id.Length > 0).ToList(),
        };
    }

    private static Finding? Check(ExtractedDocument document, ShareSetRelation set) =>
        (set.SumChecked ? SumOff(document, set) : null) ?? ImpliedWhole(document, set);

    /// <summary>
    /// Shares of one whole, each stated with its part (教育支出3,126.40万元，占25.04%；…；住房保障支出290.12万元，占0.37%):
    /// each part ÷ its share gives the whole. When all but one agree on it, the one that does not is off, whether the
    /// whole is stated anywhere or not, and whether or not the parts may overlap.
    /// </summary>
    private static Finding? ImpliedWhole(ExtractedDocument document, ShareSetRelation set)
    {
        if (set.Parts.Count != set.Shares.Count)
        {
            return null;
        }

        var wholes = new List<(Figure Share, Figure Part, Interval Whole)>();
        foreach (var (share, part) in set.Shares.Zip(set.Parts))
        {
            if (part is null || part.Approx || share.Value <= 0m || share.Unit == "‰"
                || wholes.Count > 0 && (part.Kind != wholes[0].Part.Kind || part.Kind != FigureKind.Money && part.Unit != wholes[0].Part.Unit))
            {
                continue;
            }

            var rate = Interval.RoundedOrTruncated(share.Value);
            if (rate.Low > 0m && Interval.Divide(Interval.Of(part), new Interval(rate.Low / 100m, rate.High / 100m)) is { } whole)
            {
                wholes.Add((share, part, whole));
            }
        }

        if (wholes.Count < 3)
        {
            return null;
        }

        for (var k = 0; k < wholes.Count; k++)
        {
            var others = wholes.Where((_, i) => i != k).Select(w => w.Whole).ToList();
            var common = new Interval(others.Max(w => w.Low), others.Min(w => w.High));
            if (common.Low > common.High || wholes[k].Whole.Overlaps(common))
            {
                continue;
            }

            var (odd, part, _) = wholes[k];
            // A share of one of the other parts (其中…占38.8% of the item before): its whole is that part's amount.
            if (wholes.Any(w => !ReferenceEquals(w.Part, part) && Interval.Of(w.Part).Overlaps(wholes[k].Whole)))
            {
                return null;
            }

            var implied = (common.Low + common.High) / 2m;
            var places = odd.Value.Scale + 2;
            var computed = FindingText.Round(part.BaseValue / implied * 100m, places);
            var wholeText = FindingText.Format(FindingText.Round(implied / part.Scale, part.Value.Scale), part.Value.Scale) + part.Unit;
            var label = odd.Label.Length > 0 ? odd.Label : part.Label;
            var others3 = string.Join("、", wholes.Where(w => !ReferenceEquals(w.Share, odd)).Select(w => w.Share.Text));
            var involved = new[] { odd, part };
            return new Finding
            {
                Location = odd.Span,
                Rule = RuleId,
                Severity = set.Exclusive ? Severity.Error : Severity.Warning,
                Stated = odd.Value,
                Computed = computed,
                Difference = FindingText.Round(odd.Value - computed, places),
                Unit = "%",
                MessageZh = $"{label}占{odd.Text}与同句其余各项占比（{others3}）推算的总额约{wholeText}不符：{part.Text}÷{wholeText}={FindingText.Format(computed, places)}%",
                MessageEn = $"{label} {odd.Text} does not fit the whole the other shares of the sentence ({others3}) imply, about {wholeText}: {part.Text} / {wholeText} = {FindingText.Format(computed, places)}%",
                Evidence = FindingText.Evidence(document.Source, involved),
                FigureIds = involved.Select(f => f.Id).Where(id => id.Length > 0).ToList(),
            };
        }

        return null;
    }

    /// <summary>Shares of one whole: above 100% is always wrong; below only when they are every part's share.</summary>
    private static Finding? SumOff(ExtractedDocument document, ShareSetRelation set)
    {
        var sum = Interval.Exact(0m);
        foreach (var share in set.Shares)
        {
            sum += Interval.RoundedOrTruncated(share.Value);
        }

        var hundred = Interval.Exact(100m);
        if (sum.Overlaps(hundred) || sum.High < 100m && !set.Complete)
        {
            return null;
        }

        var places = set.Shares.Max(s => s.Value.Scale);
        var total = FindingText.Round(set.Shares.Sum(s => s.Value), places);
        var terms = string.Join("+", set.Shares.Select(s => FindingText.Format(s.Value)));
        // The terms of a structure ratio (三次产业结构10.0∶38.7∶52.3) carry its name.
        var what = set.Shares.All(s => s.Id.Length == 0) && set.Shares[0].Label.Length > 0 ? set.Shares[0].Label + "各项比重" : "各项占比";
        return new Finding
        {
            Location = set.Shares[0].Span,
            Rule = RuleId,
            Severity = total < 100m && set.Inferred ? Severity.Warning : Severity.Error,
            Stated = total,
            Computed = FindingText.Round(100m, places),
            Difference = FindingText.Round(total - 100m, places),
            Unit = "%",
            MessageZh = $"{what}之和{FindingText.Format(total, places)}%（{terms}）{(total > 100m ? "超过" : "不足")}100%",
            MessageEn = $"the shares add up to {FindingText.Format(total, places)}% ({terms}), not 100%",
            Evidence = FindingText.Evidence(document.Source, set.Shares),
            FigureIds = set.Shares.Select(s => s.Id).Where(id => id.Length > 0).ToList(),
        };
    }

    /// <summary>
    /// Whether the share is of the base the whole's own share is of: the whole's share (the percentage stated right
    /// after it, 122330人，占25.15%) times part ÷ whole gives it.
    /// </summary>
    private static bool OfWholesBase(ExtractedDocument document, Figure share, Figure part, Figure whole)
    {
        // Ids are F1, F2, … in document order: the figure after the whole is at the whole's id.
        var figures = document.Figures;
        var at = whole.Id.Length > 1 && int.TryParse(whole.Id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        var next = at > 0 && at < figures.Count && ReferenceEquals(figures[at - 1], whole) ? figures[at] : null;
        if (next is not { Kind: FigureKind.Percent, Approx: false, IsChange: false } || next.Sentence != whole.Sentence || ReferenceEquals(next, share)
            || Interval.Divide(Interval.Of(part), Interval.Of(whole)) is not { Low: >= 0 } ratio)
        {
            return false;
        }

        var wholesShare = Interval.RoundedOrTruncated(next.Value);
        return wholesShare.Low >= 0
               && new Interval(ratio.Low * wholesShare.Low, ratio.High * wholesShare.High).Overlaps(Interval.RoundedOrTruncated(share.Value));
    }

    /// <summary>Another amount near the rate that, as denominator, gives the stated rate.</summary>
    private static Figure? WrongBase(SentenceIndex sentences, Figure share, Figure part, Figure whole)
    {
        var stated = Interval.RoundedOrTruncated(share.Value);
        foreach (var candidate in sentences.Around(share.Sentence))
        {
            if (candidate.Kind != whole.Kind || ReferenceEquals(candidate, whole) || ReferenceEquals(candidate, part) || candidate.Approx)
            {
                continue;
            }

            var ratio = Interval.Divide(Interval.Of(part), Interval.Of(candidate));
            if (ratio is not null && ratio.Value.Times(100m).Overlaps(stated))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The figures of a sentence and its two neighbours, in document order, without a pass over the whole document
    /// for every failing rate: built on first use, once per document.
    /// </summary>
    private sealed class SentenceIndex(IReadOnlyList<Figure> figures)
    {
        private Dictionary<int, List<int>>? _bySentence;

        public IEnumerable<Figure> Around(int sentence)
        {
            if (_bySentence is null)
            {
                _bySentence = [];
                for (var i = 0; i < figures.Count; i++)
                {
                    if (!_bySentence.TryGetValue(figures[i].Sentence, out var list))
                    {
                        _bySentence[figures[i].Sentence] = list = [];
                    }

                    list.Add(i);
                }
            }

            var indices = new List<int>();
            for (var s = sentence - 1; s <= sentence + 1; s++)
            {
                if (_bySentence.TryGetValue(s, out var list))
                {
                    indices.AddRange(list);
                }
            }

            indices.Sort();
            return indices.Select(i => figures[i]);
        }
    }
}
