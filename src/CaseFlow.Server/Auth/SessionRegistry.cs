using System.Collections.Concurrent;
using System.Security.Claims;
using CaseFlow.Domain;
using CaseFlow.Domain.Org;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Auth;

/// <summary>Session checks (configuration <c>Auth:Sessions</c>).</summary>
public sealed class SessionOptions
{
    /// <summary>
    /// How long a process trusts its last answer for a session. A session ended by this process is dropped from its cache at
    /// once; one ended by another process (several servers on one database) stops working here within this time.
    /// </summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromSeconds(30);
}

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

public static class SessionSetup
{
    public static IServiceCollection AddCaseFlowSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddSingleton(configuration.GetSection("Auth:Sessions").Get<SessionOptions>() ?? new SessionOptions());
        services.AddSingleton<SessionRegistry>();
        return services;
    }

    /// <summary>
    /// After authentication: a token or cookie whose session has ended counts as no sign-in at all, so the request answers
    /// 401 wherever a sign-in is required (and a cookie is deleted).
    /// </summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity is { IsAuthenticated: true } identity)
        {
            var sessions = context.RequestServices.GetRequiredService<SessionRegistry>();
            if (!await sessions.IsLiveAsync(context.User, context.RequestServices.GetRequiredService<CaseFlowDbContext>(), context.RequestAborted))
            {
                if (identity.AuthenticationType == Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme)
                    await Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions.SignOutAsync(context,
                        Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next();
    });
}
