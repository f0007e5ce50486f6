using System.Text.Json.Nodes;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Timers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Deadlines;

/// <summary>
/// Clock stops (excluded periods: 补正、听证、检验检测…) and the one extension (延长) of a case: what the deadline endpoints'
/// handlers call. The clocks' reaction to steps is in StepClocks.cs (event handlers), escalation in Timers/, the calendar reload in
/// <see cref="CalendarRecompute"/> (docs/architecture.md, "Time limits"). Never saves.
/// </summary>
public sealed class CaseTimekeeper(CaseFlowDbContext db, ClockBook book, Notifier notify, CalendarRecompute recompute)
{
    private WorkCalendar Calendar => book.Calendar;

    public async Task<ExcludedPeriod> StartExclusionAsync(Case @case, ExclusionReason reason, string? note, string actor, CancellationToken ct)
    {
        if (@case.AcceptedAtUtc is null) throw new DomainConflictException("Only an accepted case has clocks to stop; before acceptance there is no decision clock.");
        if (@case.Outcome != CaseOutcome.None) throw new DomainConflictException($"办件 {@case.CaseNo} is already decided.");
        if (await db.ExcludedPeriods.AnyAsync(p => p.CaseId == @case.Id && p.EndedAtUtc == null, ct))
            throw new DomainConflictException("An excluded period is already running; end it first.");
        var now = book.Now;
        var period = new ExcludedPeriod { CaseId = @case.Id, Reason = reason, Note = note, StartedAtUtc = now, StartedBy = actor };
        db.ExcludedPeriods.Add(period);
        foreach (var running in (await book.ClocksAsync(@case, ct)).Where(ClockBook.IsDecisionClock)) running.Pause();
        await book.CancelTimersAsync(@case, ct, TimerKind.ClockWarning, TimerKind.ClockOverdue);
        book.Event(@case, "clock-stopped", $"{ExcludedPeriod.Describe(reason)}：时限暂停计算" + (note is null ? "" : $"（{note}）"), actor);
        notify.ToApplicant(@case, NotificationTexts.ExclusionStarted, new JsonObject
        {
            ["reason"] = ExcludedPeriod.Describe(reason), ["from"] = book.Local(now), ["note"] = note,
        });
        Documents.DocumentIssuing.Issue(db, @case, now, Documents.DocumentKind.ClockStopNotice, "暂停计算期限告知书", new JsonObject
        {
            ["reason"] = ExcludedPeriod.Describe(reason),
            ["note"] = note,
            ["from"] = book.Local(now),
            ["text"] = $"您申请的“{@case.ItemName}”依法需要{ExcludedPeriod.Describe(reason)}，依照《中华人民共和国行政许可法》第四十五条，所需时间不计算在办理期限内。期限自 {book.Local(now)} 起暂停计算，{ExcludedPeriod.Describe(reason)}结束后继续计算，届时另行告知新的办结期限。",
        }, actor, Documents.DocumentIssuing.DecidingUnitId(@case));
        return period;
    }

    /// <summary>Ends the period: both deadlines move out by the working days it covered (docs/decisions.md, decision 7).</summary>
    public async Task EndExclusionAsync(Case @case, ExcludedPeriod period, string actor, CancellationToken ct)
    {
        var now = book.Now;
        var region = ClockBook.Region(@case);
        period.End(now, actor);
        var clocks = await book.ClocksAsync(@case, ct);
        foreach (var running in clocks.Where(ClockBook.IsDecisionClock))
        {
            var moved = Calendar.Exclude(ClockBook.DeadlineOf(running), running.Limit.Unit, period.StartedAtUtc, now, region);
            book.SetDeadline(running, moved, @case);
            running.Resume();
            running.ResetLevel(now);
            book.ArmClock(@case, running);
        }
        var days = Calendar.WorkingDaysBetween(Calendar.LocalDate(period.StartedAtUtc), Calendar.LocalDate(now), region);
        var committed = clocks.FirstOrDefault(c => c.Kind == ClockKind.Committed && c.IsRunning);
        book.Event(@case, "clock-resumed", $"{ExcludedPeriod.Describe(period.Reason)}结束，时限顺延 {days} 个工作日", actor);
        notify.ToApplicant(@case, NotificationTexts.ExclusionEnded, new JsonObject
        {
            ["reason"] = ExcludedPeriod.Describe(period.Reason), ["to"] = book.Local(now),
            ["deadline"] = committed is null ? "" : NotificationTexts.Deadline(committed.DueDate, committed.DueAtUtc, Calendar.Hours.Zone),
        });
        ClockBook.UpdateCaseLevel(@case, clocks);
    }

    /// <summary>延长: once per case, the statutory deadline only, by the item's extension (art. 42 defaults), with the reason told to the applicant.</summary>
    /// <summary>延长: the handler (<see cref="CaseClockService.ExtendAsync"/>) has checked the reason and the approver's role.</summary>
    public async Task<CaseClock> ExtendAsync(Case @case, string reason, string actor, CancellationToken ct)
    {
        var item = @case.ServiceItem!;
        var statutory = (await book.ClocksAsync(@case, ct)).FirstOrDefault(c => c.Kind == ClockKind.Statutory && c.IsRunning)
            ?? throw new DomainConflictException("The case has no running statutory clock to extend.");
        var extension = item.Timekeeping.Extension ?? new TimeLimit
        {
            Value = @case.HandlingMode == HandlingMode.MultiDepartment ? 15 : 10, Unit = LimitUnit.WorkingDays,
        };
        statutory.Extend(extension);
        book.SetDeadline(statutory, Calendar.Extend(ClockBook.DeadlineOf(statutory), extension, ClockBook.Region(@case)), @case);
        statutory.ResetLevel(book.Now);
        if (!statutory.Paused)
        {
            foreach (var timer in (await book.PendingTimersAsync(@case, ct)).Where(t => t.ClockId == statutory.Id)) timer.Cancel(book.Now);
            book.ArmClock(@case, statutory);
        }
        var due = NotificationTexts.Deadline(statutory.DueDate, statutory.DueAtUtc, Calendar.Hours.Zone);
        book.Event(@case, CaseEventKinds.Extended, $"经批准延长法定期限 {extension.Describe()}，理由：{reason}，法定期限延至 {due}", actor);
        notify.ToApplicant(@case, NotificationTexts.Extended, new JsonObject { ["extension"] = extension.Describe(), ["reason"] = reason, ["deadline"] = due });
        Documents.DocumentIssuing.Issue(db, @case, book.Now, Documents.DocumentKind.ExtensionNotice, "延长审批期限告知书", new JsonObject
        {
            ["extension"] = extension.Describe(),
            ["reason"] = reason,
            ["deadline"] = due,
            ["text"] = $"您申请的“{@case.ItemName}”因{reason}，不能在法定期限内作出决定，经本机关负责人批准，依照《中华人民共和国行政许可法》第四十二条，办理期限延长{extension.Describe()}，法定期限延至 {due}。",
        }, actor, Documents.DocumentIssuing.DecidingUnitId(@case));
        await book.UpdateCaseLevelAsync(@case, ct);
        return statutory;
    }

    /// <summary>Kept for the calendar endpoint: the recompute itself is <see cref="CalendarRecompute"/>.</summary>
    public Task<int> RecomputeFallbackClocksAsync(string actor, CancellationToken ct) => recompute.RecomputeFallbackClocksAsync(actor, ct);

    public static string ClockName(ClockKind kind) => ClockBook.ClockName(kind);
}
