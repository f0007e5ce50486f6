using System.Text.Json.Serialization;
using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Timers;

/// <summary>
/// A timer row: the truth about what must happen when (docs/architecture.md, "A timer's path"). Hangfire jobs and the periodic sweep only trigger
/// it; firing is exactly once because the row's version check lets one firer win.
/// </summary>
public sealed class TimerRecord : IVersioned
{
    public long Id { get; set; }
    public TimerKind Kind { get; set; }
    public long? CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public long? ClockId { get; set; }
    public Deadlines.CaseClock? Clock { get; set; }
    public long? TaskId { get; set; }
    public Tasks.CaseTask? Task { get; set; }
    public string? InstanceId { get; set; }
    public string? BookmarkId { get; set; }
    /// <summary>For repeating overdue reminders: which reminder this is (1, 2, …).</summary>
    public int Sequence { get; set; }
    public DateTime DueAtUtc { get; set; }
    public TimerState State { get; private set; } = TimerState.Pending;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; private set; }
    /// <summary>Whether a Hangfire delayed job was scheduled for it (only for timers due within the scheduling horizon).</summary>
    public bool JobScheduled { get; private set; }
    public int Version { get; set; }

    public void MarkScheduled() => JobScheduled = true;

    public void Fire(DateTime now)
    {
        if (State != TimerState.Pending) throw new DomainConflictException($"Timer {Id} is {State}.");
        State = TimerState.Fired;
        ClosedAtUtc = now;
    }

    public void Cancel(DateTime now)
    {
        if (State != TimerState.Pending) return;
        State = TimerState.Cancelled;
        ClosedAtUtc = now;
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<TimerKind>))]
public enum TimerKind
{
    /// <summary>A Delay activity's bookmark.</summary>
    WorkflowDelay,
    /// <summary>预警 of a case clock.</summary>
    ClockWarning,
    /// <summary>超期 of a case clock.</summary>
    ClockOverdue,
    /// <summary>预警 of a task's step limit.</summary>
    TaskWarning,
    /// <summary>超期 of a task's step limit.</summary>
    TaskOverdue,
    /// <summary>A repeated reminder while a task stays overdue.</summary>
    OverdueReminder,
    /// <summary>No step completed for the stall time.</summary>
    Stalled,
    /// <summary>The form-review window ended with neither acceptance nor a one-time notice (行政许可法 art. 32).</summary>
    DeemedAcceptance,
    /// <summary>邀请评价: a finished case still unrated after <c>Ratings:InviteAfterDays</c> (Domain/Ratings).</summary>
    RatingInvitation,
}

[JsonConverter(typeof(JsonStringEnumConverter<TimerState>))]
public enum TimerState { Pending, Fired, Cancelled }
