using System.Globalization;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents;

/// <summary>What a document's print needs: the document, its case and item, the issuing unit, the handler and the caller's rights.</summary>
public sealed record PrintContext(CaseDocument Document, JsonObject Content, Case Case, ServiceItem Item, string IssuingUnit, string Handler,
    string TrackingUrl, bool FullPersonalData, IReadOnlyDictionary<string, string> NumbersBySha)
{
    public string? Text(string name) => Content[name] is JsonValue v && v.ToString() is { Length: > 0 } s ? s : null;

    public string? Text(string parent, string name) => Content[parent]?[name] is JsonValue v && v.ToString() is { Length: > 0 } s ? s : null;

    /// <summary>A stored UTC time (ISO 8601) as a Beijing date.</summary>
    public static string? Date(string? iso) =>
        DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? DateOf(utc) : null;

    public static string DateOf(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DomainClock.ChinaTime).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string DateTimeOf(string? iso) =>
        DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? TimeZoneInfo.ConvertTimeFromUtc(utc, DomainClock.ChinaTime).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) : "";

    // Personal data as every other answer shows it (README "Personal data"): in full for admins only.
    public string IdNumber => FullPersonalData ? Case.Applicant.IdNumber : Masking.IdNumber(Case.Applicant.IdNumber);
    public string Phone => FullPersonalData ? Case.Applicant.Phone : Masking.Phone(Case.Applicant.Phone);
    public string? Address(string? address) => string.IsNullOrWhiteSpace(address) ? null : FullPersonalData ? address : Masking.Address(address);
}

/// <summary>One kind of document as an office prints it: its title and body; the shared frame is <see cref="DocumentLayout"/>.</summary>
public interface IDocumentRenderer
{
    DocumentKind Kind { get; }

    /// <summary>Whether the applicant signs for receipt (签收) at the foot.</summary>
    bool ApplicantSigns => true;

    void Body(PrintContext context, DocumentHtml html);
}
