using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Common;
using CaseFlow.Workflows.Runtime;

namespace CaseFlow.Domain.Workflows;

/// <summary>One version of a definition: a draft while unpublished, frozen once published.</summary>
public sealed class WorkflowDefinitionRecord : IVersioned, IAuditedEntity
{
    public long Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string Name { get; set; } = "";
    public bool IsPublished { get; private set; }
    public string Json { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; private set; }
    public string? PublishedBy { get; private set; }
    public int Version { get; set; }

    string IAuditedEntity.AuditStream => AuditStreams.Definitions;

    public void Publish(string by, DateTime now)
    {
        if (IsPublished) throw new DomainConflictException($"{DefinitionId} v{DefinitionVersion} is already published; a published version never changes.");
        IsPublished = true;
        PublishedAtUtc = now;
        PublishedBy = by;
    }

    /// <summary>Replaces a draft's content; a published version never changes.</summary>
    public void Edit(string name, string json, string contentHash)
    {
        if (IsPublished) throw new DomainConflictException($"{DefinitionId} v{DefinitionVersion} is published and immutable; edit a new draft instead.");
        Name = name;
        Json = json;
        ContentHash = contentHash;
    }
}

public sealed class WorkflowInstanceRecord : IVersioned
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    /// <summary>What the instance works on (docs/decisions.md, decision 11); "case" for now.</summary>
    public string SubjectType { get; set; } = "";
    public long? CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public WorkflowStatus Status { get; set; }
    public string StateJson { get; set; } = "";
    public string? ParentInstanceId { get; set; }
    public string? ParentBookmarkId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
}

/// <summary>An open bookmark, indexed so events and timers find their instance without loading every state.</summary>
public sealed class BookmarkRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string? CorrelationKey { get; set; }
    public DateTime? DueAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

public sealed class JournalRecord
{
    public long Id { get; set; }
    public string InstanceId { get; set; } = "";
    public string TokenId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public JournalEvent Event { get; set; }
    public string? Outcome { get; set; }
    public string? Message { get; set; }
    public string? Actor { get; set; }
    public DateTime AtUtc { get; set; }
}

public sealed class IncidentRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public long? CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public string ActivityId { get; set; } = "";
    public string Message { get; set; } = "";
    public IncidentStatus Status { get; private set; } = IncidentStatus.Open;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public string? ClosedBy { get; private set; }

    /// <summary>Closes an open incident; a closed one stays as it was (a retry may report it resolved twice).</summary>
    public bool Close(bool cancelled, string actor, DateTime nowUtc)
    {
        if (Status != IncidentStatus.Open) return false;
        Status = cancelled ? IncidentStatus.Cancelled : IncidentStatus.Resolved;
        ClosedAtUtc = nowUtc;
        ClosedBy = actor;
        return true;
    }
}

public enum IncidentStatus { Open, Resolved, Cancelled }

/// <summary>An event that arrived before its bookmark existed; delivered when the bookmark appears.</summary>
public sealed class PendingEvent
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string CorrelationKey { get; set; } = "";
    public string? PayloadJson { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
}
