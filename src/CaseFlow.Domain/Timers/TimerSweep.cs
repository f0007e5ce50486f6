using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Domain.Timers;

public sealed record SweepResult(int Due, int Fired, int Scheduled, TimeSpan FindDue);

/// <summary>
/// The periodic sweep: fires every pending timer that is due (missed jobs, timers that were too far out to schedule, jobs
/// lost with in-memory Hangfire storage) and schedules a job for each timer due within the horizon that has none yet.
/// </summary>
public sealed class TimerSweep(IServiceScopeFactory scopes, DomainClock clock, ITimerJobScheduler scheduler, ILogger<TimerSweep> log)
{
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(24);
    private const int Batch = 500;

    public async Task<SweepResult> RunAsync(CancellationToken ct)
    {
        var due = 0;
        var fired = 0;
        var findDue = TimeSpan.Zero;
        var failed = new HashSet<long>();
        while (true)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            List<long> ids;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
                var now = clock.UtcNow;
                ids = await db.Timers.AsNoTracking().Where(t => t.State == TimerState.Pending && t.DueAtUtc <= now)
                    .OrderBy(t => t.DueAtUtc).Select(t => t.Id).Take(Batch + failed.Count).ToListAsync(ct);
            }
            findDue += watch.Elapsed;
            ids.RemoveAll(failed.Contains);
            if (ids.Count == 0) break;
            due += ids.Count;
            foreach (var id in ids)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireAsync(id, ct)) fired++;
                    else failed.Add(id); // lost a race; a later sweep looks again
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failed.Add(id);
                    log.LogError(ex, "Timer {TimerId} failed to fire; it stays pending for the next sweep.", id);
                }
            }
        }
        return new SweepResult(due, fired, await ScheduleSoonAsync(ct), findDue);
    }

    private async Task<int> ScheduleSoonAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
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
