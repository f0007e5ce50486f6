using System.Text.RegularExpressions;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Org;

/// <summary>A membership as asked for: the org unit by code, one of <see cref="Roles.All"/>.</summary>
public sealed record MembershipInput(string? OrgUnit, string? Role);

public sealed record NewUser(string? UserName, string? DisplayName, string? Password, List<MembershipInput>? Memberships);

/// <summary>
/// Accounts as administrators manage them (no public registration, docs/decisions.md, decision 17): create with memberships,
/// replace the memberships, set the password, deactivate. A user who loses a role keeps no claimed task they can no longer act
/// on; each of those changes ends all of the user's sessions in the same save (the host also drops its cached session checks).
/// </summary>
public sealed partial class UserDirectory(CaseFlowDbContext db)
{
    public const int MinPasswordLength = 12;

    public Task<List<User>> ListAsync(CancellationToken ct) =>
        db.Users.AsNoTracking().Include(u => u.Memberships).ThenInclude(m => m.OrgUnit).OrderBy(u => u.UserName).ToListAsync(ct);

    public async Task<User> GetAsync(string userName, CancellationToken ct) =>
        await db.Users.AsNoTracking().Include(u => u.Memberships).ThenInclude(m => m.OrgUnit).SingleOrDefaultAsync(u => u.UserName == userName, ct)
        ?? throw new DomainNotFoundException($"User '{userName}' not found.");

    /// <summary>Creates the account; <paramref name="hashPassword"/> is the host's password hasher.</summary>
    public async Task<User> CreateAsync(NewUser input, Func<User, string, string> hashPassword, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var userName = input.UserName?.Trim();
        if (string.IsNullOrEmpty(userName) || !UserNamePattern().IsMatch(userName))
            errors["userName"] = ["The user name is required: 3–64 letters, digits, '.', '_' or '-'."];
        else if (await db.Users.AnyAsync(u => u.UserName.ToLower() == userName.ToLower(), ct))
            errors["userName"] = [$"'{userName}' is taken."];
        var displayName = input.DisplayName?.Trim();
        if (string.IsNullOrEmpty(displayName) || displayName.Length > 64) errors["displayName"] = ["The display name is required (at most 64 characters)."];
        if (input.Password is null || input.Password.Length < MinPasswordLength || input.Password.Length > 256)
            errors["password"] = [$"The password must have at least {MinPasswordLength} characters (at most 256)."];
        var memberships = await ResolveAsync(input.Memberships, errors, ct);
        if (errors.Count > 0) throw new DomainValidationException(errors, "The user is not valid.");

        var user = new User { UserName = userName!, DisplayName = displayName! };
        user.PasswordHash = hashPassword(user, input.Password!);
        user.Memberships = memberships.Select(m => new Membership { OrgUnitId = m.Unit.Id, Role = m.Role }).ToList();
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return await GetAsync(user.UserName, ct);
    }

    /// <summary>Replaces the user's memberships; claimed tasks the user no longer holds the role for go back to their queues.</summary>
    public async Task<User> SetMembershipsAsync(string userName, List<MembershipInput>? input, Actor actor, CancellationToken ct)
    {
        var user = await db.Users.Include(u => u.Memberships).SingleOrDefaultAsync(u => u.UserName == userName, ct)
            ?? throw new DomainNotFoundException($"User '{userName}' not found.");
        var errors = new Dictionary<string, string[]>();
        var wanted = await ResolveAsync(input, errors, ct);
        if (user.Id == actor.UserId && actor.IsAdmin && wanted.All(m => m.Role != Roles.Admin))
            errors["memberships"] = ["You would remove your own admin role: another administrator must do that."];
        if (errors.Count > 0) throw new DomainValidationException(errors, "The memberships are not valid.");

        foreach (var gone in user.Memberships.Where(m => !wanted.Any(w => w.Unit.Id == m.OrgUnitId && w.Role == m.Role)).ToList())
            db.Memberships.Remove(gone);
        foreach (var added in wanted.Where(w => !user.Memberships.Any(m => m.OrgUnitId == w.Unit.Id && m.Role == w.Role)))
            db.Memberships.Add(new Membership { UserId = user.Id, OrgUnitId = added.Unit.Id, Role = added.Role });

        var claimed = await db.Tasks.Where(t => t.AssigneeUserId == user.Id && t.Status == CaseTaskStatus.Claimed).ToListAsync(ct);
        if (claimed.Count > 0)
        {
            var unitIds = claimed.Select(t => t.OrgUnitId).Distinct().ToList();
            var paths = await db.OrgUnits.AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Path, ct);
            foreach (var task in claimed.Where(t => !wanted.Any(w => w.Role == t.Role && paths[t.OrgUnitId].StartsWith(w.Unit.Path, StringComparison.Ordinal))))
                task.Release();
        }
        await EndSessionsAsync(user.Id, SessionEnd.MembershipsChanged, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return await GetAsync(userName, ct);
    }

    /// <summary>Sets a new password (an administrator's reset); every session of the user ends.</summary>
    public async Task<User> SetPasswordAsync(string userName, string? password, Func<User, string, string> hashPassword, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct) ?? throw new DomainNotFoundException($"User '{userName}' not found.");
        if (password is null || password.Length < MinPasswordLength || password.Length > 256)
            throw new DomainValidationException("password", $"The password must have at least {MinPasswordLength} characters (at most 256).");
        user.PasswordHash = hashPassword(user, password);
        await EndSessionsAsync(user.Id, SessionEnd.PasswordChanged, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return await GetAsync(userName, ct);
    }

    /// <summary>Ends the account's sign-in and requests; the tasks it had claimed go back to their queues.</summary>
    public async Task<User> DeactivateAsync(string userName, Actor actor, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct) ?? throw new DomainNotFoundException($"User '{userName}' not found.");
        if (user.Id == actor.UserId) throw new DomainConflictException("You cannot deactivate your own account.");
        user.Deactivate();
        foreach (var task in await db.Tasks.Where(t => t.AssigneeUserId == user.Id && t.Status == CaseTaskStatus.Claimed).ToListAsync(ct))
            task.Release();
        await EndSessionsAsync(user.Id, SessionEnd.Deactivated, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return await GetAsync(userName, ct);
    }

    // Sessions keep the system clock, as all of authentication does (docs/decisions.md, decision 15).
    private async Task EndSessionsAsync(long userId, string reason, CancellationToken ct)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        foreach (var session in await db.UserSessions.Where(s => s.UserId == userId && s.EndedAtUtc == null).ToListAsync(ct))
            session.End(now, reason);
    }

    private async Task<List<(OrgUnit Unit, string Role)>> ResolveAsync(List<MembershipInput>? input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var result = new List<(OrgUnit Unit, string Role)>();
        if (input is not { Count: > 0 }) { errors["memberships"] = ["A user needs at least one membership (a role in an org unit)."]; return result; }
        var codes = input.Select(m => m?.OrgUnit).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, ct);
        for (var i = 0; i < input.Count; i++)
        {
            var m = input[i];
            var unit = m?.OrgUnit is { } code ? units.GetValueOrDefault(code) : null;
            if (unit is null) errors[$"memberships[{i}].orgUnit"] = [$"'{m?.OrgUnit}' is not a known org unit."];
            if (m?.Role is not { } role || !Roles.All.Contains(role)) errors[$"memberships[{i}].role"] = [$"'{m?.Role}' is not a role; use one of: {string.Join(", ", Roles.All)}."];
            else if (unit is not null)
            {
                if (result.Any(r => r.Unit.Id == unit.Id && r.Role == role)) errors[$"memberships[{i}]"] = [$"{role} in {unit.Code} is listed twice."];
                else result.Add((unit, role));
            }
        }
        return result;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
