using AutoMapper;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Tasks;

namespace CaseFlow.Server.Tasks;

public sealed record TaskDto(long Id, long CaseId, string CaseNo, string ItemName, string Title, string ActivityId, string ActivityType, string Role, long OrgUnitId,
    CaseTaskStatus Status, List<string> Outcomes, long? AssigneeUserId, string? Outcome, string? CompletedBy, string? CompletedOnBehalfOf, string? CancelReason,
    DateTime CreatedAtUtc, DateTime? ClosedAtUtc, DateTime? DueAtUtc, SlaLevel Level, long? SupervisesTaskId,
    /// <summary>The case's committed deadline and level: what the inbox sorts and filters by when the step has no limit of its own.</summary>
    DateTime? CaseDueAtUtc, SlaLevel CaseLevel,
    /// <summary>Masked (姓名 keeps the surname): the list is read over the counter.</summary>
    string ApplicantName, DateTime CaseReceivedAtUtc,
    long IntakeWindowId, long? HomeDepartmentId, string? HomeRegionCode,
    /// <summary>Filled by <see cref="TaskRows"/>: the intake window's and the home department's names.</summary>
    string IntakeWindowName, string? HomeDepartmentName,
    /// <summary>Working days from today to the step's (else the case's) deadline on the work calendar, negative when overdue; null when closed or undated.</summary>
    int? WorkingDaysLeft);

/// <summary>Someone a task may be transferred to (转办): an active user holding its role over its unit.</summary>
public sealed record TransferCandidateDto(string UserName, string DisplayName, string Role);

public sealed class TaskProfile : Profile
{
    public TaskProfile()
    {
        CreateMap<CaseTask, TaskDto>()
            .ForCtorParam(nameof(TaskDto.CaseNo), o => o.MapFrom(t => t.Case!.CaseNo))
            .ForCtorParam(nameof(TaskDto.ItemName), o => o.MapFrom(t => t.Case!.ItemName))
            .ForCtorParam(nameof(TaskDto.ApplicantName), o => o.MapFrom(t => Masking.PersonName(t.Case!.Applicant.Name)))
            .ForCtorParam(nameof(TaskDto.CaseReceivedAtUtc), o => o.MapFrom(t => t.Case!.ReceivedAtUtc))
            .ForCtorParam(nameof(TaskDto.IntakeWindowId), o => o.MapFrom(t => t.Case!.IntakeWindowId))
            .ForCtorParam(nameof(TaskDto.HomeDepartmentId), o => o.MapFrom(t => t.Case!.HomeDepartmentId))
            .ForCtorParam(nameof(TaskDto.HomeRegionCode), o => o.MapFrom(t => t.Case!.HomeRegionCode))
            .ForCtorParam(nameof(TaskDto.IntakeWindowName), o => o.MapFrom(t => ""))
            .ForCtorParam(nameof(TaskDto.HomeDepartmentName), o => o.MapFrom(t => (string?)null))
            .ForCtorParam(nameof(TaskDto.WorkingDaysLeft), o => o.MapFrom(t => (int?)null));
    }
}
