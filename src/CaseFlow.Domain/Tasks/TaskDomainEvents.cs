using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Events;

namespace CaseFlow.Domain.Tasks;

/// <summary>A workflow task entered its inbox, with the escalation policy its step carries (null: the item's).</summary>
public sealed record TaskCreated(CaseTask Task, EscalationPolicy? Policy) : IDomainEvent;

/// <summary>A task left its inbox, completed or cancelled.</summary>
public sealed record TaskClosed(CaseTask Task) : IDomainEvent;
