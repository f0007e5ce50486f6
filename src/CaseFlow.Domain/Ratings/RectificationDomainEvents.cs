using CaseFlow.Domain.Events;

namespace CaseFlow.Domain.Ratings;

/// <summary>A poor rating's rectification started (差评整改).</summary>
public sealed record RectificationStarted(Rectification Rectification) : IDomainEvent;

/// <summary>One of its steps (核实, 整改, 回访) was done.</summary>
public sealed record RectificationStepDone(Rectification Rectification, RectificationStep Step) : IDomainEvent;

/// <summary>The applicant was followed up: the rectification ended.</summary>
public sealed record RectificationCompleted(Rectification Rectification) : IDomainEvent;

/// <summary>Ended without a result: its rating was voided on appeal, or its instance given up.</summary>
public sealed record RectificationCancelled(Rectification Rectification) : IDomainEvent;
