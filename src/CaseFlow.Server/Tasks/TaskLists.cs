using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Common;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Tasks;

/// <summary>The inbox's other lists: 办过的, a case's tasks (the case page) and whom a task may be transferred to (mapped in <see cref="TaskEndpoints"/>).</summary>
public static class TaskLists
{
    /// <summary>办过的: tasks I completed, latest first unless sorted otherwise; the inbox's filters apply.</summary>
    public static async Task<Ok<Page<TaskDto>>> Done([AsParameters] InboxFilter filter, AccessPolicy access, ActorAccessor actors, IMapper mapper, TaskRows rows,
        CancellationToken ct)
    {
        var done = access.CompletedBy(await actors.GetAsync(ct));
        return TypedResults.Ok(await TaskEndpoints.PageAsync(TaskEndpoints.Filter(done, filter), filter, mapper, rows, ct, defaultSort: "closed"));
    }

    /// <summary>Every task of a case the caller sees (404 otherwise), in the order they arose.</summary>
    public static async Task<Ok<List<TaskDto>>> ByCase(long caseId, AccessPolicy access, ActorAccessor actors, CaseFlowDbContext db, IMapper mapper, TaskRows rows,
        CancellationToken ct)
    {
        await access.CaseAsync(await actors.GetAsync(ct), caseId, ct);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.CreatedAtUtc).ThenBy(t => t.Id)
            .ProjectTo<TaskDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        return TypedResults.Ok(await rows.FillAsync(tasks, ct));
    }

    /// <summary>转办 candidates: whoever the access policy lets hold the task (its role over its unit), the caller and its holder left out; acting on the task needs its role (403), seeing it (404).</summary>
    public static async Task<Ok<List<TransferCandidateDto>>> TransferCandidates(long id, AccessPolicy access, ActorAccessor actors, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var visible = await access.TaskAsync(actor, id, ct, tracked: false);
        AccessPolicy.RequireTaskRole(actor, visible);
        var (role, holder) = (visible.Task.Role, visible.Task.AssigneeUserId);
        return TypedResults.Ok(await access.MayHoldTask(role, visible.UnitPath).Where(u => u.Id != actor.UserId && (holder == null || u.Id != holder))
            .OrderBy(u => u.UserName).Select(u => new TransferCandidateDto(u.UserName, u.DisplayName, role)).ToListAsync(ct));
    }
}
