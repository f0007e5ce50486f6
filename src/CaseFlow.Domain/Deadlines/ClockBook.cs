using System.Text.Json.Nodes;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Deadlines;

/// <summary>
/// A case's clocks and pending timers as the step clocks, clock stops, escalation and calendar recompute see them: started,
/// moved, armed and stopped here, on the calendar in force. Never saves: it works inside the caller's transaction
/// (docs/architecture.md, "A timer's path").
/// </summary>
public sealed class ClockBook(CaseFlowDbContext db, WorkCalendarProvider calendars, DomainClock clock)
{
    public WorkCalendar Calendar => calendars.Current;

    public DateTime Now => clock.UtcNow;

    // A step asks for a case's timers and clocks several times: each is read from the database once per scope; after that
    // the tracked rows (plus those added in this scope) are the whole set.
    private readonly HashSet<long> _timersLoaded = [];
    private readonly HashSet<long> _clocksLoaded = [];

    /// <summary>The case's pending timers: saved ones and those added in this scope.</summary>
    public async Task<List<TimerRecord>> PendingTimersAsync(Case @case, CancellationToken ct)
    {
        if (@case.Id != 0 && _timersLoaded.Add(@case.Id))
            await db.Timers.Where(t => t.CaseId == @case.Id && t.State == TimerState.Pending).LoadAsync(ct);
        return db.Timers.Local.Where(t => t.State == TimerState.Pending && (t.Case == @case || (@case.Id != 0 && t.CaseId == @case.Id))).ToList();
    }

    /// <summary>The case's clocks: saved ones and those added in this scope.</summary>
    public async Task<List<CaseClock>> ClocksAsync(Case @case, CancellationToken ct)
    {
        if (@case.Id != 0 && _clocksLoaded.Add(@case.Id))
            await db.Clocks.Where(c => c.CaseId == @case.Id).LoadAsync(ct);
        return db.Clocks.Local.Where(c => c.Case == @case || (@case.Id != 0 && c.CaseId == @case.Id)).ToList();
    }

    /// <summary>Cancels the case's pending timers of the given kinds (all of them when none is given).</summary>
    public async Task CancelTimersAsync(Case @case, CancellationToken ct, params TimerKind[] kinds)
    {
        foreach (var timer in await PendingTimersAsync(@case, ct))
            if (kinds.Length == 0 || kinds.Contains(timer.Kind)) timer.Cancel(Now);
    }

    public void AddTimer(TimerKind kind, DateTime due, Case @case, CaseClock? target = null, CaseTask? task = null, int sequence = 0) =>
        db.Timers.Add(new TimerRecord
        {
            Kind = kind, DueAtUtc = due, Case = @case, CaseId = @case.Id, Clock = target, ClockId = target?.Id, Task = task, TaskId = task?.Id,
            Sequence = sequence, CreatedAtUtc = Now,
        });

    /// <summary>形式审查期限 from <paramref name="from"/>, with the deemed-acceptance timer at its end.</summary>
    public void StartReview(Case @case, DateTime from, List<CaseClock> clocks)
    {
        StopClock(clocks, ClockKind.Review, Now);
        var review = StartClock(@case, ClockKind.Review, Item(@case).Timekeeping.ReviewLimit, from);
        clocks.Add(review);
        AddTimer(TimerKind.DeemedAcceptance, review.DueAtUtc, @case, review);
    }

    /// <summary>The statutory and committed clocks, from acceptance (or the date it is deemed).</summary>
    public void StartDecisionClocks(Case @case, DateTime from, List<CaseClock> clocks)
    {
        var item = Item(@case);
        var statutory = StartClock(@case, ClockKind.Statutory, item.StatutoryLimit, from);
        var committed = StartClock(@case, ClockKind.Committed, item.CommittedLimit, from);
        clocks.Add(statutory);
        clocks.Add(committed);
        var fallback = statutory.OnFallback || committed.OnFallback ? "（部分日期缺少日历数据，按周一至周五推算）" : "";
        Event(@case, "clocks-started", $"开始计时：承诺期限 {Deadline(committed)}（{item.CommittedLimit.Describe()}），法定期限 {Deadline(statutory)}（{item.StatutoryLimit.Describe()}）{fallback}", "system");
    }

    public CaseClock StartClock(Case @case, ClockKind kind, TimeLimit limit, DateTime from)
    {
        var started = new CaseClock
        {
            Case = @case, CaseId = @case.Id, Kind = kind, StartedAtUtc = from,
            Limit = new TimeLimit { Value = limit.Value, Unit = limit.Unit, Note = limit.Note },
        };
        ComputeFresh(started, @case);
        db.Clocks.Add(started);
        if (kind != ClockKind.Review) ArmClock(@case, started);
        return started;
    }

    public static void StopClock(List<CaseClock> clocks, ClockKind kind, DateTime now)
    {
        foreach (var running in clocks.Where(c => c.Kind == kind && c.IsRunning)) running.Stop(now);
    }

    /// <summary>A moved deadline keeps its warning the same working time ahead of it.</summary>
    public void SetDeadline(CaseClock target, Deadline deadline, Case @case)
    {
        var lead = Calendar.WorkingTimeBetween(target.WarningAtUtc, target.DueAtUtc, Region(@case));
        target.SetDeadline(deadline.DueDate, deadline.DueAtUtc, Calendar.SubtractWorkingTime(deadline.DueAtUtc, lead, Region(@case)), deadline.OnFallback);
    }

    /// <summary>The clock's deadline and warning computed afresh from its start and limit.</summary>
    public Deadline ComputeFresh(CaseClock target, Case @case)
    {
        var policy = Item(@case).Timekeeping.Escalation;
        var deadline = Calendar.Compute(target.Limit, target.StartedAtUtc, Region(@case));
        var warning = Calendar.WarningAtUtc(target.Limit, target.StartedAtUtc, deadline, policy.WarnShare, policy.WarnHoursLeft is { } h ? TimeSpan.FromHours(h) : null, Region(@case));
        target.SetDeadline(deadline.DueDate, deadline.DueAtUtc, warning, deadline.OnFallback);
        return deadline;
    }

    /// <summary>Warning and overdue timers for a running clock, unless its level is already past them.</summary>
    public void ArmClock(Case @case, CaseClock target)
    {
        if (target.Level < SlaLevel.Yellow) AddTimer(TimerKind.ClockWarning, target.WarningAtUtc, @case, target);
        if (target.Level < SlaLevel.Red) AddTimer(TimerKind.ClockOverdue, target.DueAtUtc, @case, target);
    }

    /// <summary>The case shows the worst level of its running clocks, and the running committed deadline.</summary>
    public static void UpdateCaseLevel(Case @case, List<CaseClock> clocks)
    {
        var running = clocks.Where(c => c.IsRunning && c.Kind is ClockKind.Statutory or ClockKind.Committed or ClockKind.Review).ToList();
        var committed = clocks.FirstOrDefault(c => c.IsRunning && c.Kind == ClockKind.Committed);
        @case.SetLevel(running.Count == 0 ? @case.Level : running.Max(c => c.Level), committed?.DueAtUtc);
    }

    public async Task UpdateCaseLevelAsync(Case @case, CancellationToken ct) => UpdateCaseLevel(@case, await ClocksAsync(@case, ct));

    /// <summary>A task's step limit, from its activity's <c>limit</c> prop, counted from now.</summary>
    public DateTime? TaskDue(Case @case, JsonNode? limit) =>
        ParseLimit(limit) is { } parsed ? Calendar.Compute(parsed, Now, Region(@case)).DueAtUtc : null;

    public static TimeLimit? ParseLimit(JsonNode? node) =>
        node is JsonObject o && o["value"] is JsonValue v && v.TryGetValue<int>(out var value) && value >= 0
            ? new TimeLimit { Value = value, Unit = Enum.TryParse<LimitUnit>(o["unit"]?.ToString(), ignoreCase: true, out var unit) ? unit : LimitUnit.WorkingDays }
            : null;

    public static bool IsDecisionClock(CaseClock c) => c.IsRunning && c.Kind is ClockKind.Statutory or ClockKind.Committed;

    public static bool MaterialsMissing(Case @case) => @case.Materials.Any(m => m.Required && m.State == MaterialState.Missing);

    public static string? Region(Case @case) => @case.HomeRegionCode;

    public static ServiceItem Item(Case @case) => @case.ServiceItem ?? throw new InvalidOperationException("The case's service item is not loaded.");

    public static Deadline DeadlineOf(CaseClock c) => new(c.DueDate, c.DueAtUtc, c.OnFallback);

    public string Deadline(CaseClock c) => NotificationTexts.Deadline(c.DueDate, c.DueAtUtc, Calendar.Hours.Zone);

    public string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Calendar.Hours.Zone).ToString("yyyy年M月d日 HH:mm");

    public static string ClockName(ClockKind kind) => kind switch
    {
        ClockKind.Review => "形式审查期限",
        ClockKind.Statutory => "法定时限",
        ClockKind.Committed => "承诺时限",
        _ => "送达期限",
    };

    /// <summary>An entry on the case's timeline.</summary>
    public void Event(Case @case, string kind, string summary, string actor) =>
        db.CaseEvents.Add(new CaseEvent { Case = @case, CaseId = @case.Id, AtUtc = Now, Actor = actor, Kind = kind, Summary = summary });
}
