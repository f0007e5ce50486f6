using CaseFlow.Domain;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Tasks;

/// <summary>What a task row carries beyond its projection: the units' names (one query per page) and the working days left.</summary>
public sealed class TaskRows(CaseFlowDbContext db, WorkingDaysLeft daysLeft)
{
    public async Task<List<TaskDto>> FillAsync(List<TaskDto> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.IntakeWindowId).Concat(rows.Select(r => r.HomeDepartmentId).OfType<long>()).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await db.OrgUnits.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return rows.Select(r => r with
        {
            IntakeWindowName = names.GetValueOrDefault(r.IntakeWindowId, ""),
            HomeDepartmentName = r.HomeDepartmentId is { } home ? names.GetValueOrDefault(home) : null,
            WorkingDaysLeft = r.Status is CaseTaskStatus.Open or CaseTaskStatus.Claimed ? daysLeft.Until(r.DueAtUtc ?? r.CaseDueAtUtc, r.HomeRegionCode) : null,
        }).ToList();
    }

    public async Task<TaskDto> FillAsync(TaskDto row, CancellationToken ct) => (await FillAsync([row], ct))[0];
}
