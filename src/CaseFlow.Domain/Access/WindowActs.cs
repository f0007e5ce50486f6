using CaseFlow.Domain.Rights;

namespace CaseFlow.Domain.Access;

/// <summary>The acts at a service window that need a window right of the case's intake window.</summary>
public enum WindowAct
{
    /// <summary>收件: taking an application in.</summary>
    Apply,
    /// <summary>形式审查: completing a FormReview task.</summary>
    CompleteFormReview,
    /// <summary>补正: the applicant hands in what the one-time notice listed.</summary>
    Supplement,
    /// <summary>就地出证: completing a LocalIssuance task.</summary>
    CompleteLocalIssuance,
    /// <summary>签收: the courier's delivery confirmation of a mailed result.</summary>
    ConfirmDelivery,
}

/// <summary>
/// One row of the table: the rights an act always needs, and those it needs also when <see cref="Also"/>'s circumstance holds
/// (its text is what the README says, e.g. "if a material is handed in `originalVerified`").
/// </summary>
public sealed record WindowActRule(WindowAct Act, string Name, IReadOnlyList<WindowRightKind> Needs, IReadOnlyList<WindowRightKind> AlsoNeeds, string? Also);

/// <summary>
/// The one table of window acts and the rights each needs (README "Who may see and do what" is this table rendered,
/// a test keeps the two equal). Every window-right check asks it; <see cref="AccessPolicy"/> enforces it.
/// </summary>
public static class WindowActs
{
    private const string Originals = "if a material is handed in `originalVerified`";

    public static readonly IReadOnlyList<WindowActRule> All =
    [
        new(WindowAct.Apply, "apply (`POST /api/cases`)", [WindowRightKind.RemoteIntake], [WindowRightKind.OriginalCheck], Originals),
        new(WindowAct.CompleteFormReview, "complete a `FormReview` task (any outcome)", [WindowRightKind.FormReview], [WindowRightKind.OneTimeNotice],
            "for the outcome `supplement` (一次性告知)"),
        new(WindowAct.Supplement, "supplement (`POST /api/cases/{id}/supplement`)", [], [WindowRightKind.OriginalCheck], Originals),
        new(WindowAct.CompleteLocalIssuance, "complete a `LocalIssuance` task (就地出证)", [WindowRightKind.ResultDelivery], [], null),
        new(WindowAct.ConfirmDelivery, "delivery confirmation of a mailed result (`MailBack`)", [WindowRightKind.ResultDelivery], [], null),
    ];

    /// <summary>The rights the act needs; <paramref name="also"/> says whether the row's extra circumstance holds.</summary>
    public static IReadOnlyList<WindowRightKind> Needs(WindowAct act, bool also = false)
    {
        var rule = All.Single(r => r.Act == act);
        return also ? [.. rule.Needs, .. rule.AlsoNeeds] : rule.Needs;
    }

    /// <summary>The window act completing a task of this activity type is, if any (department steps are none).</summary>
    public static WindowAct? ForTask(string activityType) => activityType switch
    {
        "FormReview" => WindowAct.CompleteFormReview,
        "LocalIssuance" => WindowAct.CompleteLocalIssuance,
        _ => null,
    };

    /// <summary>The rights completing a task needs at the intake window, by its activity type and outcome.</summary>
    public static IReadOnlyList<WindowRightKind> ForTask(string activityType, string outcome) =>
        ForTask(activityType) is { } act ? Needs(act, act == WindowAct.CompleteFormReview && outcome == "supplement") : [];

    /// <summary>The table as the README shows it (markdown, one row per act).</summary>
    public static string ToMarkdown()
    {
        var lines = new List<string> { "| act | needs | also needs |", "| --- | --- | --- |" };
        foreach (var rule in All)
            lines.Add($"| {rule.Name} | {Rights(rule.Needs)} | {(rule.AlsoNeeds.Count == 0 ? "—" : $"{Rights(rule.AlsoNeeds)} {rule.Also}")} |");
        return string.Join("\n", lines);
    }

    private static string Rights(IReadOnlyList<WindowRightKind> rights) =>
        rights.Count == 0 ? "—" : string.Join(", ", rights.Select(r => $"`{r}` {WindowRight.Describe(r)}"));
}
