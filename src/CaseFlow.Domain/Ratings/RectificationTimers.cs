using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Ratings;

/// <summary>
/// Archiving a case cancels every pending timer of it (<see cref="StopEverythingWhenClosed"/>, registered before this handler);
/// a rectification running on the archived case keeps its step timers: those just cancelled for its open tasks are armed again.
/// </summary>
public sealed class KeepRectificationTimersWhenArchived(CaseFlowDbContext db, ClockBook book) : DomainEventHandler<CaseArchived>
{
    protected override async Task HandleAsync(CaseArchived e, CancellationToken ct)
    {
        var @case = e.Case;
        if (@case.Id == 0) return;
        var instances = await db.Rectifications.Where(r => r.CaseId == @case.Id && r.EndedAtUtc == null).Select(r => r.InstanceId).ToListAsync(ct);
        if (instances.Count == 0) return;
        var tasks = await db.Tasks.Where(t => t.CaseId == @case.Id && instances.Contains(t.InstanceId)
            && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed)).ToListAsync(ct);
        foreach (var task in tasks)
            foreach (var timer in db.Timers.Local.Where(t => t.TaskId == task.Id && t.State == TimerState.Cancelled && t.ClosedAtUtc == book.Now).ToList())
                book.AddTimer(timer.Kind, timer.DueAtUtc, @case, task: task, sequence: timer.Sequence);
    }
}
