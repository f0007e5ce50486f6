using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// A push sets the deciding department the rates and 时效考核 count a case under, also for its receipt, deemed acceptance,
/// extensions, clock stops, completed steps and supervision orders: the summaries of those days (before today) are deleted, and the rate-days job makes them
/// again (docs/decisions.md, decision 34). A case received today touches no summary, and costs no query.
/// </summary>
public sealed class ForgetRateDaysWhenPushed(CaseFlowDbContext db, WorkCalendarProvider calendars, DomainClock clock) : DomainEventHandler<CasePushed>
{
    protected override async Task HandleAsync(CasePushed e, CancellationToken ct)
    {
        var calendar = calendars.Current;
        var today = calendar.StartOfDayUtc(calendar.LocalDate(clock.UtcNow));
        var @case = e.Case;
        if (@case.ReceivedAtUtc >= today || @case.Id == 0) return;
        var instants = await db.CaseEvents.Where(x => x.CaseId == @case.Id && (x.Kind == "deemed-accepted" || x.Kind == "extended") && x.AtUtc < today)
            .Select(x => x.AtUtc).ToListAsync(ct);
        instants.AddRange(await db.ExcludedPeriods.Where(p => p.CaseId == @case.Id && p.StartedAtUtc < today).Select(p => p.StartedAtUtc).ToListAsync(ct));
        // Its completed steps and supervision orders, which 时效考核 counts under the case's department too.
        instants.AddRange((await db.Tasks.Where(t => t.CaseId == @case.Id && (t.ClosedAtUtc < today || t.CreatedAtUtc < today && t.ActivityType == Tasks.CaseTask.SupervisionOrderType))
            .Select(t => new { t.ClosedAtUtc, t.CreatedAtUtc, t.ActivityType }).ToListAsync(ct))
            .Select(t => t.ActivityType == Tasks.CaseTask.SupervisionOrderType ? t.CreatedAtUtc : t.ClosedAtUtc!.Value));
        instants.Add(@case.ReceivedAtUtc);
        var days = instants.Select(calendar.LocalDate).Distinct().ToList();
        // At once rather than with the save: a save that then fails only costs a summary made again, and a tracked delete
        // would fail the push when the job forgot the same day meanwhile. The job's own check covers a summary made meanwhile.
        await db.RateDays.Where(d => days.Contains(d.Day)).ExecuteDeleteAsync(ct);
    }
}
