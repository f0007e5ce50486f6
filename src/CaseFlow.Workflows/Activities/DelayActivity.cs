using System.Xml;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Workflows.Activities;

/// <summary>Waits for a duration (ISO 8601, e.g. PT2H or P3D) on a timer bookmark; the host's timers resume it.</summary>
public sealed class DelayActivity : Activity
{
    public const string TypeName = "Delay";

    public override ActivityDescriptor Descriptor { get; } = new(TypeName, "延时", "时间", "Waits for a duration before continuing.", ["done"],
        [new PropDescriptor("duration", "时长 (ISO 8601)", new() { ["type"] = "string", ["format"] = "duration" }, Required: true)]);

    public override IEnumerable<string> ValidateProps(ActivityNode node)
    {
        if (node.PropString("duration") is { } text && !TryParse(text, out _))
            yield return $"'duration' must be an ISO 8601 duration such as PT2H or P3D, not '{text}'.";
    }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var text = context.PropString("duration")!;
        if (!TryParse(text, out var duration)) throw new InvalidOperationException($"Invalid duration '{text}'.");
        return ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkRequest.TimerKind, "delay", DueAtUtc: context.UtcNow + duration)));
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
