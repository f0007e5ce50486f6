using System.Runtime.CompilerServices;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseFlow.Domain.Audit;

/// <summary>
/// The audit trail (docs/architecture.md), in the same transaction as the changes: described before the save, the
/// rows are written (added ones get their ids), then the events are appended and the signed heads moved, then commit. The
/// events bypass the change tracker. If the append or the commit fails, the tracker has already accepted the rows, as with
/// any failed commit of an outer transaction: the unit of work is spent (callers discard it, or retry in a new scope).
/// </summary>
/// <param name="key">Required as soon as a save has something to audit; without one such a save is refused.</param>
/// <param name="actor">The acting user; without one changes are recorded as <see cref="AuditActorInfo.System"/>.</param>
public sealed class AuditSaveHook(DomainClock clock, AuditKey? key = null, IAuditActor? actor = null) : SaveChangesInterceptor
{
    /// <summary>A save between its start and its end; per context, as one hook may serve several.</summary>
    private sealed record AuditedSave(AuditKey Key, List<CapturedChange> Changes, AuditActorInfo Actor, DateTime AtUtc, IDbContextTransaction? Own);

    private readonly ConditionalWeakTable<DbContext, AuditedSave> _saves = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // The async path run synchronously: with async false every database call in it is synchronous.
        BeginAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await BeginAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CompleteAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await CompleteAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    // A lost optimistic-concurrency race is not reported as a failed save: its transaction (holding SQLite's write lock)
    // must end here, or the fresh attempt that follows waits for it until the database answers busy.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Abandon(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        await AbandonAsync(eventData.Context);
        return result;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    private async Task BeginAsync(DbContext? context, bool async, CancellationToken ct)
    {
        if (context is not CaseFlowDbContext db) return;
        // A save that failed before EF reported it leaves its transaction behind: it is spent.
        if (async) await AbandonAsync(db);
        else Abandon(db);
        var changes = AuditChanges.Collect(db);
        if (changes.Count == 0) return;
        var signing = key
            ?? throw new InvalidOperationException("No AuditKey is registered: audited changes cannot be signed (configure Audit:Key or Audit:KeyFile).");
        // Resolved before the transaction: the server's actor may query the user's memberships.
        var who = actor is null ? AuditActorInfo.System : await actor.GetAsync(ct);
        var now = clock.UtcNow;
        var own = db.Database.CurrentTransaction is not null ? null : async ? await db.Database.BeginTransactionAsync(ct) : db.Database.BeginTransaction();
        _saves.AddOrUpdate(db, new AuditedSave(signing, changes, who, now, own));
    }

    private async Task CompleteAsync(DbContext? context, bool async, CancellationToken ct)
    {
        if (context is not CaseFlowDbContext db || !_saves.TryGetValue(db, out var save)) return;
        _saves.Remove(db);
        try
        {
            await AuditChain.AppendAsync(db, save.Key, save.Changes.Select(c => c.Complete(db)).ToList(), save.Actor, save.AtUtc, async, ct);
            if (save.Own is { } own)
            {
                if (async) await own.CommitAsync(ct);
                else own.Commit();
            }
        }
        finally
        {
            if (save.Own is { } own)
            {
                if (async) await own.DisposeAsync();
                else own.Dispose();
            }
        }
    }

    private void Abandon(DbContext? context)
    {
        if (context is not null && _saves.TryGetValue(context, out var save) && _saves.Remove(context)) save.Own?.Dispose();
    }

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is not null && _saves.TryGetValue(context, out var save) && _saves.Remove(context) && save.Own is { } own)
            await own.DisposeAsync();
    }
}
