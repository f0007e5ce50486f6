using System.Text.Json.Nodes;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Tasks;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Tasks;

public sealed record CompleteTaskRequest(string? Outcome, JsonObject? Data);

public sealed record ReturnTaskRequest(string ToActivityId, string Reason);

public sealed record WithdrawTaskRequest(string? Reason);

public sealed record TransferTaskRequest(string? ToUser, string? ToRole, string? Reason);

public sealed record CommentRequest(string? Text);

public sealed record UrgeRequest(string? Message);

public sealed record DelegationRequest(string? ToUser, DateOnly? From, DateOnly? To, string? Reason);

public sealed record DelegationDto(long Id, long FromUserId, long ToUserId, DateOnly From, DateOnly To, string Reason, DateTime? RevokedAtUtc);

/// <summary>The inbox's filters: service item, the case's status, level (on track / warning / overdue), region, applicant name or case number, dates.</summary>
public sealed record InboxFilter(string? ItemCode = null, CaseFlow.Domain.Cases.CaseStatus? Status = null, SlaLevel? Level = null, string? Region = null, string? Q = null, string? CaseNo = null,
    DateTime? From = null, DateTime? To = null, string? Sort = null, int Page = 1, int PageSize = 50);

/// <summary>The clerk's and approver's inbox (待办) and what they do to a task.</summary>
public static class TaskEndpoints
{
    public static RouteGroupBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization();
        group.MapGet("/mine", Mine)
            .WithName("ListMyTasks")
            .WithSummary("查看我的待办");
        group.MapGet("/queues", Queues)
            .WithName("ListQueuedTasks")
            .WithSummary("查看可签收的任务");
        group.MapGet("/done", TaskLists.Done)
            .WithName("ListDoneTasks")
            .WithSummary("查看我办过的任务");
        group.MapGet("/by-case/{caseId:long}", TaskLists.ByCase)
            .WithName("ListCaseTasks")
            .WithSummary("查看办件的任务");
        group.MapGet("/{id:long}/transfer-candidates", TaskLists.TransferCandidates)
            .WithName("ListTransferCandidates")
            .WithSummary("查看可转办的人员");
        group.MapGet("/{id:long}", Get)
            .WithName("GetTask")
            .WithSummary("查看任务");
        group.MapPost("/{id:long}/claim", Claim)
            .WithName("ClaimTask")
            .WithSummary("签收任务");
        group.MapPost("/{id:long}/release", Release)
            .WithName("ReleaseTask")
            .WithSummary("释放任务");
        group.MapPost("/{id:long}/complete", Complete)
            .WithName("CompleteTask")
            .WithSummary("办理任务");
        group.MapPost("/{id:long}/transfer", Transfer)
            .WithName("TransferTask")
            .WithSummary("转办任务");
        group.MapPost("/{id:long}/comments", Comment)
            .WithName("AddTaskComment")
            .WithSummary("填写任务意见");
        group.MapPost("/{id:long}/urge", Urge)
            .WithName("UrgeTask")
            .WithSummary("催办任务");
        group.MapPost("/{id:long}/return", Return)
            .WithName("ReturnTask")
            .WithSummary("退回任务");
        group.MapPost("/{id:long}/withdraw", Withdraw)
            .WithName("WithdrawTask")
            .WithSummary("撤回任务");
        group.MapGet("/delegations", Delegations)
            .WithName("ListDelegations")
            .WithSummary("查看委托");
        group.MapPost("/delegations", Delegate)
            .WithName("CreateDelegation")
            .WithSummary("委托办理");
        group.MapPost("/delegations/{id:long}/revoke", RevokeDelegation)
            .WithName("RevokeDelegation")
            .WithSummary("撤销委托");
        return group;
    }

    /// <summary>Tasks I hold, and those held by colleagues who delegated to me today (委托).</summary>
    public static async Task<Ok<Page<TaskDto>>> Mine([AsParameters] InboxFilter filter, AccessPolicy access, ActorAccessor actors, IMapper mapper, TaskRows rows, CancellationToken ct)
    {
        var mine = access.HeldBy(await actors.GetAsync(ct));
        return TypedResults.Ok(await PageAsync(Filter(mine, filter), filter, mapper, rows, ct));
    }

    /// <summary>Open, unclaimed tasks for a role I hold over their org unit: what my team may take.</summary>
    public static async Task<Ok<Page<TaskDto>>> Queues([AsParameters] InboxFilter filter, AccessPolicy access, ActorAccessor actors, IMapper mapper, TaskRows rows, CancellationToken ct)
    {
        var queued = await access.QueuedForAsync(await actors.GetAsync(ct), ct);
        return TypedResults.Ok(await PageAsync(Filter(queued, filter), filter, mapper, rows, ct));
    }

    public static async Task<Ok<TaskDto>> Get(long id, TaskService tasks, ActorAccessor actors, IMapper mapper, TaskRows rows, CancellationToken ct) =>
        TypedResults.Ok(await rows.FillAsync(mapper.Map<TaskDto>(await tasks.GetAsync(id, await actors.GetAsync(ct), ct)), ct));

    public static async Task<Ok<TaskDto>> Claim(long id, TaskService tasks, ActorAccessor actors, IMapper mapper, TaskRows rows, CancellationToken ct) =>
        TypedResults.Ok(await rows.FillAsync(mapper.Map<TaskDto>(await tasks.ClaimAsync(id, await actors.GetAsync(ct), ct)), ct));

    public static async Task<Ok<TaskDto>> Release(long id, TaskService tasks, ActorAccessor actors, IMapper mapper, TaskRows rows, CancellationToken ct) =>
        TypedResults.Ok(await rows.FillAsync(mapper.Map<TaskDto>(await tasks.ReleaseAsync(id, await actors.GetAsync(ct), ct)), ct));

    /// <summary>Completes the task and runs the step it triggers; a step that lost a race on its instance runs again afresh.</summary>
    public static async Task<Ok<TaskDto>> Complete(long id, CompleteTaskRequest request, TaskService tasks, IServiceScopeFactory scopes, ActorAccessor actors, IMapper mapper,
        CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        return TypedResults.Ok(mapper.Map<TaskDto>(await FreshAttempt.RunAsync(tasks, scopes, t => t.CompleteAsync(id, request.Outcome, request.Data, actor, ct))));
    }

    public static async Task<Ok<TaskDto>> Transfer(long id, TransferTaskRequest request, TaskService tasks, ActorAccessor actors, IMapper mapper, TaskRows rows, CancellationToken ct) =>
        TypedResults.Ok(await rows.FillAsync(mapper.Map<TaskDto>(await tasks.TransferAsync(id, request.ToUser, request.ToRole, request.Reason, await actors.GetAsync(ct), ct)), ct));

    public static async Task<NoContent> Comment(long id, CommentRequest request, TaskService tasks, ActorAccessor actors, CancellationToken ct)
    {
        await tasks.CommentAsync(id, request.Text, await actors.GetAsync(ct), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Urge(long id, UrgeRequest request, TaskService tasks, ActorAccessor actors, CancellationToken ct)
    {
        await tasks.UrgeAsync(id, request.Message, await actors.GetAsync(ct), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Return(long id, ReturnTaskRequest request, TaskService tasks, IServiceScopeFactory scopes, ActorAccessor actors, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        await FreshAttempt.RunAsync(tasks, scopes, t => t.ReturnAsync(id, request.ToActivityId, request.Reason, actor, ct));
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Withdraw(long id, WithdrawTaskRequest request, TaskService tasks, IServiceScopeFactory scopes, ActorAccessor actors, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        await FreshAttempt.RunAsync(tasks, scopes, t => t.WithdrawAsync(id, request.Reason, actor, ct));
        return TypedResults.NoContent();
    }

    /// <summary>Delegations I gave and those given to me.</summary>
    public static async Task<Ok<List<DelegationDto>>> Delegations(CaseFlowDbContext db, ActorAccessor actors, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        return TypedResults.Ok(await db.Delegations.AsNoTracking().Where(d => d.FromUserId == actor.UserId || d.ToUserId == actor.UserId).OrderBy(d => d.Id)
            .Select(d => new DelegationDto(d.Id, d.FromUserId, d.ToUserId, d.From, d.To, d.Reason, d.RevokedAtUtc)).ToListAsync(ct));
    }

    public static async Task<Created<DelegationDto>> Delegate(DelegationRequest request, TaskService tasks, ActorAccessor actors, CancellationToken ct)
    {
        var d = await tasks.DelegateAsync(request.ToUser, request.From, request.To, request.Reason, await actors.GetAsync(ct), ct);
        return TypedResults.Created($"/api/tasks/delegations/{d.Id}", new DelegationDto(d.Id, d.FromUserId, d.ToUserId, d.From, d.To, d.Reason, d.RevokedAtUtc));
    }

    public static async Task<NoContent> RevokeDelegation(long id, TaskService tasks, ActorAccessor actors, CancellationToken ct)
    {
        await tasks.RevokeDelegationAsync(id, await actors.GetAsync(ct), ct);
        return TypedResults.NoContent();
    }

    internal static IQueryable<CaseTask> Filter(IQueryable<CaseTask> query, InboxFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.CaseNo)) query = query.Where(t => t.Case!.CaseNo == filter.CaseNo);
        if (!string.IsNullOrWhiteSpace(filter.ItemCode)) query = query.Where(t => t.Case!.ImplementationCode == filter.ItemCode);
        if (filter.Status is { } status) query = query.Where(t => t.Case!.Status == status);
        // A step with its own limit shows its own level; otherwise the case's.
        if (filter.Level is { } level) query = query.Where(t => (t.DueAtUtc != null ? t.Level : t.Case!.Level) == level);
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            if (!RegionCode.IsValid(filter.Region)) throw new DomainValidationException("region", "region must be an administrative division code such as 520102 or 500000.");
            var prefix = RegionCode.Prefix(filter.Region);
            query = query.Where(t => t.Case!.HomeRegionCode != null && t.Case.HomeRegionCode.StartsWith(prefix));
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(t => t.Case!.CaseNo == q || t.Case.Applicant.Name.StartsWith(q));
        }
        if (filter.From is { } from) query = query.Where(t => t.Case!.ReceivedAtUtc >= from.ToUniversalTime());
        if (filter.To is { } to) query = query.Where(t => t.Case!.ReceivedAtUtc < to.ToUniversalTime());
        return query;
    }

    internal static async Task<Page<TaskDto>> PageAsync(IQueryable<CaseTask> query, InboxFilter filter, IMapper mapper, TaskRows rows, CancellationToken ct,
        string defaultSort = "deadline")
    {
        var total = await query.CountAsync(ct);
        var sorted = (filter.Sort ?? defaultSort) switch
        {
            // 按期限: the step's own deadline, else the case's committed one; undated last.
            "deadline" => query.OrderBy(t => (t.DueAtUtc ?? t.Case!.DueAtUtc) == null).ThenBy(t => t.DueAtUtc ?? t.Case!.DueAtUtc).ThenBy(t => t.Id),
            "created" => query.OrderBy(t => t.CreatedAtUtc).ThenBy(t => t.Id),
            // 办过的: the latest first.
            "closed" => query.OrderByDescending(t => t.ClosedAtUtc).ThenByDescending(t => t.Id),
            _ => throw new DomainValidationException("sort", "sort must be deadline, created or closed."),
        };
        // Paging bounds are checked by InputRules (InboxFilter) before this runs.
        var items = Paging.Skip(filter.Page, filter.PageSize, total) is not { } skip ? []
            : await sorted.Skip(skip).Take(filter.PageSize).ProjectTo<TaskDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        return new Page<TaskDto>(await rows.FillAsync(items, ct), total, filter.Page, filter.PageSize);
    }
}
