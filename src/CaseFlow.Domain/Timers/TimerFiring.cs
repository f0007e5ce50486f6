using CaseFlow.Domain.Common;
using CaseFlow.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Timers;

/// <summary>
/// Turns a timer due by the domain clock into its effect, in one transaction; whoever fires first wins. The one place a
/// timer is dispatched to the handler of its kind, and the events the handler's entities raised to theirs.
/// </summary>
public sealed class TimerFiring(CaseFlowDbContext db, DomainClock clock, IEnumerable<ITimerHandler> handlers, DomainEventDispatcher events,
    Microsoft.Extensions.Logging.ILogger<TimerFiring>? log = null)
{
    private readonly Dictionary<TimerKind, ITimerHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    /// <summary>Fires the timer if it is pending and due; false when it was not due, already fired or cancelled, or fired concurrently.</summary>
    public async Task<bool> FireAsync(long timerId, CancellationToken ct)
    {
        // The timer (tracked) and its case's number for the log scope in one round trip: a sweep fires timers by the thousand.
        var loaded = await db.Timers.Where(t => t.Id == timerId)
            .Select(t => new { Timer = t, CaseNo = db.Cases.Where(c => c.Id == t.CaseId).Select(c => c.CaseNo).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        var timer = loaded?.Timer;
        // The job re-checks by the domain clock: Hangfire's own clock may run ahead of it (tests) or a job may be late.
        if (timer is null || timer.State != TimerState.Pending || timer.DueAtUtc > clock.UtcNow) return false;
        using var logScope = timer.CaseId is { } caseId ? CaseLogScope.Begin(log, caseId, loaded!.CaseNo) : null;
        timer.Fire(clock.UtcNow);
        if (!_handlers.TryGetValue(timer.Kind, out var handler)) throw new InvalidOperationException($"No handler for timers of kind {timer.Kind}.");
        await handler.HandleAsync(timer, ct);
        await events.DispatchAsync(db.ChangeTracker.Entries<DomainEventSource>().Select(e => e.Entity).ToList(), ct);
        try
        {
            await db.SaveChangesAsync(ct);
            CaseFlowTelemetry.TimersFired.Add(1, new KeyValuePair<string, object?>("kind", timer.Kind.ToString()));
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // another process fired it, or the case moved meanwhile: a later sweep sees the timer again if still pending
        }
    }
}
