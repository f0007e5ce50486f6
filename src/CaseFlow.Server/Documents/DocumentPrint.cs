using System.Text.Json.Nodes;
using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Documents;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Documents.Kinds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Documents;

/// <summary>
/// The printed form of any document of a case (README "Documents"): rendered from its stored, hashed content by its kind's
/// renderer, personal data masked per the reader's rights, the QR code linking to <c>{Documents:TrackingBaseUrl}/track</c>.
/// </summary>
public static class DocumentPrint
{
    public static readonly IReadOnlyDictionary<DocumentKind, IDocumentRenderer> Renderers = new IDocumentRenderer[]
    {
        new AcceptanceNoticeRenderer(), new SupplementNoticeRenderer(), new NonAcceptanceDecisionRenderer(), new ApprovalDecisionRenderer(),
        new RejectionDecisionRenderer(), new ServiceRecordRenderer(), new ClockStopNoticeRenderer(), new ExtensionNoticeRenderer(), new ArchivePackageRenderer(),
    }.ToDictionary(r => r.Kind);

    public static async Task<ContentHttpResult> PrintAsync(long id, long documentId, CaseFlowDbContext db, AccessPolicy access, ActorAccessor actors,
        IConfiguration configuration, HttpRequest request, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var @case = await access.CaseAsync(actor, id, ct);
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == id, ct)
            ?? throw new DomainNotFoundException($"Document {documentId} of case {id} not found.");
        var renderer = Renderers.GetValueOrDefault(document.Kind) ?? throw new DomainNotFoundException($"Document {documentId} has no printable form.");
        var item = @case.ServiceItem ?? await db.ServiceItems.AsNoTracking().SingleAsync(s => s.Id == @case.ServiceItemId, ct);
        var unitId = document.IssuingUnitId ?? DocumentIssuing.DecidingUnitId(@case);
        var unit = await db.OrgUnits.AsNoTracking().Where(o => o.Id == unitId).Select(o => o.Name).SingleAsync(ct);
        var handler = document.IssuerId is "" or "system" ? "系统自动办理"
            : await db.Users.AsNoTracking().Where(u => u.UserName == document.IssuerId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? document.IssuerId;
        var numbers = await db.Documents.AsNoTracking().Where(d => d.CaseId == id && d.Number != null).Select(d => new { d.Sha256, d.Number }).ToListAsync(ct);
        var baseUrl = configuration["Documents:TrackingBaseUrl"] is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}{request.PathBase}";
        var context = new PrintContext(document, JsonNode.Parse(document.ContentJson) as JsonObject ?? [], @case, item, unit, handler,
            TrackingQr.Url(baseUrl, @case.CaseNo), AccessPolicy.SeesPersonalDataInFull(actor), numbers.GroupBy(n => n.Sha256).ToDictionary(g => g.Key, g => g.First().Number!));
        return TypedResults.Content(DocumentLayout.Render(context, renderer), "text/html; charset=utf-8");
    }
}
