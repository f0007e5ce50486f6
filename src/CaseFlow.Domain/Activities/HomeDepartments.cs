using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Activities;

public static class HomeDepartments
{
    /// <summary>The department of <paramref name="category"/> nearest under the region: its own first, then the closest below it.</summary>
    public static async Task<OrgUnit?> ResolveAsync(CaseFlowDbContext db, string regionCode, string category, CancellationToken ct)
    {
        var region = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == regionCode, ct);
        if (region is null || !region.IsRegion) return null;
        return await db.OrgUnits.AsNoTracking()
            .Where(o => o.Kind == OrgUnitKind.Department && o.Category == category && o.Path.StartsWith(region.Path))
            .OrderBy(o => o.Path.Length).ThenBy(o => o.Code)
            .FirstOrDefaultAsync(ct);
    }
}
