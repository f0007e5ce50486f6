using CaseFlow.Workflows.Runtime;
using System.Text;
using System.Text.Json;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Workflows;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Setup;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Definitions;

public sealed record ValidationResultDto(bool IsValid, IReadOnlyList<CaseFlow.Workflows.Definitions.ValidationProblem> Problems);

public static class DefinitionEndpoints
{
    public static RouteGroupBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions").RequireAuthorization().WithMetadata(BodyLimit.Definition);
        group.MapGet("/", List)
            .WithName("ListDefinitions")
            .WithSummary("查询流程定义");
        group.MapGet("/activities", Activities)
            .WithName("ListActivityDescriptors")
            .WithSummary("查看活动类型（设计器组件面板）");
        group.MapPost("/validate", Validate)
            .WithName("ValidateDefinition")
            .WithSummary("校验流程定义");
        group.MapGet("/{definitionId}", GetLatest)
            .WithName("GetDefinition")
            .WithSummary("查看流程定义（最新版本）");
        group.MapGet("/{definitionId}/versions", Versions)
            .WithName("ListDefinitionVersions")
            .WithSummary("查看流程定义的版本");
        group.MapGet("/{definitionId}/versions/{version:int}", GetVersion)
            .WithName("GetDefinitionVersion")
            .WithSummary("查看流程定义的某一版本");
        group.MapGet("/{definitionId}/versions/{version:int}/export", Export)
            .WithName("ExportDefinitionVersion")
            .WithSummary("导出流程定义文件");
        group.MapPut("/{definitionId}/draft", SaveDraft)
            .WithName("SaveDefinitionDraft")
            .WithSummary("保存流程定义草稿");
        group.MapPost("/{definitionId}/publish", Publish)
            .WithName("PublishDefinition")
            .WithSummary("发布流程定义");
        return group;
    }

    /// <summary>The latest version of every definition (a draft shows as unpublished).</summary>
    public static async Task<Ok<List<DefinitionVersionDto>>> List(CaseFlowDbContext db, IMapper mapper, CancellationToken ct)
    {
        var latest = db.Definitions.AsNoTracking().Where(d => d.DefinitionVersion == db.Definitions.Where(o => o.DefinitionId == d.DefinitionId).Max(o => o.DefinitionVersion));
        return TypedResults.Ok(await WithRunningAsync(db, await latest.OrderBy(d => d.DefinitionId).ProjectTo<DefinitionVersionDto>(mapper.ConfigurationProvider).ToListAsync(ct), ct));
    }

    /// <summary>How many instances of each listed version are still running: a designer sees what a new version would not change.</summary>
    private static async Task<List<DefinitionVersionDto>> WithRunningAsync(CaseFlowDbContext db, List<DefinitionVersionDto> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.DefinitionId).Distinct().ToList();
        var running = await db.Instances.AsNoTracking().Where(i => ids.Contains(i.DefinitionId) && i.Status == WorkflowStatus.Running)
            .GroupBy(i => new { i.DefinitionId, i.DefinitionVersion }).Select(g => new { g.Key.DefinitionId, g.Key.DefinitionVersion, Count = g.Count() })
            .ToListAsync(ct);
        return rows.Select(r => r with
        {
            RunningInstances = running.FirstOrDefault(x => x.DefinitionId == r.DefinitionId && x.DefinitionVersion == r.Version)?.Count ?? 0,
        }).ToList();
    }

    /// <summary>Activity descriptors: ports and JSON schemas of props, for the designer's palette and property panel.</summary>
    public static Ok<IEnumerable<ActivityDescriptor>> Activities(ActivityRegistry registry) => TypedResults.Ok(registry.Descriptors);

    public static Ok<ValidationResultDto> Validate(WorkflowDefinition definition, DefinitionStore store)
    {
        var problems = store.Validate(definition);
        return TypedResults.Ok(new ValidationResultDto(problems.Count == 0, problems));
    }

    public static async Task<Ok<WorkflowDefinition>> GetLatest(string definitionId, CaseFlowDbContext db, CancellationToken ct)
    {
        var record = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.DefinitionVersion).FirstOrDefaultAsync(ct)
            ?? throw new DomainNotFoundException($"Definition '{definitionId}' not found.");
        return TypedResults.Ok(DefinitionStore.ToDefinition(record, isLatest: true));
    }

    public static async Task<Ok<List<DefinitionVersionDto>>> Versions(string definitionId, CaseFlowDbContext db, IMapper mapper, CancellationToken ct) =>
        TypedResults.Ok(await WithRunningAsync(db, await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderBy(d => d.DefinitionVersion)
            .ProjectTo<DefinitionVersionDto>(mapper.ConfigurationProvider).ToListAsync(ct), ct));

    public static async Task<Ok<WorkflowDefinition>> GetVersion(string definitionId, int version, CaseFlowDbContext db, CancellationToken ct)
    {
        var record = await FindAsync(db, definitionId, version, ct);
        var latest = await db.Definitions.Where(d => d.DefinitionId == definitionId).MaxAsync(d => d.DefinitionVersion, ct);
        return TypedResults.Ok(DefinitionStore.ToDefinition(record, record.DefinitionVersion == latest));
    }

    /// <summary>The definition as a file, in the same form as workflows/*.json.</summary>
    public static async Task<FileContentHttpResult> Export(string definitionId, int version, CaseFlowDbContext db, CancellationToken ct)
    {
        var record = await FindAsync(db, definitionId, version, ct);
        var definition = DefinitionStore.ToDefinition(record, isLatest: false);
        return TypedResults.File(Encoding.UTF8.GetBytes(DefinitionJson.Serialize(definition)), "application/json", $"{definitionId}.v{version}.json");
    }

    public static async Task<Ok<DefinitionVersionDto>> SaveDraft(string definitionId, WorkflowDefinition definition, DefinitionStore store, CaseFlowDbContext db,
        ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        await actors.RequireRoleAsync(Roles.Designer, DesignersOnly, ct);
        if (definition.DefinitionId != definitionId)
            throw new DomainValidationException("definitionId", $"The body's definitionId '{definition.DefinitionId}' differs from the URL's '{definitionId}'.");
        var draft = await store.SaveDraftAsync(definition, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(mapper.Map<DefinitionVersionDto>(draft));
    }

    public static async Task<Ok<DefinitionVersionDto>> Publish(string definitionId, DefinitionStore store, CaseFlowDbContext db, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        var actor = await actors.RequireRoleAsync(Roles.Designer, DesignersOnly, ct);
        var record = await store.PublishAsync(definitionId, actor.UserName, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(mapper.Map<DefinitionVersionDto>(record));
    }

    private const string DesignersOnly = "Editing and publishing definitions needs the designer role.";

    private static async Task<WorkflowDefinitionRecord> FindAsync(CaseFlowDbContext db, string definitionId, int version, CancellationToken ct) =>
        await db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.DefinitionId == definitionId && d.DefinitionVersion == version, ct)
        ?? throw new DomainNotFoundException($"Definition '{definitionId}' has no version {version}.");
}
