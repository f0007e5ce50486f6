using CaseFlow.Domain.Events;

namespace CaseFlow.Domain.Cases;

// What a case's own methods raise; the clocks, escalation and notifications react (docs/architecture.md, "Domain events").

/// <summary>The case's first workflow started: handling begins, and with it the form-review window.</summary>
public sealed record CaseHandlingStarted(Case Case) : IDomainEvent;

/// <summary>推送属地部门: the case entered Pushed, its deciding department set (the rates' summaries of its days are redone).</summary>
public sealed record CasePushed(Case Case) : IDomainEvent;

/// <summary>一次性告知 issued and the case waits for the applicant's supplement (round <see cref="Round"/>).</summary>
public sealed record SupplementRequested(Case Case, int Round, bool AfterAcceptance) : IDomainEvent;

/// <summary>The supplement came in: the case left 待补正 for the next step.</summary>
public sealed record SupplementReceived(Case Case) : IDomainEvent;

/// <summary>受理 by the window or the home department (not 视为受理).</summary>
public sealed record CaseAccepted(Case Case, DateTime AcceptedAtUtc) : IDomainEvent;

/// <summary>视为受理 (行政许可法 art. 32) as of <see cref="AsOfUtc"/>, the day the complete material arrived.</summary>
public sealed record CaseDeemedAccepted(Case Case, DateTime AsOfUtc) : IDomainEvent;

/// <summary>A decision: approved, rejected or not accepted.</summary>
public sealed record CaseDecided(Case Case, CaseOutcome Outcome) : IDomainEvent;

/// <summary>The result reached the applicant (mail signed for, or collected at the window).</summary>
public sealed record CaseDelivered(Case Case, DateTime DeliveredAtUtc, string By = "system", string? SignedBy = null) : IDomainEvent;

/// <summary>The case left handling for good: archived or cancelled.</summary>
public abstract record CaseClosed(Case Case) : IDomainEvent;

/// <summary>办结即归档.</summary>
public sealed record CaseArchived(Case Case) : CaseClosed(Case);

public sealed record CaseCancelled(Case Case) : CaseClosed(Case);

/// <summary>A workflow step on the open case ended (any step, whatever it did): the stall timer starts over.</summary>
public sealed record CaseStepCompleted(Case Case, DateTime AtUtc) : IDomainEvent;
