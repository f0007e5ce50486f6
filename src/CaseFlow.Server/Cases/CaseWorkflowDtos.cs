using AutoMapper;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Workflows;
using CaseFlow.Server.Incidents;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;

namespace CaseFlow.Server.Cases;

/// <summary>
/// A case's workflow instance as the instance viewer draws it: the definition version it runs (with the designer's positions),
/// the path taken, where it waits now and its incidents.
/// </summary>
public sealed record CaseWorkflowDto(long CaseId, string CaseNo, string InstanceId, WorkflowStatus Status, WorkflowDefinition Definition,
    List<WorkflowStepDto> Path, List<TakenConnectionDto> TakenConnections, List<WaitingPointDto> Waiting, List<OpenStepTaskDto> OpenTasks,
    List<IncidentDto> Incidents);

/// <summary>One execution of an activity, from its start to its end (none while it waits or runs).</summary>
public sealed record WorkflowStepDto(int Order, string ActivityId, string ActivityType, string? Name, WorkflowStepState State, DateTime StartedAtUtc,
    DateTime? EndedAtUtc, string? Outcome, string? Actor);

public enum WorkflowStepState { Running, Waiting, Completed, Faulted, Cancelled, MovedBack }

/// <summary>A connection the instance followed (from an activity's outcome port), with how often.</summary>
public sealed record TakenConnectionDto(string From, string Port, string To, int Times);

/// <summary>An open bookmark: a task, an event (补正, 签收) or a timer the instance waits for.</summary>
public sealed record WaitingPointDto(string ActivityId, string Kind, string Name, DateTime CreatedAtUtc, DateTime? DueAtUtc);

public sealed record OpenStepTaskDto(long Id, string ActivityId, string Title, string Role, CaseTaskStatus Status, bool Claimed, DateTime CreatedAtUtc, DateTime? DueAtUtc);

public sealed class CaseWorkflowProfile : Profile
{
    public CaseWorkflowProfile()
    {
        CreateMap<BookmarkRecord, WaitingPointDto>();
        CreateMap<CaseTask, OpenStepTaskDto>()
            .ForCtorParam(nameof(OpenStepTaskDto.Claimed), o => o.MapFrom(t => t.AssigneeUserId != null));
    }
}
