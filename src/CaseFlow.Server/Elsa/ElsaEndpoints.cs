using System.Text;
using System.Text.Json.Nodes;
using AutoMapper;
using CaseFlow.Domain;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Workflows;
using CaseFlow.Elsa;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Definitions;
using CaseFlow.Server.Setup;
using CaseFlow.Workflows.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ValidationProblem = CaseFlow.Workflows.Definitions.ValidationProblem;

namespace CaseFlow.Server.Elsa;

/// <summary>An imported Elsa document: the draft it became, the definition itself (for the designer and the dry run) and what is wrong with it.</summary>
public sealed record ElsaImportResultDto(DefinitionVersionDto Draft, WorkflowDefinition Definition, bool IsValid, IReadOnlyList<ValidationProblem> Problems);

/// <summary>
/// Elsa 3 interop (README, "Elsa 3 definitions"): import an Elsa workflow-definition document as a draft, export a definition as
/// one. An imported draft is tried with the existing dry run (<c>POST /api/definitions/dry-run</c>).
/// </summary>
public static class ElsaEndpoints
{
    private const string DesignersOnly = "Editing and publishing definitions needs the designer role.";

    public static RouteGroupBuilder MapElsaApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions").RequireAuthorization().WithMetadata(BodyLimit.Definition);
        group.MapPost("/import/elsa", Import)
            .Accepts<JsonObject>("application/json")
            .WithName("ImportElsaDefinition")
            .WithSummary("导入 Elsa 3 流程定义（生成草稿并校验）");
        group.MapGet("/{definitionId}/export/elsa", Export)
            .WithName("ExportElsaDefinition")
            .WithSummary("导出为 Elsa 3 流程定义（最新版本）");
        return group;
    }

    public static async Task<Ok<ElsaImportResultDto>> Import(HttpRequest request, DefinitionStore store, DefinitionValidator validator, CaseFlowDbContext db,
        ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        // The body is read before the role is checked, as a bound body would be: a body that is no JSON is a 400 for anyone.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        var result = ElsaImporter.Import(body.ToArray());
        if (result.Definition is not { } definition)
            throw new DomainValidationException("body", result.Problems.FirstOrDefault()?.Message ?? "The body is not an Elsa workflow definition.");
        await actors.RequireRoleAsync(Roles.Designer, DesignersOnly, ct);
        // The bounds every definition body meets (README, "Input bounds"), by the same rules, counted after nested flowcharts are flattened.
        var bounds = new InputCheck();
        InputRules.Add(bounds, definition, request.HttpContext);
        bounds.ThrowIfAny();
        List<ValidationProblem> problems = [.. result.Problems, .. validator.Validate(definition)];
        // The id is the draft's key: a draft can be broken while it is edited, but it must be storable.
        if (problems.FirstOrDefault(p => p.Path == "definitionId") is { } badId)
            throw new DomainValidationException("definitionId", badId.Message);
        var draft = await store.SaveDraftAsync(definition, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ElsaImportResultDto(mapper.Map<DefinitionVersionDto>(draft), definition, problems.Count == 0, problems));
    }

    public static async Task<FileContentHttpResult> Export(string definitionId, CaseFlowDbContext db, CancellationToken ct)
    {
        var record = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.DefinitionVersion).FirstOrDefaultAsync(ct)
            ?? throw new DomainNotFoundException($"Definition '{definitionId}' not found.");
        var definition = DefinitionStore.ToDefinition(record, isLatest: true);
        return TypedResults.File(Encoding.UTF8.GetBytes(ElsaExporter.ExportJson(definition)), "application/json", $"{definitionId}.v{record.DefinitionVersion}.elsa.json");
    }
}
