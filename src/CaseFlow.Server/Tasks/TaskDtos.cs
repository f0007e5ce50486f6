using AutoMapper;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Tasks;

namespace CaseFlow.Server.Tasks;

public sealed record TaskDto(long Id, long CaseId, string CaseNo, string ItemName, string Title, string ActivityId, string ActivityType, string Role, long OrgUnitId,
    CaseTaskStatus Status, List<string> Outcomes, long? AssigneeUserId, string? Outcome, string? CompletedBy, string? CompletedOnBehalfOf, string? CancelReason,
    DateTime CreatedAtUtc, DateTime? ClosedAtUtc, DateTime? DueAtUtc, SlaLevel Level, long? SupervisesTaskId,
    /// <summary>The case's committed deadline and level: what the inbox sorts and filters by when the step has no limit of its own.</summary>
    DateTime? CaseDueAtUtc, SlaLevel CaseLevel, string ApplicantName, DateTime CaseReceivedAtUtc);

public sealed class TaskProfile : Profile
{
    public TaskProfile()
    {
        CreateMap<CaseTask, TaskDto>()
            .ForCtorParam(nameof(TaskDto.CaseNo), o => o.MapFrom(t => t.Case!.CaseNo))
            .ForCtorParam(nameof(TaskDto.ItemName), o => o.MapFrom(t => t.Case!.ItemName))
            .ForCtorParam(nameof(TaskDto.ApplicantName), o => o.MapFrom(t => t.Case!.Applicant.Name))
            .ForCtorParam(nameof(TaskDto.CaseReceivedAtUtc), o => o.MapFrom(t => t.Case!.ReceivedAtUtc));
    }
}
