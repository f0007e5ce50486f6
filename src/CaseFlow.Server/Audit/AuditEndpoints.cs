using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Audit;

/// <summary>One audit event as stored, its payload unpacked; personal data (身份证号, phones, addresses, the form's personal fields) masked unless the reader is an administrator.</summary>
public sealed record AuditEventDto(long Sequence, DateTime? AtUtc, string? Subject, string? SubjectId, string? Action, string? Actor,
    IReadOnlyList<string> OrgUnits, JsonObject? Changes, string Algorithm, string PreviousHash, string Hash);

/// <summary>审计: a case's events and the check of its chain; the catalog, definitions and rights streams for administrators.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases/{id:long}/audit").WithTags("Audit").RequireAuthorization();
        cases.MapGet("/", CaseEvents)
            .WithName("ListCaseAuditEvents")
            .WithSummary("查看办件审计记录");
        cases.MapGet("/verify", VerifyCase)
            .WithName("VerifyCaseAuditChain")
            .WithSummary("校验办件审计链");
        var admin = app.MapGroup("/api/admin/audit").WithTags("Admin").RequireAuthorization();
        admin.MapGet("/{stream}", StreamEvents)
            .WithName("ListAuditStreamEvents")
            .WithSummary("查看事项、流程或权限审计记录");
        admin.MapGet("/{stream}/verify", VerifyStream)
            .WithName("VerifyAuditStreamChain")
            .WithSummary("校验事项、流程或权限审计链");
    }

    /// <summary>Every change to the case and its tasks, oldest first.</summary>
    public static async Task<Ok<List<AuditEventDto>>> CaseEvents(long id, CaseFlowDbContext db, AccessPolicy access, ActorAccessor actors, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var @case = await access.CaseAsync(actor, id, ct);
        var stream = AuditStreams.ForCase(id);
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.Stream == stream).OrderBy(e => e.Sequence).ToListAsync(ct);
        // The case's item marks which form fields are personal; masked by their format's rule.
        IReadOnlyList<FormField>? form = AccessPolicy.SeesPersonalDataInFull(actor) ? null
            : (await db.ServiceItems.AsNoTracking().SingleAsync(s => s.Id == @case.ServiceItemId, ct)).FormFields;
        return TypedResults.Ok(rows.Select(e => ToDto(e, form)).ToList());
    }

    /// <summary>Recomputes the case's chain: valid, or the first broken event, or events missing from the end.</summary>
    public static async Task<Ok<AuditVerification>> VerifyCase(long id, AccessPolicy access, ActorAccessor actors, AuditVerifier verifier, CancellationToken ct)
    {
        await access.CaseAsync(await actors.GetAsync(ct), id, ct);
        return TypedResults.Ok(await verifier.VerifyAsync(AuditStreams.ForCase(id), ct));
    }

    public static async Task<Ok<List<AuditEventDto>>> StreamEvents(string stream, CaseFlowDbContext db, ActorAccessor actors, CancellationToken ct,
        long after = 0, int take = 200)
    {
        await RequireAdminAsync(actors, stream, ct);
        if (take is < 1 or > 1000) throw new DomainValidationException("take", "take must be between 1 and 1000.");
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.Stream == stream && e.Sequence > after).OrderBy(e => e.Sequence).Take(take).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(e => ToDto(e, maskBy: null)).ToList());
    }

    public static async Task<Ok<AuditVerification>> VerifyStream(string stream, ActorAccessor actors, AuditVerifier verifier, CancellationToken ct)
    {
        await RequireAdminAsync(actors, stream, ct);
        return TypedResults.Ok(await verifier.VerifyAsync(stream, ct));
    }

    private static async Task RequireAdminAsync(ActorAccessor actors, string stream, CancellationToken ct)
    {
        await actors.RequireAdminAsync("The catalog, definitions and rights audit trails are for administrators.", ct);
        if (!AuditStreams.Named.Contains(stream))
            throw new DomainNotFoundException($"No audit stream '{stream}': choose one of {string.Join(", ", AuditStreams.Named)} (a case's is under /api/cases/{{id}}/audit).");
    }

    /// <param name="maskBy">The form schema to mask personal data by; null shows it in full.</param>
    private static AuditEventDto ToDto(AuditEvent e, IReadOnlyList<FormField>? maskBy)
    {
        // A tampered payload may not even be JSON: it is still listed, as far as it can be read (verify names it).
        JsonObject? payload = null;
        try
        {
            payload = JsonNode.Parse(e.Payload) as JsonObject;
        }
        catch (JsonException)
        {
        }
        var changes = payload?["changes"] as JsonObject;
        var units = (payload?["orgUnits"] as JsonArray ?? []).Select(Text).OfType<string>().ToList();
        return new AuditEventDto(e.Sequence, payload?["atUtc"] is JsonValue at && at.TryGetValue<DateTime>(out var when) ? when : null,
            Text(payload?["subject"]), Text(payload?["subjectId"]), Text(payload?["action"]), Text(payload?["actor"]), units,
            changes is null ? null : maskBy is not null ? AuditMasking.Mask(changes, maskBy) : (JsonObject)changes.DeepClone(), e.Algorithm, e.PreviousHash, e.Hash);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
