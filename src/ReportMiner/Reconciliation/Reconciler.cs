using ReportMiner.Extraction;

namespace ReportMiner.Reconciliation;

/// <summary>Runs every rule over a document and orders the findings by place, then rule.</summary>
public sealed class Reconciler
{
    private readonly IReadOnlyList<IReconciliationRule> _rules;

    public Reconciler(IEnumerable<IReconciliationRule> rules)
    {
        _rules = rules.ToList();
        var duplicate = _rules.GroupBy(r => r.GetType()).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"rule {duplicate.Key.Name} is registered twice", nameof(rules));
        }
    }

    public IReadOnlyList<IReconciliationRule> Rules => _rules;

    public IReadOnlyList<Finding> Check(ExtractedDocument document)
    {
        var findings = new List<Finding>();
        foreach (var rule in _rules)
        {
            findings.AddRange(rule.Check(document));
        }

        return findings
            .OrderBy(f => f.Location)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => string.Join(' ', f.FigureIds), StringComparer.Ordinal)
            .ToList();
    }
}
