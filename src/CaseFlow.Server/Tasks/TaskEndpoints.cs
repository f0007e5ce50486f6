using System.Linq.Expressions;
using System.Text.Json.Nodes;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Cases;
using CaseFlow.Cases.Common;
using CaseFlow.Cases.Org;
using CaseFlow.Cases.Tasks;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CaseFlow.Server.Tasks;

public sealed record CompleteTaskRequest(string? Outcome, JsonObject? Data);

public sealed record ReturnTaskRequest(string ToActivityId, string Reason);

public sealed record WithdrawTaskRequest(string? Reason);

public static class TaskEndpoints
{
    public static RouteGroupBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization();
        group.MapGet("/mine", Mine);
        group.MapGet("/queues", Queues);
        group.MapGet("/{id:long}", Get);
        group.MapPost("/{id:long}/claim", Claim);
        group.MapPost("/{id:long}/complete", Complete);
        group.MapPost("/{id:long}/return", Return);
        group.MapPost("/{id:long}/withdraw", Withdraw);
        return group;
    }

    /// <summary>Tasks I have claimed.</summary>
    public static async Task<Ok<Page<TaskDto>>> Mine(CaseFlowDbContext db, ActorAccessor actors, IMapper mapper, CancellationToken ct, int page = 1, int pageSize = 50)
    {
        var actor = await actors.GetAsync(ct);
        return TypedResults.Ok(await PageAsync(db.Tasks.AsNoTracking().Where(t => t.AssigneeUserId == actor.UserId && t.Status == CaseTaskStatus.Claimed), mapper, page, pageSize, ct));
    }

    /// <summary>Open, unclaimed tasks for a role I hold over their org unit.</summary>
    public static async Task<Ok<Page<TaskDto>>> Queues(CaseFlowDbContext db, ActorAccessor actors, IMapper mapper, CancellationToken ct, string? caseNo = null, int page = 1, int pageSize = 50)
    {
        var actor = await actors.GetAsync(ct);
        var open = db.Tasks.AsNoTracking().Where(t => t.Status == CaseTaskStatus.Open && t.AssigneeUserId == null);
        if (caseNo is not null) open = open.Where(t => t.Case!.CaseNo == caseNo);
        Expression<Func<CaseTask, bool>>? filter = null;
        foreach (var role in actor.Memberships.Select(m => m.Role).Distinct())
        {
            var ids = new HashSet<long>();
            foreach (var path in actor.Memberships.Where(m => m.Role == role).Select(m => m.Path))
                ids.UnionWith(await db.OrgUnits.Where(o => o.Path.StartsWith(path)).Select(o => o.Id).ToListAsync(ct));
            Expression<Func<CaseTask, bool>> one = t => t.Role == role && ids.Contains(t.OrgUnitId);
            filter = filter is null ? one : Expression.Lambda<Func<CaseTask, bool>>(
                Expression.OrElse(filter.Body, ReplacingExpressionVisitor.Replace(one.Parameters[0], filter.Parameters[0], one.Body)), filter.Parameters);
        }
        return TypedResults.Ok(await PageAsync(filter is null ? open.Where(t => false) : open.Where(filter), mapper, page, pageSize, ct));
    }

    public static async Task<Ok<TaskDto>> Get(long id, CaseFlowDbContext db, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.OrgUnitId, t.CaseId }).SingleOrDefaultAsync(ct) ?? throw new DomainNotFoundException($"Task {id} not found.");
        var path = await db.OrgUnits.Where(o => o.Id == task.OrgUnitId).Select(o => o.Path).SingleAsync(ct);
        if (!await OrgScope.CanSeeTaskAsync(db, actor, path, task.CaseId, ct)) throw new DomainNotFoundException($"Task {id} not found.");
        return TypedResults.Ok(await db.Tasks.AsNoTracking().Where(t => t.Id == id).ProjectTo<TaskDto>(mapper.ConfigurationProvider).SingleAsync(ct));
    }

    public static async Task<Ok<TaskDto>> Claim(long id, TaskService tasks, ActorAccessor actors, CaseFlowDbContext db, IMapper mapper, CancellationToken ct)
    {
        await tasks.ClaimAsync(id, await actors.GetAsync(ct), ct);
        return await Get(id, db, actors, mapper, ct);
    }

    public static async Task<Ok<TaskDto>> Complete(long id, CompleteTaskRequest request, TaskService tasks, ActorAccessor actors, CaseFlowDbContext db, IMapper mapper, CancellationToken ct)
    {
        await tasks.CompleteAsync(id, request.Outcome, request.Data, await actors.GetAsync(ct), ct);
        db.ChangeTracker.Clear();
        return await Get(id, db, actors, mapper, ct);
    }

    public static async Task<NoContent> Return(long id, ReturnTaskRequest request, TaskService tasks, ActorAccessor actors, CancellationToken ct)
    {
        await tasks.ReturnAsync(id, request.ToActivityId, request.Reason, await actors.GetAsync(ct), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Withdraw(long id, WithdrawTaskRequest request, TaskService tasks, ActorAccessor actors, CancellationToken ct)
    {
        await tasks.WithdrawAsync(id, request.Reason, await actors.GetAsync(ct), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Page<TaskDto>> PageAsync(IQueryable<CaseTask> query, IMapper mapper, int page, int pageSize, CancellationToken ct)
    {
        if (page < 1) throw new DomainValidationException("page", "page starts at 1.");
        if (pageSize is < 1 or > 200) throw new DomainValidationException("pageSize", "pageSize must be between 1 and 200.");
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(t => t.CreatedAtUtc).ThenBy(t => t.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .ProjectTo<TaskDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        return new Page<TaskDto>(items, total, page, pageSize);
    }
}
