using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CaseFlow.Domain.Documents;

/// <summary>A stored document with its hash (docs/decisions.md, decision 9), referenced by the case and its archive package.</summary>
public sealed class CaseDocument : Audit.IAuditedEntity
{
    string Audit.IAuditedEntity.AuditStream => Audit.AuditStreams.ForCase(CaseId);

    public long Id { get; set; }
    public long CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public DocumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string ContentJson { get; set; } = "{}";
    public string Sha256 { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>文号, e.g. 渝中行审受〔2026〕12号: per issuing unit, year and kind, given at the save (<see cref="DocumentNumbering"/>).</summary>
    public string? Number { get; set; }
    /// <summary>The unit in whose name the document is issued (its seal).</summary>
    public long? IssuingUnitId { get; set; }
    /// <summary>The user name of the handler (经办人) who issued it; <c>system</c> for a timer.</summary>
    public string IssuerId { get; set; } = "";

    // Stored as readable Chinese, not \u escapes: the content is data, never embedded in HTML as is.
    private static readonly JsonSerializerOptions Storage = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CaseDocument Create(Cases.Case @case, DocumentKind kind, string title, JsonObject content, DateTime now, string issuerId = "system", long? issuingUnitId = null)
    {
        var json = content.ToJsonString(Storage);
        return new CaseDocument
        {
            Case = @case,
            CaseId = @case.Id,
            Kind = kind,
            Title = title,
            ContentJson = json,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            CreatedAtUtc = now,
            IssuerId = issuerId,
            IssuingUnitId = issuingUnitId,
        };
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<DocumentKind>))]
public enum DocumentKind
{
    /// <summary>受理通知书</summary>
    AcceptanceNotice,
    /// <summary>一次性告知书</summary>
    SupplementNotice,
    /// <summary>不予受理决定书</summary>
    NonAcceptanceDecision,
    /// <summary>准予许可决定书</summary>
    ApprovalDecision,
    /// <summary>不予许可决定书</summary>
    RejectionDecision,
    /// <summary>送达回证</summary>
    ServiceRecord,
    /// <summary>归档包</summary>
    ArchivePackage,
    /// <summary>暂停计算期限告知书 (行政许可法 art. 45)</summary>
    ClockStopNotice,
    /// <summary>延长审批期限告知书 (行政许可法 art. 42)</summary>
    ExtensionNotice,
}
