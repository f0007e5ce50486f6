using CaseFlow.Domain;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Cases;

/// <summary>Org scoping (<see cref="OrgScope"/>): a user sees a case when their unit's subtree holds its intake window or home department.</summary>
public static class CaseAccess
{
    public static Task<HashSet<long>?> VisibleUnitIdsAsync(CaseFlowDbContext db, Actor actor, CancellationToken ct) => OrgScope.VisibleUnitIdsAsync(db, actor, ct);

    public static IQueryable<Case> Visible(this IQueryable<Case> cases, HashSet<long>? unitIds) =>
        unitIds is null ? cases : cases.Where(c => unitIds.Contains(c.IntakeWindowId) || (c.HomeDepartmentId != null && unitIds.Contains(c.HomeDepartmentId.Value)));

    public static async Task<Case> GetVisibleAsync(CaseFlowDbContext db, Actor actor, long id, CancellationToken ct)
    {
        var units = await VisibleUnitIdsAsync(db, actor, ct);
        return await db.Cases.AsNoTracking().Visible(units).SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new DomainNotFoundException($"Case {id} not found.");
    }
}
