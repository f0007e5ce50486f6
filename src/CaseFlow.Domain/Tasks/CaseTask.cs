using System.Text.Json.Serialization;
using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Events;

namespace CaseFlow.Domain.Tasks;

/// <summary>A human step in an inbox: one per task bookmark (docs/decisions.md, decision 2), assigned to a role in an org unit.</summary>
public sealed class CaseTask : DomainEventSource, IVersioned, IAuditedEntity
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public string InstanceId { get; set; } = "";
    public string BookmarkId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Title { get; set; } = "";
    public string Role { get; set; } = "";
    public long OrgUnitId { get; set; }
    public string? BranchId { get; set; }
    public List<string> Outcomes { get; set; } = [];
    public CaseTaskStatus Status { get; private set; } = CaseTaskStatus.Open;
    public long? AssigneeUserId { get; private set; }
    public string? Outcome { get; private set; }
    public string? CompletedBy { get; private set; }
    /// <summary>委托: the user the completer acted for, when a delegate acted.</summary>
    public string? CompletedOnBehalfOf { get; private set; }
    public string? CancelReason { get; private set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>The step's own limit, when its activity sets one (the <c>limit</c> prop).</summary>
    public DateTime? DueAtUtc { get; set; }
    public Deadlines.SlaLevel Level { get; private set; } = Deadlines.SlaLevel.Green;
    /// <summary>Set for a supervision order (督办): the task it supervises.</summary>
    public long? SupervisesTaskId { get; set; }
    public DateTime? ClaimedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    /// <summary>What 时效考核 counts, recorded when the step completes (docs/decisions.md, decision 33); false on steps completed before it existed.</summary>
    public bool FiguresRecorded { get; private set; }
    public bool? OnTime { get; private set; }
    public double? UsedShare { get; private set; }
    public int Version { get; set; }

    string IAuditedEntity.AuditStream => AuditStreams.ForCase(CaseId);

    public bool IsOpen => Status is CaseTaskStatus.Open or CaseTaskStatus.Claimed;

    public const string SupervisionOrderType = "SupervisionOrder";

    /// <summary>A supervision order is a task of its own, outside the workflow: completing it resumes nothing.</summary>
    public bool IsSupervisionOrder => ActivityType == SupervisionOrderType;

    /// <summary>The workflow's task enters its inbox; <paramref name="stepPolicy"/> is its step's escalation policy, if it has one.</summary>
    public void Publish(Deadlines.EscalationPolicy? stepPolicy) => AddDomainEvent(new TaskCreated(this, stepPolicy));

    public bool Raise(Deadlines.SlaLevel level)
    {
        if (!IsOpen || level <= Level) return false;
        Level = level;
        return true;
    }

    /// <summary>转派 by an escalation policy: the task goes back to the queue of another role.</summary>
    public void Reassign(string role)
    {
        if (!IsOpen) throw new DomainConflictException($"Task {Id} is {Status}.");
        Role = role;
        AssigneeUserId = null;
        Status = CaseTaskStatus.Open;
        ClaimedAtUtc = null;
    }

    public void Claim(long userId, DateTime now)
    {
        if (!IsOpen) throw new DomainConflictException($"Task {Id} is {Status}.");
        if (AssigneeUserId is { } other && other != userId) throw new DomainConflictException($"Task {Id} is claimed by someone else.");
        AssigneeUserId = userId;
        Status = CaseTaskStatus.Claimed;
        ClaimedAtUtc = now;
    }

    public void Complete(string outcome, long userId, string userName, DateTime now, long? actingForUserId = null, string? actingForUserName = null)
    {
        if (!IsOpen) throw new DomainConflictException($"Task {Id} is {Status}.");
        if (AssigneeUserId is { } other && other != userId && other != actingForUserId) throw new DomainConflictException($"Task {Id} is claimed by someone else.");
        AssigneeUserId ??= userId;
        Status = CaseTaskStatus.Completed;
        Outcome = outcome;
        CompletedBy = userName;
        CompletedOnBehalfOf = AssigneeUserId == actingForUserId ? actingForUserName : null;
        ClosedAtUtc = now;
        AddDomainEvent(new TaskClosed(this));
    }

    public void RecordFigures(Reports.StepFigures figures)
    {
        if (Status != CaseTaskStatus.Completed) throw new DomainConflictException($"Task {Id} is {Status}: only a completed step has figures.");
        (FiguresRecorded, OnTime, UsedShare) = (true, figures.OnTime, figures.UsedShare);
    }

    /// <summary>Back to the queue: the claimer lets go of it.</summary>
    public void Release(long userId)
    {
        if (Status != CaseTaskStatus.Claimed || AssigneeUserId != userId) throw new DomainConflictException($"Task {Id} is not claimed by you.");
        Release();
    }

    /// <summary>Back to its queue, unclaimed: its assignee let go or left (deactivated, or no longer holding its role there).</summary>
    public void Release()
    {
        if (Status != CaseTaskStatus.Claimed) return;
        AssigneeUserId = null;
        Status = CaseTaskStatus.Open;
        ClaimedAtUtc = null;
    }

    /// <summary>转办: to a named user (claimed for them) or to a role's queue in the same org unit.</summary>
    public void Transfer(long? toUserId, string? toRole, DateTime now)
    {
        if (!IsOpen) throw new DomainConflictException($"Task {Id} is {Status}.");
        if (toRole is not null) Role = toRole;
        AssigneeUserId = toUserId;
        Status = toUserId is null ? CaseTaskStatus.Open : CaseTaskStatus.Claimed;
        ClaimedAtUtc = toUserId is null ? null : now;
    }

    /// <summary>Leaves the inbox with a reason (Join-any, return, withdraw, end of the flow).</summary>
    public void Cancel(string reason, DateTime now)
    {
        if (!IsOpen) return;
        Status = CaseTaskStatus.Cancelled;
        CancelReason = reason;
        ClosedAtUtc = now;
        AddDomainEvent(new TaskClosed(this));
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<CaseTaskStatus>))]
public enum CaseTaskStatus { Open, Claimed, Completed, Cancelled }
