using System.Text.Json.Serialization;
using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Deadlines;

/// <summary>A period not counted in the limits (行政许可法 art. 45, and a supplement the deciding department asks for).</summary>
public sealed class ExcludedPeriod : IVersioned, Audit.IAuditedEntity
{
    string Audit.IAuditedEntity.AuditStream => Audit.AuditStreams.ForCase(CaseId);

    public long Id { get; set; }
    public long CaseId { get; set; }
    public ExclusionReason Reason { get; set; }
    public string? Note { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public string StartedBy { get; set; } = "";
    public DateTime? EndedAtUtc { get; private set; }
    public string? EndedBy { get; private set; }
    public int Version { get; set; }

    public bool IsOpen => EndedAtUtc is null;

    public void End(DateTime now, string by)
    {
        if (!IsOpen) throw new DomainConflictException($"Excluded period {Id} has already ended.");
        if (now < StartedAtUtc) throw new DomainValidationException("endedAt", "An excluded period cannot end before it started.");
        EndedAtUtc = now;
        EndedBy = by;
    }

    public static string Describe(ExclusionReason reason) => reason switch
    {
        ExclusionReason.Hearing => "听证",
        ExclusionReason.Tender => "招标",
        ExclusionReason.Auction => "拍卖",
        ExclusionReason.Inspection => "检验",
        ExclusionReason.Testing => "检测",
        ExclusionReason.Quarantine => "检疫",
        ExclusionReason.Appraisal => "鉴定",
        ExclusionReason.ExpertReview => "专家评审",
        ExclusionReason.PublicNotice => "公示",
        _ => "补正材料",
    };
}

[JsonConverter(typeof(JsonStringEnumConverter<ExclusionReason>))]
public enum ExclusionReason { Hearing, Tender, Auction, Inspection, Testing, Quarantine, Appraisal, ExpertReview, PublicNotice, Supplement }
