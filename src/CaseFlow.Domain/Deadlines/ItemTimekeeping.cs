using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Deadlines;

/// <summary>A service item's time-keeping settings beyond its two limits; every part has a legal or typical default.</summary>
public sealed class ItemTimekeeping
{
    /// <summary>形式审查 window: the law's maximum is 5 working days (行政许可法 art. 32).</summary>
    public TimeLimit ReviewLimit { get; set; } = new() { Value = 5, Unit = LimitUnit.WorkingDays };
    /// <summary>Issue or deliver within 10 days of the decision (art. 44).</summary>
    public TimeLimit DeliveryLimit { get; set; } = new() { Value = 10, Unit = LimitUnit.WorkingDays };
    /// <summary>补正期限 the one-time notice gives (local practice, typically 30 days); not supplemented by then, the application counts as withdrawn.</summary>
    public TimeLimit SupplementLimit { get; set; } = new() { Value = 30, Unit = LimitUnit.Days };
    /// <summary>The one statutory extension; null takes art. 42's default: +10 working days, +15 for joint handling.</summary>
    public TimeLimit? Extension { get; set; }
    /// <summary>Who approves an extension (the department head, by default the approver role).</summary>
    public string ExtensionApproverRole { get; set; } = Org.Roles.Approver;
    public EscalationPolicy Escalation { get; set; } = new();

    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (ReviewLimit.Unit != LimitUnit.WorkingDays || ReviewLimit.Value is < 0 or > 5)
            yield return ("timekeeping.reviewLimit", "The form-review limit is at most 5 working days (行政许可法第三十二条).");
        if (DeliveryLimit.Value < 0) yield return ("timekeeping.deliveryLimit", "The delivery limit cannot be negative.");
        if (SupplementLimit.Value <= 0) yield return ("timekeeping.supplementLimit", "The supplement limit must be positive.");
        if (Extension is { Value: <= 0 }) yield return ("timekeeping.extension", "An extension must be positive.");
        foreach (var problem in Escalation.Problems()) yield return ("timekeeping.escalation", problem);
    }
}
