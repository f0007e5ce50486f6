namespace CaseFlow.Workflows.Activities;

/// <summary>
/// The outcome of a task: one of those it offers; with a single one, that one when none is given. The one place of that rule:
/// the task handler checks it before authorising the act, <see cref="HumanTaskActivity"/> when a step resumes without one.
/// </summary>
public static class TaskOutcomes
{
    public const string Field = "outcome";

    /// <summary>The outcome chosen, or null when it is none of those offered.</summary>
    public static string? Choose(string? outcome, IReadOnlyList<string> offered)
    {
        outcome ??= offered.Count == 1 ? offered[0] : null;
        return outcome is not null && offered.Contains(outcome) ? outcome : null;
    }

    public static string Rule(IReadOnlyList<string> offered) => $"The outcome must be one of: {string.Join(", ", offered)}.";
}
