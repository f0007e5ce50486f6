using System.Text.Json.Serialization;
using CaseFlow.Domain.Audit;

namespace CaseFlow.Domain.Catalog;

/// <summary>
/// 政务服务事项, one version of it. A case pins the version it started on (docs/decisions.md, decision 10), so a new version is a new row.
/// </summary>
public sealed class ServiceItem : IAuditedEntity
{
    public long Id { get; set; }
    /// <summary>基本编码 (12).</summary>
    public string BasicCode { get; set; } = "";
    /// <summary>实施编码 (≤ 36).</summary>
    public string ImplementationCode { get; set; } = "";
    public int Version { get; set; } = 1;
    public bool IsCurrent { get; set; }
    public string Name { get; set; } = "";
    /// <summary>事项类型 code (01 行政许可 … 20 公共服务) and its name.</summary>
    public string Type { get; set; } = "";
    public string TypeName { get; set; } = "";
    /// <summary>设定依据.</summary>
    public string LegalBasis { get; set; } = "";
    /// <summary>行使层级 1 national … 6 village, 7 tiered.</summary>
    public int Level { get; set; }
    public CaseType CaseType { get; set; }
    /// <summary>Which side raises acceptance (受理): the intake window or the home department (docs/decisions.md, decision 5).</summary>
    public AcceptingSide AcceptedBy { get; set; }
    public List<string> CrossRegionScopes { get; set; } = [];
    /// <summary>The kind of department that decides (公安, 民政, …): routing picks that department in the home region.</summary>
    public string HomeDepartmentCategory { get; set; } = "";
    public TimeLimit StatutoryLimit { get; set; } = new();
    public TimeLimit CommittedLimit { get; set; } = new();
    public string Fee { get; set; } = "";
    public string ResultName { get; set; } = "";
    public List<DeliveryMethod> DeliveryOptions { get; set; } = [];
    public string DefinitionId { get; set; } = "";
    public List<SpecialProcedure> SpecialProcedures { get; set; } = [];
    public List<FormField> FormFields { get; set; } = [];
    public List<Situation> Situations { get; set; } = [];
    public List<ReviewPoint> ReviewPoints { get; set; } = [];
    /// <summary>Review and delivery limits, the extension and the escalation policy (defaults when the item says nothing).</summary>
    public Deadlines.ItemTimekeeping Timekeeping { get; set; } = new();
    public string ContentHash { get; set; } = "";
    public DateTime ImportedAtUtc { get; set; }

    string IAuditedEntity.AuditStream => AuditStreams.Catalog;
}

[JsonConverter(typeof(JsonStringEnumConverter<CaseType>))]
public enum CaseType { Immediate, Committed }

[JsonConverter(typeof(JsonStringEnumConverter<AcceptingSide>))]
public enum AcceptingSide { Window, HomeDepartment }

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryMethod>))]
public enum DeliveryMethod { Mail, Window }

[JsonConverter(typeof(JsonStringEnumConverter<LimitUnit>))]
public enum LimitUnit { WorkingDays, Days, WorkingHours }

/// <summary>A time limit as <c>{value, unit}</c> (docs/decisions.md, decision 7).</summary>
public sealed class TimeLimit
{
    public int Value { get; set; }
    public LimitUnit Unit { get; set; } = LimitUnit.WorkingDays;
    public string? Note { get; set; }

    public string Describe() => Value == 0 && Unit == LimitUnit.WorkingDays ? "即办" : Value + Unit switch
    {
        LimitUnit.WorkingDays => "个工作日",
        LimitUnit.Days => "日",
        _ => "个工作小时",
    };
}

/// <summary>特别程序: e.g. 专家评审; whether it counts in the limit.</summary>
public sealed class SpecialProcedure
{
    public string Name { get; set; } = "";
    public TimeLimit? Limit { get; set; }
    public string Basis { get; set; } = "";
    public bool CountsInLimit { get; set; }
}

/// <summary>办事情形: a situation with its own list of materials.</summary>
public sealed class Situation
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<MaterialRequirement> Materials { get; set; } = [];
}

public sealed class MaterialRequirement
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Required { get; set; }
    public bool OriginalRequired { get; set; }
    /// <summary>Can be taken from an electronic licence (免提交).</summary>
    public bool ElectronicLicence { get; set; }
    public int Copies { get; set; } = 1;
    public string? Note { get; set; }
}

/// <summary>审核要点: what passes, what needs 补正, what is rejected, with the legal basis.</summary>
public sealed class ReviewPoint
{
    public string Code { get; set; } = "";
    public string Text { get; set; } = "";
    public string Pass { get; set; } = "";
    public string Supplement { get; set; } = "";
    public string Reject { get; set; } = "";
    public string Basis { get; set; } = "";
}
