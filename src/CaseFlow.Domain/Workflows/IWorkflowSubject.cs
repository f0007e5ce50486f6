using System.Text.Json.Nodes;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;

namespace CaseFlow.Domain.Workflows;

/// <summary>
/// What a workflow instance runs for: a case today (<see cref="CaseSubject"/>); a rating rectification or a bundle application
/// (一件事一次办) next. The host knows subjects only through this; the subject itself is what the host lends the activities
/// of a step (<see cref="RunOptions.Subject"/>), so they get what they need through their context (docs/architecture.md).
/// </summary>
public interface IWorkflowSubject
{
    /// <summary>The instance row's <c>SubjectType</c>.</summary>
    string Type { get; }

    /// <summary>What expressions see as <c>case</c>: a JSON copy, never the entity.</summary>
    JsonObject Snapshot();

    /// <summary>The entities whose domain events the host dispatches after each step.</summary>
    IEnumerable<DomainEventSource> EventSources { get; }

    /// <summary>Links a new instance to the subject (the subject's first instance begins its handling).</summary>
    void Attach(WorkflowInstanceRecord instance, WorkflowDefinition definition);

    /// <summary>Links a row the step writes for the instance to the subject.</summary>
    void Link(TimerRecord timer);

    void Link(IncidentRecord incident);

    /// <summary>The inbox task for a task bookmark; <paramref name="node"/> is the activity that asked for it.</summary>
    Task<CaseTask> NewTaskAsync(WorkflowInstanceRecord instance, Bookmark bookmark, ActivityNode? node, DateTime now, CancellationToken ct);

    /// <summary>A step of one of its instances ended.</summary>
    void StepCompleted(DateTime now);

    /// <summary>An instance of it was cancelled (an incident given up).</summary>
    void Cancelled(DateTime now);
}

/// <summary>Finds the subject of a stored instance, for the subject type it serves.</summary>
public interface IWorkflowSubjectLoader
{
    string Type { get; }

    /// <summary>The subject, or null when the instance has none (a definition run on its own).</summary>
    Task<IWorkflowSubject?> LoadAsync(WorkflowInstanceRecord instance, CancellationToken ct);
}
