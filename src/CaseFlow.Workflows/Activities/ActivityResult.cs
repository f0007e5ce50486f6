using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Activities;

public enum ActivityResultKind { Done, Wait, Fork, Join, End, Merge }

public sealed record ActivityResult(ActivityResultKind Kind, string Outcome = "done", BookmarkRequest? Bookmark = null, string? ForkId = null, JoinMode JoinMode = JoinMode.All)
{
    /// <summary>A line the step writes into the journal with its completion (the Log activity's text).</summary>
    public string? Message { get; init; }

    /// <summary>An End that finishes the whole instance even inside a Fork branch (decision 32).</summary>
    public bool EndsWorkflow { get; init; }

    /// <summary>A repeating activity's next wait: the token continues on the outcome in a run of its own and this waits again (decision 32).</summary>
    public BookmarkRequest? Rearm { get; init; }

    /// <summary>The activities a Merge waits for a token from (decision 32).</summary>
    public IReadOnlyList<string> WaitFor { get; init; } = [];

    public static ActivityResult Done(string outcome = "done") => new(ActivityResultKind.Done, outcome);
    public static ActivityResult Wait(BookmarkRequest bookmark) => new(ActivityResultKind.Wait, Bookmark: bookmark);
    public static ActivityResult Fork() => new(ActivityResultKind.Fork);
    public static ActivityResult Join(string forkId, JoinMode mode) => new(ActivityResultKind.Join, ForkId: forkId, JoinMode: mode);
    public static ActivityResult End(string outcome) => new(ActivityResultKind.End, outcome);
    public static ActivityResult Merge(IReadOnlyList<string> waitFor) => new(ActivityResultKind.Merge) { WaitFor = waitFor };
}

public enum JoinMode { All, Any }

/// <summary>What an activity waits for. Kind says who resumes it: a task (a person), an event, a timer or a child workflow.</summary>
public sealed record BookmarkRequest(string Kind, string Name, string? CorrelationKey = null, DateTime? DueAtUtc = null, JsonObject? Payload = null)
{
    public const string TaskKind = "task";
    public const string EventKind = "event";
    public const string TimerKind = "timer";
    public const string ChildKind = "subworkflow";
}
