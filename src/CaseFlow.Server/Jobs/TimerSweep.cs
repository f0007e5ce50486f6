using CaseFlow.Domain.Timers;

namespace CaseFlow.Server.Jobs;

public sealed record SweepResult(int Due, int Fired, int Scheduled, TimeSpan FindDue);

/// <summary>
/// The periodic sweep: fires every pending timer that is due (missed jobs, timers that were too far out to schedule, jobs
/// lost with in-memory Hangfire storage) and schedules a job for each timer due within the horizon that has none yet. Each
/// timer fires in a scope (a DbContext) of its own, so one failure or lost race never spoils the others.
/// </summary>
public sealed class TimerSweep(IServiceScopeFactory scopes, ILogger<TimerSweep> log)
{
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
                ids = await scope.ServiceProvider.GetRequiredService<DueTimers>().FindDueAsync(Batch + failed.Count, ct);
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
        int scheduled;
        await using (var scope = scopes.CreateAsyncScope())
            scheduled = await scope.ServiceProvider.GetRequiredService<DueTimers>().ScheduleSoonAsync(ct);
        return new SweepResult(due, fired, scheduled, findDue);
    }
}

public static class TimerSweepSetup
{
    /// <summary>The sweep over scopes (the domain's <see cref="DueTimers"/> and <see cref="TimerFiring"/> in each).</summary>
    public static IServiceCollection AddTimerSweep(this IServiceCollection services) => services.AddSingleton<TimerSweep>();
}
