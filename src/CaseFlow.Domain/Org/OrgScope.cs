using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Org;

/// <summary>
/// Org scoping: a user sees what lies in the subtrees of the units they are members of, and a case (with its tasks)
/// whose intake window or home department lies there — their window or department is a party to it. Admins see everything.
/// What is not visible answers 404; acting on what is visible without the role or right answers 403.
/// </summary>
public static class OrgScope
{
    /// <summary>Ids of every unit in the subtrees of the actor's memberships; null for admins (everything).</summary>
    public static async Task<HashSet<long>?> VisibleUnitIdsAsync(CaseFlowDbContext db, Actor actor, CancellationToken ct)
    {
        if (actor.IsAdmin) return null;
        var ids = new HashSet<long>();
        foreach (var path in actor.Memberships.Select(m => m.Path).Distinct())
            ids.UnionWith(await db.OrgUnits.Where(o => o.Path.StartsWith(path)).Select(o => o.Id).ToListAsync(ct));
        return ids;
    }

    /// <summary>The actor's subtrees hold the case's intake window or its home department.</summary>
    public static async Task<bool> CanSeeCaseAsync(CaseFlowDbContext db, Actor actor, long caseId, CancellationToken ct)
    {
        if (actor.IsAdmin) return true;
        var parties = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.IntakeWindowId, c.HomeDepartmentId }).SingleOrDefaultAsync(ct);
        if (parties is null) return false;
        var paths = await db.OrgUnits.AsNoTracking().Where(o => o.Id == parties.IntakeWindowId || o.Id == parties.HomeDepartmentId).Select(o => o.Path).ToListAsync(ct);
        return paths.Any(actor.Covers);
    }

    /// <summary>A task is visible where its own unit is in the actor's subtrees, or where its case is.</summary>
    public static async Task<bool> CanSeeTaskAsync(CaseFlowDbContext db, Actor actor, string taskUnitPath, long caseId, CancellationToken ct) =>
        actor.Covers(taskUnitPath) || await CanSeeCaseAsync(db, actor, caseId, ct);
}
