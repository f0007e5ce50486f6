using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// A push sets the deciding department the rates and 时效考核 count a case under, on every day the case added to them: the
/// summaries of those days before today are deleted, and the rate-days job makes them again (docs/decisions.md, decision
/// 34). A case received today touches no summary, and costs no query.
/// </summary>
public sealed class ForgetRateDaysWhenPushed(CaseFlowDbContext db, WorkCalendarProvider calendars, DomainClock clock) : DomainEventHandler<CasePushed>
{
    protected override async Task HandleAsync(CasePushed e, CancellationToken ct)
    {
        var calendar = calendars.Current;
        var today = calendar.LocalDate(clock.UtcNow);
        var @case = e.Case;
        if (@case.Id == 0 || calendar.LocalDate(@case.ReceivedAtUtc) >= today) return;
        var days = (await CountedDays.OfAsync(db, calendar, [@case.Id], ct))[@case.Id].Where(d => d < today).ToList();
        // At once rather than with the save: a save that then fails only costs a summary made again, and a tracked delete
        // would fail the push when the job forgot the same day meanwhile. The job's own check covers a summary made meanwhile.
        await db.RateDays.Where(d => days.Contains(d.Day)).ExecuteDeleteAsync(ct);
    }
}

/// <summary>The Beijing days on which cases add to the daily summaries: receipt, deemed acceptance, extensions, clock stops, completed steps and supervision orders.</summary>
public static class CountedDays
{
    public static async Task<Dictionary<long, HashSet<DateOnly>>> OfAsync(CaseFlowDbContext db, WorkCalendar calendar, IReadOnlyCollection<long> caseIds, CancellationToken ct)
    {
        var ids = caseIds.ToList();
        var instants = await db.Cases.Where(c => ids.Contains(c.Id)).Select(c => new { CaseId = c.Id, At = c.ReceivedAtUtc }).ToListAsync(ct);
        instants.AddRange(await db.CaseEvents.Where(x => ids.Contains(x.CaseId) && RateCounts.EventKinds.Contains(x.Kind)).Select(x => new { x.CaseId, At = x.AtUtc }).ToListAsync(ct));
        instants.AddRange(await db.ExcludedPeriods.Where(p => ids.Contains(p.CaseId)).Select(p => new { p.CaseId, At = p.StartedAtUtc }).ToListAsync(ct));
        // A completed step counts on its close, a supervision order on its creation (StepCounts).
        instants.AddRange(await db.Tasks.Where(t => ids.Contains(t.CaseId) && (t.ClosedAtUtc != null || t.ActivityType == CaseTask.SupervisionOrderType))
            .Select(t => new { t.CaseId, At = t.ActivityType == CaseTask.SupervisionOrderType ? t.CreatedAtUtc : t.ClosedAtUtc!.Value }).ToListAsync(ct));
        var days = ids.ToDictionary(id => id, _ => new HashSet<DateOnly>());
        foreach (var i in instants) days[i.CaseId].Add(calendar.LocalDate(i.At));
        return days;
    }
}
