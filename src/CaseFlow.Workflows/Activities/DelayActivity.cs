using System.Xml;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Activities;

/// <summary>
/// Waits for a duration (ISO 8601, e.g. PT2H or P3D) on a timer bookmark; the host's timers resume it. With <c>repeat</c> it fires
/// each duration: every firing starts a run of the path after it, as a branch of its own, and waits again (Elsa's Timer trigger,
/// docs/decisions.md, decision 32).
/// </summary>
public sealed class DelayActivity : Activity
{
    public const string TypeName = "Delay";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "延时", "时间", "Waits for a duration before continuing.", ["done"],
        [
            new PropDescriptor("duration", "时长 (ISO 8601)", new() { ["type"] = "string", ["format"] = "duration" }, Required: true),
            new PropDescriptor("repeat", "每隔时长重复", new() { ["type"] = "boolean" }),
        ]);

    public static bool Repeats(ActivityNode node) => node.Props["repeat"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<bool>(out var repeat) && repeat;

    public override IEnumerable<string> ValidateProps(ActivityNode node)
    {
        if (node.PropString("duration") is { } text && !TryParse(text, out _))
            yield return $"'duration' must be an ISO 8601 duration such as PT2H or P3D, not '{text}'.";
    }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Wait(Timer(context)));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input) =>
        ValueTask.FromResult(Repeats(context.Node) ? ActivityResult.Done() with { Rearm = Timer(context) } : ActivityResult.Done());

    private static BookmarkRequest Timer(ActivityContext context)
    {
        var text = context.PropString("duration")!;
        if (!TryParse(text, out var duration)) throw new InvalidOperationException($"Invalid duration '{text}'.");
        return new BookmarkRequest(BookmarkRequest.TimerKind, "delay", DueAtUtc: context.UtcNow + duration);
    }

    public static bool TryParse(string text, out TimeSpan duration)
    {
        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return duration > TimeSpan.Zero;
        }
        catch (FormatException)
        {
            duration = default;
            return false;
        }
    }
}
