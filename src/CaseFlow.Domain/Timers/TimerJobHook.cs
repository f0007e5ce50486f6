using System.Runtime.CompilerServices;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseFlow.Domain.Timers;

/// <summary>
/// New timers due within the sweep's horizon get their job right after the save (the sweep schedules the rest as they come
/// near, and fires any timer whose job was lost). Marked before the write: a job that then fails to enqueue still has the
/// sweep behind it. Registered after <see cref="Audit.AuditSaveHook"/>, so a job is scheduled once the audited save committed.
/// </summary>
public sealed class TimerJobHook(ITimerJobScheduler scheduler, DomainClock clock) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<TimerRecord>> _soon = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Schedule(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Schedule(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Mark(DbContext? db)
    {
        if (db is null) return;
        var until = clock.UtcNow + DueTimers.Horizon;
        var soon = db.ChangeTracker.Entries<TimerRecord>()
            .Where(e => e.State == EntityState.Added && e.Entity.DueAtUtc <= until && !e.Entity.JobScheduled).Select(e => e.Entity).ToList();
        foreach (var timer in soon) timer.MarkScheduled();
        if (soon.Count > 0) _soon.AddOrUpdate(db, soon);
        else _soon.Remove(db);
    }

    private void Schedule(DbContext? db)
    {
        if (db is null || !_soon.TryGetValue(db, out var soon)) return;
        _soon.Remove(db);
        foreach (var timer in soon) scheduler.Schedule(timer.Id, timer.DueAtUtc - clock.UtcNow);
    }

    private void Forget(DbContext? db)
    {
        if (db is not null) _soon.Remove(db);
    }
}
