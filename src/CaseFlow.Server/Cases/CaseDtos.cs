using System.Text.Json;
using AutoMapper;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Cases;

public sealed record CaseSummaryDto(long Id, string CaseNo, string ItemName, string ImplementationCode, string ApplicantName, string ApplicantIdNumber,
    string ApplicantPhone, CaseStatus Status, CaseOutcome Outcome, HandlingMode HandlingMode, DateTime ReceivedAtUtc, DateTime? AcceptedAtUtc, DateTime? ArchivedAtUtc);

public sealed class CaseDto
{
    public long Id { get; init; }
    public string CaseNo { get; init; } = "";
    public string ItemName { get; init; } = "";
    public string ImplementationCode { get; init; } = "";
    public string SituationCode { get; init; } = "";
    public string ApplicantName { get; init; } = "";
    /// <summary>Masked (身份证号 and phone are personal data).</summary>
    public string ApplicantIdNumber { get; init; } = "";
    public string ApplicantPhone { get; init; } = "";
    public CaseStatus Status { get; init; }
    public CaseOutcome Outcome { get; init; }
    public string? DecisionBasis { get; init; }
    public Channel Channel { get; init; }
    public HandlingMode HandlingMode { get; init; }
    public long IntakeWindowId { get; init; }
    public long? HomeDepartmentId { get; init; }
    public string DefinitionId { get; init; } = "";
    public int DefinitionVersion { get; init; }
    /// <summary>The application form; fields its item's schema marks personal are masked unless the reader is an admin (README "Personal data").</summary>
    public JsonElement Form { get; init; }
    public List<CaseMaterial> Materials { get; init; } = [];
    public DeliveryMethod DeliveryMethod { get; init; }
    public string? Waybill { get; init; }
    public int Trips { get; init; }
    public int SupplementRounds { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public DateTime? AcceptedAtUtc { get; init; }
    public DateTime? DecidedAtUtc { get; init; }
    public DateTime? DeliveredAtUtc { get; init; }
    public DateTime? ArchivedAtUtc { get; init; }
    /// <summary>The worst level of the running clocks (green, yellow 预警, red 超期).</summary>
    public SlaLevel Level { get; init; }
    public bool DeemedAccepted { get; init; }
    /// <summary>帮办代办; the agent's ID number and phone are masked.</summary>
    public AssistanceDto? Assistance { get; init; }
    public DateTime? StalledSinceUtc { get; init; }
    public List<ClockDto> Clocks { get; set; } = [];
    public List<ExcludedPeriodDto> ExcludedPeriods { get; set; } = [];
}

/// <summary>One clock with its deadline and the working time used against its limit (extension included).</summary>
public sealed record ClockDto(ClockKind Kind, string Name, TimeLimit Limit, TimeLimit? Extension, DateTime StartedAtUtc, DateOnly? DueDate, DateTime DueAtUtc,
    DateTime WarningAtUtc, SlaLevel Level, bool OnFallback, bool Paused, DateTime? StoppedAtUtc, bool? OnTime, double Used, double LimitValue, string Unit);

public sealed record AssistanceDto(AssistanceKind Kind, string Reason, string ClerkUserName, string? AgentName, string? AgentIdNumber, string? AgentPhone);

public sealed record ExcludedPeriodDto(long Id, ExclusionReason Reason, string ReasonName, string? Note, DateTime StartedAtUtc, DateTime? EndedAtUtc, string StartedBy, string? EndedBy);

public sealed record TimelineEntryDto(DateTime AtUtc, string Actor, string Kind, string Summary);

/// <summary>A document of the case: <c>number</c> is its 文号, <c>issuerId</c> the handler's user name; print it at <c>…/documents/{id}/print</c>.</summary>
public sealed record DocumentDto(long Id, DocumentKind Kind, string Title, string Sha256, DateTime CreatedAtUtc, string ContentJson, string? Number, string IssuerId, long? IssuingUnitId);

/// <summary>Cases to wire shapes; personal data is masked here, once.</summary>
public sealed class CaseProfile : Profile
{
    /// <summary>Mapping option: true when the reader sees personal form fields in full (<c>AccessPolicy.SeesPersonalDataInFull</c>).</summary>
    public const string FullPersonalData = "fullPersonalData";

    /// <summary>The form, its personal fields masked unless the caller said the reader sees them in full; without the item's schema, every value is masked.</summary>
    private static JsonElement FormOf(Case c, ResolutionContext context)
    {
        var form = c.FormData;
        if (!(context.TryGetItems(out var items) && items.TryGetValue(FullPersonalData, out var full) && full is true))
            form = c.ServiceItem is { } item ? Masking.Form(item.FormFields, form)
                : Masking.Form(form.Select(p => new FormField { Name = p.Key, Personal = true }).ToList(), form);
        return JsonSerializer.SerializeToElement(form);
    }

    public CaseProfile()
    {
        CreateMap<Case, CaseSummaryDto>()
            .ForCtorParam(nameof(CaseSummaryDto.ApplicantName), o => o.MapFrom(c => c.Applicant.Name))
            .ForCtorParam(nameof(CaseSummaryDto.ApplicantIdNumber), o => o.MapFrom(c => Masking.IdNumber(c.Applicant.IdNumber)))
            .ForCtorParam(nameof(CaseSummaryDto.ApplicantPhone), o => o.MapFrom(c => Masking.Phone(c.Applicant.Phone)));
        CreateMap<Case, CaseDto>()
            .ForMember(d => d.ApplicantName, o => o.MapFrom(c => c.Applicant.Name))
            .ForMember(d => d.ApplicantIdNumber, o => o.MapFrom(c => Masking.IdNumber(c.Applicant.IdNumber)))
            .ForMember(d => d.ApplicantPhone, o => o.MapFrom(c => Masking.Phone(c.Applicant.Phone)))
            .ForMember(d => d.Form, o => o.MapFrom((c, _, _, context) => FormOf(c, context)));
        CreateMap<Assistance, AssistanceDto>()
            .ForCtorParam(nameof(AssistanceDto.AgentIdNumber), o => o.MapFrom(a => a.AgentIdNumber == null ? null : Masking.IdNumber(a.AgentIdNumber)))
            .ForCtorParam(nameof(AssistanceDto.AgentPhone), o => o.MapFrom(a => a.AgentPhone == null ? null : Masking.Phone(a.AgentPhone)));
        CreateMap<CaseEvent, TimelineEntryDto>();
        CreateMap<CaseDocument, DocumentDto>();
        CreateMap<ExcludedPeriod, ExcludedPeriodDto>().ForCtorParam(nameof(ExcludedPeriodDto.ReasonName), o => o.MapFrom(p => ExcludedPeriod.Describe(p.Reason)));
    }
}
