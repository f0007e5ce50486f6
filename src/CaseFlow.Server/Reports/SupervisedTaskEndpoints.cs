using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Tasks;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Reports;

/// <summary>
/// The open steps of a supervised case, so the dashboard's lists can urge (催办) the step a row shows: a live row names the
/// case, not its task (docs/decisions.md, decision 23). Scoped like every report: supervisors their subtrees, admins all.
/// </summary>
public static class SupervisedTaskEndpoints
{
    public static RouteGroupBuilder MapSupervisedTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        group.MapGet("/cases/{caseId:long}/open-tasks", OpenTasks).WithName("ListSupervisedOpenTasks").WithSummary("督查办件的在办环节（催办用）");
        return group;
    }

    /// <summary>Open and claimed tasks of the case, oldest first; a case outside the caller's subtrees answers 404.</summary>
    public static async Task<Ok<List<TaskDto>>> OpenTasks(long caseId, AccessPolicy access, ActorAccessor actors, CaseFlowDbContext db,
        IMapper mapper, CancellationToken ct)
    {
        var cases = await access.SupervisedCasesAsync(await actors.GetAsync(ct), ct);
        if (!await cases.AnyAsync(c => c.Id == caseId, ct)) throw new DomainNotFoundException($"Case {caseId} not found.");
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.CaseId == caseId && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.Claimed))
            .OrderBy(t => t.CreatedAtUtc).ThenBy(t => t.Id)
            .ProjectTo<TaskDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        return TypedResults.Ok(tasks);
    }
}
