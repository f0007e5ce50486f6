namespace CaseFlow.Domain.Cases;

/// <summary>
/// 否定必有依据 (行政许可法 art. 38): a negative outcome — a rejection, a non-acceptance, a failed review point — cites its basis.
/// The one place of that rule: <see cref="Case.Decide"/>, the deciding activities and the review checklist all ask it.
/// </summary>
public static class DecisionBasisRule
{
    public const string Field = "basis";

    /// <summary>The rule a decision with this outcome breaks without a basis, or null when it needs none (an approval).</summary>
    public static string? Missing(CaseOutcome outcome, string? basis) =>
        outcome == CaseOutcome.Approved || !string.IsNullOrWhiteSpace(basis) ? null
        : outcome == CaseOutcome.NotAccepted ? "不予受理 must cite its basis (否定必有依据)."
        : "A rejection must cite its basis (否定必有依据).";

    /// <summary>The rule a failed review point breaks without a basis (the item's own basis given as the example), or null.</summary>
    public static string? MissingForFailedPoint(string? code, string? basis, string example) =>
        string.IsNullOrWhiteSpace(basis) ? $"Point {code} fails: a failed point must cite its basis (否定必有依据), e.g. {example}." : null;
}
