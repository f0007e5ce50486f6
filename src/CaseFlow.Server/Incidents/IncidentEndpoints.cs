using System.Text.Json.Nodes;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Workflows;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Incidents;

public sealed record RetryIncidentRequest(JsonObject? Variables);

public sealed record CancelIncidentRequest(string? Reason);

/// <summary>Faulted steps, parked with an incident: an admin retries (after fixing variables) or cancels them.</summary>
public static class IncidentEndpoints
{
    private const string AdminsOnly = "Incidents are for administrators.";

    public static RouteGroupBuilder MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/incidents").WithTags("Incidents").RequireAuthorization();
        group.MapGet("/", List)
            .WithName("ListIncidents")
            .WithSummary("查询流程异常");
        group.MapPost("/{id}/retry", Retry)
            .WithName("RetryIncident")
            .WithSummary("重试流程异常");
        group.MapPost("/{id}/cancel", Cancel)
            .WithName("CancelIncident")
            .WithSummary("取消流程异常");
        return group;
    }

    /// <summary>Incidents in a status (open when not given: an enum default here breaks the OpenAPI document).</summary>
    public static async Task<Ok<List<IncidentDto>>> List(CaseFlowDbContext db, ActorAccessor actors, IMapper mapper, HttpRequest http, CancellationToken ct,
        IncidentStatus? status = null, long? caseId = null)
    {
        await actors.RequireAdminAsync(AdminsOnly, ct);
        new InputCheck().QueryName<IncidentStatus>(http, "status").ThrowIfAny();
        status ??= IncidentStatus.Open;
        var query = db.Incidents.AsNoTracking();
        if (status is not null) query = query.Where(i => i.Status == status);
        if (caseId is not null) query = query.Where(i => i.CaseId == caseId);
        return TypedResults.Ok(await query.OrderBy(i => i.CreatedAtUtc).Take(500).ProjectTo<IncidentDto>(mapper.ConfigurationProvider).ToListAsync(ct));
    }

    public static async Task<Ok<IncidentDto>> Retry(string id, RetryIncidentRequest? request, CaseFlowDbContext db, WorkflowHost host, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        var actor = (await actors.RequireAdminAsync(AdminsOnly, ct)).UserName;
        var incident = await OpenAsync(db, id, ct);
        await host.RetryAsync(incident, request?.Variables, actor, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(mapper.Map<IncidentDto>(incident));
    }

    public static async Task<Ok<IncidentDto>> Cancel(string id, CancelIncidentRequest? request, CaseFlowDbContext db, WorkflowHost host, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        var actor = (await actors.RequireAdminAsync(AdminsOnly, ct)).UserName;
        var incident = await OpenAsync(db, id, ct);
        await host.CancelAsync(incident.InstanceId, $"事件取消：{request?.Reason ?? "管理员取消"}", actor, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(mapper.Map<IncidentDto>(incident));
    }

    private static async Task<IncidentRecord> OpenAsync(CaseFlowDbContext db, string id, CancellationToken ct)
    {
        var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new DomainNotFoundException($"Incident {id} not found.");
        return incident.Status == IncidentStatus.Open ? incident : throw new DomainConflictException($"Incident {id} is {incident.Status}.");
    }

}
