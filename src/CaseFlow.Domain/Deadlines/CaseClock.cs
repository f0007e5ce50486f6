using System.Text.Json.Serialization;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Deadlines;

/// <summary>
/// One clock of a case: the form-review window before acceptance, the statutory (法定) and committed (承诺) clocks from
/// acceptance to decision, and delivery after it. Deadlines are stored and change only through the methods below.
/// </summary>
public sealed class CaseClock : IVersioned, Audit.IAuditedEntity
{
    /// <summary>Deadlines set and moved are part of the case's record (全过程留痕).</summary>
    string Audit.IAuditedEntity.AuditStream => Audit.AuditStreams.ForCase(CaseId);

    public long Id { get; set; }
    public long CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public ClockKind Kind { get; set; }
    public TimeLimit Limit { get; set; } = new();
    public DateTime StartedAtUtc { get; set; }
    public DateOnly? DueDate { get; private set; }
    public DateTime DueAtUtc { get; private set; }
    public DateTime WarningAtUtc { get; private set; }
    /// <summary>Computed over a year with no calendar data (Mon–Fri fallback); recomputed when that year is loaded.</summary>
    public bool OnFallback { get; private set; }
    public SlaLevel Level { get; private set; } = SlaLevel.Green;
    /// <summary>The one statutory extension (行政许可法 art. 42), if granted.</summary>
    public TimeLimit? Extension { get; private set; }
    /// <summary>While an excluded period runs the clock stands still: no level changes fire.</summary>
    public bool Paused { get; private set; }
    public DateTime? StoppedAtUtc { get; private set; }
    /// <summary>Whether it stopped (decision, acceptance) before its deadline.</summary>
    public bool? OnTime { get; private set; }
    public int Version { get; set; }

    public bool IsRunning => StoppedAtUtc is null;

    public void SetDeadline(DateOnly? dueDate, DateTime dueAtUtc, DateTime warningAtUtc, bool onFallback)
    {
        DueDate = dueDate;
        DueAtUtc = dueAtUtc;
        WarningAtUtc = warningAtUtc <= dueAtUtc ? warningAtUtc : dueAtUtc;
        OnFallback = onFallback;
    }

    /// <summary>Levels only rise while the clock runs: green → yellow → red.</summary>
    public bool Raise(SlaLevel level)
    {
        if (!IsRunning || Paused || level <= Level) return false;
        Level = level;
        return true;
    }

    /// <summary>After a recomputation the level follows the new deadline (an exclusion may turn a red clock yellow again).</summary>
    public void ResetLevel(DateTime now) => Level = now >= DueAtUtc ? SlaLevel.Red : now >= WarningAtUtc ? SlaLevel.Yellow : SlaLevel.Green;

    public void Pause() => Paused = true;

    public void Resume() => Paused = false;

    public void Extend(TimeLimit extension)
    {
        if (Kind != ClockKind.Statutory) throw new DomainConflictException("Only the statutory clock is extended (行政许可法 art. 42).");
        if (Extension is not null) throw new DomainConflictException("The statutory limit has already been extended once; the law allows one extension.");
        if (!IsRunning) throw new DomainConflictException("The statutory clock has stopped: the case is decided.");
        Extension = extension;
    }

    public void Stop(DateTime now)
    {
        if (!IsRunning) return;
        StoppedAtUtc = now;
        OnTime = now < DueAtUtc;
        Paused = false;
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<ClockKind>))]
public enum ClockKind
{
    /// <summary>形式审查: receipt (or complete material) to acceptance or notice; at most 5 working days (art. 32).</summary>
    Review,
    /// <summary>法定时限.</summary>
    Statutory,
    /// <summary>承诺时限.</summary>
    Committed,
    /// <summary>送达: decision to delivery (art. 44).</summary>
    Delivery,
}

/// <summary>The 电子监察 colours: on track, warning (预警), overdue (超期).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SlaLevel>))]
public enum SlaLevel { Green, Yellow, Red }
