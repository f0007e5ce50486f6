using CaseFlow.Domain.Events;

namespace CaseFlow.Domain.Ratings;

/// <summary>A case was rated (any channel); a poor rating's rectification starts in the same write (<see cref="Rectifications"/>).</summary>
public sealed record RatingGiven(Rating Rating) : IDomainEvent;

/// <summary>An administrator voided a rating on appeal (申诉复核); it leaves the figures but stays in the audit chain.</summary>
public sealed record RatingVoided(Rating Rating) : IDomainEvent;
