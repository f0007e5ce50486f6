using System.Security.Claims;
using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Auth;

/// <summary>The signed-in user with their memberships: from the process's <see cref="ActorCache"/>, else loaded and kept there.</summary>
public sealed class ActorAccessor(IHttpContextAccessor http, CaseFlowDbContext db, DomainClock clock, ActorCache cache)
{
    private Actor? _actor;

    public async Task<Actor> GetAsync(CancellationToken ct)
    {
        if (_actor is not null) return _actor;
        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!long.TryParse(id, out var userId)) throw new DomainForbiddenException("Sign in first.");
        var today = clock.TodayInChina;
        if (cache.TryGet(userId, today, out var cached)) return _actor = cached!;
        var stamp = cache.Stamp;
        var actor = await LoadAsync(userId, today, ct);
        cache.Set(userId, today, stamp, actor);
        return _actor = actor;
    }

    private async Task<Actor> LoadAsync(long userId, DateOnly today, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive)
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).SingleOrDefaultAsync(ct)
            ?? throw new DomainForbiddenException("This account is disabled.");
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new ActorMembership(m.OrgUnitId, m.OrgUnit!.Path, m.Role, m.OrgUnit.Code)).ToListAsync(ct);
        // 委托: today's delegations to this user bring the delegators' roles and scopes along.
        var delegators = await db.Delegations.AsNoTracking()
            .Where(d => d.ToUserId == userId && d.RevokedAtUtc == null && d.From <= today && d.To >= today)
            .Join(db.Users.Where(u => u.IsActive), d => d.FromUserId, u => u.Id, (d, u) => new { u.Id, u.UserName }).Distinct().ToListAsync(ct);
        if (delegators.Count > 0)
        {
            var ids = delegators.Select(d => d.Id).ToList();
            memberships.AddRange(await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.UserId) && m.Role != Roles.Admin)
                .Select(m => new ActorMembership(m.OrgUnitId, m.OrgUnit!.Path, m.Role, m.OrgUnit.Code, m.UserId)).ToListAsync(ct));
        }
        return new Actor(user.Id, user.UserName, user.DisplayName, memberships.AsReadOnly())
        {
            ActingFor = delegators.Select(d => (d.Id, d.UserName)).ToList(),
        };
    }

    /// <summary>The signed-in administrator; anyone else gets a 403 saying why (the rule: <see cref="AccessPolicy.RequireAdmin"/>).</summary>
    public async Task<Actor> RequireAdminAsync(string refusal, CancellationToken ct)
    {
        return AccessPolicy.RequireAdmin(await GetAsync(ct), refusal);
    }

    /// <summary>The signed-in user if they hold the role somewhere (admins too: they act only through the roles they hold); anyone else gets a 403.</summary>
    public async Task<Actor> RequireRoleAsync(string role, string refusal, CancellationToken ct)
    {
        return AccessPolicy.RequireRole(await GetAsync(ct), role, refusal);
    }
}
