using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Deadlines;

/// <summary>
/// What happens when a level changes, per service item (its <c>escalation</c>) or per step (the activity's <c>escalation</c>
/// prop, edited in the designer). Missing parts take the defaults below.
/// </summary>
public sealed class EscalationPolicy
{
    /// <summary>Yellow when this share of the limit is used (default 80%)…</summary>
    public double WarnShare { get; set; } = 0.8;
    /// <summary>…or, when set, when this many working hours are left.</summary>
    public double? WarnHoursLeft { get; set; }
    public List<EscalationAction> OnWarning { get; set; } = [new() { Type = EscalationAction.NotifyAssignee }];
    public List<EscalationAction> OnOverdue { get; set; } =
    [
        new() { Type = EscalationAction.NotifyAssignee },
        new() { Type = EscalationAction.NotifySupervisors },
        new() { Type = EscalationAction.SupervisionOrder },
    ];
    /// <summary>Repeat an overdue reminder to the assignee every so often (working hours), at most <see cref="ReminderMax"/> times.</summary>
    public double ReminderEveryWorkingHours { get; set; } = 7;
    public int ReminderMax { get; set; } = 3;
    /// <summary>Flag a case on which no step completed for this many working days (waits on the applicant, courier or an exclusion excepted).</summary>
    public int StalledAfterWorkingDays { get; set; } = 2;

    public static EscalationPolicy Default { get; } = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static EscalationPolicy From(JsonNode? node) => node is JsonObject o ? o.Deserialize<EscalationPolicy>(Json) ?? new() : new();

    /// <summary>A step's own policy, from its activity's <c>escalation</c> prop; null when the step has none (the item's applies).</summary>
    public static EscalationPolicy? OfStep(CaseFlow.Workflows.Definitions.ActivityNode? node) =>
        node?.Props["escalation"] is JsonObject props ? From(props) : null;

    public IEnumerable<string> Problems()
    {
        if (WarnShare is <= 0 or >= 1) yield return "warnShare must be between 0 and 1 (e.g. 0.8).";
        if (WarnHoursLeft is <= 0) yield return "warnHoursLeft must be positive.";
        if (ReminderEveryWorkingHours <= 0) yield return "reminderEveryWorkingHours must be positive.";
        if (ReminderMax is < 0 or > 20) yield return "reminderMax must be between 0 and 20.";
        if (StalledAfterWorkingDays is < 1 or > 60) yield return "stalledAfterWorkingDays must be between 1 and 60.";
        foreach (var action in OnWarning.Concat(OnOverdue))
            if (action.Problem() is { } problem) yield return problem;
    }
}

public sealed class EscalationAction
{
    public const string NotifyAssignee = "notifyAssignee";
    public const string NotifySupervisors = "notifySupervisors";
    public const string Reassign = "reassign";
    public const string SupervisionOrder = "supervisionOrder";

    public string Type { get; set; } = "";
    /// <summary>For reassign: the role the task moves to.</summary>
    public string? Role { get; set; }
    /// <summary>For supervisionOrder: the order's own limit (default 1 working day).</summary>
    public TimeLimit? Limit { get; set; }

    public string? Problem() => Type switch
    {
        NotifyAssignee or NotifySupervisors or SupervisionOrder => null,
        Reassign when !string.IsNullOrWhiteSpace(Role) => null,
        Reassign => "reassign needs a role.",
        _ => $"Unknown escalation action '{Type}' (notifyAssignee, notifySupervisors, reassign, supervisionOrder).",
    };
}
