using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Ratings;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>
/// Base of the 差评整改 activities (one per file): steps of a workflow whose subject is a rating (<see cref="RatingSubject"/>),
/// each an inbox task whose limit comes from <c>Ratings:Rectification</c>; the designer edits its title and escalation policy.
/// </summary>
public abstract class RatingActivity : Activity
{
    public const string Category = "好差评";

    /// <summary>A rectification step: its ports, its title and its escalation policy (its limit is configuration's).</summary>
    protected static ActivityDescriptor DescribeStep(string type, string displayName, string description, string[] ports) =>
        new(type, displayName, Category, description, ports,
            [PropDescriptor.Text("title", "任务名称"), .. StepTimekeeping.Props().Where(p => p.Name != "limit")]);

    /// <summary>The task request: <paramref name="scope"/> names the unit (<see cref="RatingSubject.DecidingUnit"/> or the intake window).</summary>
    protected BookmarkRequest Request(ActivityContext context, RectificationStep step, string title, string role, string scope)
    {
        var request = HumanTaskActivity.TaskRequest(context.Node, context.PropString("title") ?? title, role, scope, Descriptor.Ports);
        request.Payload!["step"] = step.ToString();
        return request;
    }

    protected static RatingStep Step(ActivityContext context) => new(context);

    /// <summary>A required text of the resume data (at most <see cref="Rectification.MaxText"/> characters), else the step is refused.</summary>
    protected static string RequiredText(ResumeInput input, string field, string rule)
    {
        var text = input.Data?[field] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
        if (text is null) throw new WorkflowInputException(field, rule);
        if (text.Length > Rectification.MaxText) throw new WorkflowInputException(field, $"{field} may hold at most {Rectification.MaxText} characters; it has {text.Length}.");
        return text;
    }

    protected static string? OptionalText(ResumeInput input, string field)
    {
        var text = input.Data?[field] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
        if (text is { Length: > Rectification.MaxText }) throw new WorkflowInputException(field, $"{field} may hold at most {Rectification.MaxText} characters; it has {text.Length}.");
        return text;
    }
}

/// <summary>What a rectification activity works with in one step: the rating subject the host lent it, the step's time and actor.</summary>
public readonly struct RatingStep(ActivityContext context)
{
    public RatingSubject Subject => context.Subject as RatingSubject ?? throw new InvalidOperationException($"'{context.Node.Type}' runs only on a rating (差评整改).");
    public Rectification Rectification => Subject.Rectification;
    public DateTime Now => context.UtcNow;
    public string Actor => context.Actor ?? "system";

    public void Event(string kind, string summary) => Subject.Event(Actor, Now, kind, summary);
}
