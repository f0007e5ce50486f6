using System.Collections.Concurrent;
using System.Security.Claims;
using CaseFlow.Domain;
using CaseFlow.Domain.Org;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Auth;

/// <summary>
/// Whether a signed-in request's session (the <see cref="ClaimType"/> claim of its token or cookie) is still live: asked of
/// the database once per session and <see cref="SessionOptions.CacheTtl"/>, then answered from memory, so the hot path
/// costs no query. Cached answers are keyed by a per-user stamp: <see cref="Forget"/> moves the stamp, and every cached
/// answer for that user is never read again.
/// </summary>
public sealed class SessionRegistry(IMemoryCache cache, SessionOptions options, ILogger<SessionRegistry> log)
{
    public const string ClaimType = "caseflow:sid";

    private readonly ConcurrentDictionary<long, long> _stamps = new();

    public static (long UserId, Guid SessionId)? Read(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) && Guid.TryParse(user.FindFirstValue(ClaimType), out var sessionId)
            ? (userId, sessionId)
            : null;

    public async ValueTask<bool> IsLiveAsync(ClaimsPrincipal user, CaseFlowDbContext db, CancellationToken ct)
    {
        if (Read(user) is not { } ids) return false; // a token from before sessions, or a forged one
        var (userId, sessionId) = ids;
        var key = new CacheKey(userId, sessionId, _stamps.GetValueOrDefault(userId));
        if (cache.TryGetValue(key, out bool live)) return live;
        live = await db.UserSessions.AsNoTracking().AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAtUtc == null, ct);
        cache.Set(key, live, options.CacheTtl);
        return live;
    }

    /// <summary>Ends the request's own session (sign-out) and forgets what this process cached for it.</summary>
    public async Task EndAsync(ClaimsPrincipal user, CaseFlowDbContext db, CancellationToken ct)
    {
        if (Read(user) is not { } ids) return;
        var (userId, sessionId) = ids;
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, ct);
        if (session is null) return;
        session.End(TimeProvider.System.GetUtcNow().UtcDateTime, SessionEnd.SignedOut);
        await db.SaveChangesAsync(ct);
        _stamps.AddOrUpdate(userId, 1, (_, stamp) => stamp + 1);
        log.LogInformation("Signed out: user {UserId}, session {SessionId}", userId, sessionId);
    }

    /// <summary>A new session, saved; its id goes into the token or cookie.</summary>
    public async Task<UserSession> StartAsync(User user, CaseFlowDbContext db, CancellationToken ct)
    {
        var session = UserSession.Start(user.Id, TimeProvider.System.GetUtcNow().UtcDateTime);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Signed in: {UserName}, session {SessionId}", user.UserName, session.Id);
        return session;
    }

    /// <summary>Drops every cached answer for the user's sessions, after the domain ended them in the database (<paramref name="reason"/>: a <see cref="SessionEnd"/>).</summary>
    public void Forget(User user, string reason)
    {
        _stamps.AddOrUpdate(user.Id, 1, (_, stamp) => stamp + 1);
        log.LogWarning("All sessions of {UserName} ended: {Reason}", user.UserName, reason);
    }

    private sealed record CacheKey(long UserId, Guid SessionId, long Stamp);
}
