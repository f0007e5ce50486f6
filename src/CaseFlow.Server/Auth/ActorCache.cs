using System.Runtime.CompilerServices;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace CaseFlow.Server.Auth;

/// <summary>
/// The signed-in user's <see cref="Actor"/> (account, memberships, today's 委托) kept per user and China day, so a request
/// costs no query for who is asking. Every save in this process that touches an account, a membership, a delegation or an
/// org unit moves the stamp and no cached actor is read again; another process's change is seen here within
/// <see cref="SessionOptions.CacheTtl"/>, the same trust a process gives its last answer on a session.
/// </summary>
public sealed class ActorCache(IMemoryCache cache, SessionOptions options)
{
    private long _stamp;

    public bool TryGet(long userId, DateOnly day, out Actor? actor) => cache.TryGetValue(new CacheKey(userId, day, Volatile.Read(ref _stamp)), out actor);

    /// <summary>Keeps the actor under the stamp read before it was loaded, so a change saved meanwhile is never hidden.</summary>
    public void Set(long userId, DateOnly day, long stampBeforeLoad, Actor actor) =>
        cache.Set(new CacheKey(userId, day, stampBeforeLoad), actor, options.CacheTtl);

    public long Stamp => Volatile.Read(ref _stamp);

    public void Invalidate() => Interlocked.Increment(ref _stamp);

    private sealed record CacheKey(long UserId, DateOnly Day, long Stamp);
}

/// <summary>Moves the <see cref="ActorCache"/> stamp after a save that changed who may do what (and before it, so no load that
/// started during the save is kept under the new stamp).</summary>
public sealed class ActorChangeHook(ActorCache actors) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _changing = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    private void Saving(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is User or Membership or Delegation or OrgUnit))
            return;
        _changing.AddOrUpdate(context, context);
        actors.Invalidate();
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && _changing.Remove(context)) actors.Invalidate();
    }
}
