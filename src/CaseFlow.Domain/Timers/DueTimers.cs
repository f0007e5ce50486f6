using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Timers;

/// <summary>
/// The timer table as the periodic sweep reads it, one scope at a time: which timers are due, and a trigger for each due
/// within the horizon that has none yet. The sweep's loop over scopes is the server's job (Server/Jobs/TimerSweep.cs).
/// </summary>
public sealed class DueTimers(CaseFlowDbContext db, DomainClock clock, ITimerJobScheduler scheduler)
{
    /// <summary>Timers due within this get a delayed job; later ones wait for a later sweep.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(24);

    /// <summary>The ids of pending timers due by the domain clock, earliest first.</summary>
    public Task<List<long>> FindDueAsync(int take, CancellationToken ct)
    {
        var now = clock.UtcNow;
        return db.Timers.AsNoTracking().Where(t => t.State == TimerState.Pending && t.DueAtUtc <= now)
            .OrderBy(t => t.DueAtUtc).Select(t => t.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>Schedules a job for each pending timer due within the horizon that has none; returns how many.</summary>
    public async Task<int> ScheduleSoonAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var until = now + Horizon;
        var soon = await db.Timers.Where(t => t.State == TimerState.Pending && !t.JobScheduled && t.DueAtUtc <= until)
            .OrderBy(t => t.DueAtUtc).Take(5_000).ToListAsync(ct);
        foreach (var timer in soon)
        {
            scheduler.Schedule(timer.Id, timer.DueAtUtc - now);
            timer.MarkScheduled();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A timer fired meanwhile: its job finds it fired and does nothing; the rest are scheduled on the next sweep.
        }
        return soon.Count;
    }
}
