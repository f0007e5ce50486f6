using CaseFlow.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseFlow.Domain.Common;

/// <summary>
/// What every save does to the rows it writes, before anything else looks at them: only the audit chain moves a case's
/// audit head (a tracked copy, stale once the chain moved, never writes it back), and every modified <see cref="IVersioned"/>
/// row gets its version bumped. Stateless; CaseFlow.Data adds it to every context ahead of the other save hooks.
/// </summary>
public sealed class SaveBookkeeping : SaveChangesInterceptor
{
    public static SaveBookkeeping Instance { get; } = new();

    private static readonly string[] AuditHead = [nameof(Case.AuditSequence), nameof(Case.AuditHash), nameof(Case.AuditSignature)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) Apply(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) Apply(db);
        return ValueTask.FromResult(result);
    }

    private static void Apply(DbContext db)
    {
        // Heads first: a case whose only change was its head is then unchanged, and keeps its version.
        foreach (var entry in db.ChangeTracker.Entries<Case>().Where(e => e.State == EntityState.Modified))
            foreach (var name in AuditHead)
                entry.Property(name).IsModified = false;
        // Through the tracker, so the bump is seen whether or not changes are detected again before the write.
        foreach (var entry in db.ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
            entry.Property(nameof(IVersioned.Version)).CurrentValue = entry.Entity.Version + 1;
    }
}
