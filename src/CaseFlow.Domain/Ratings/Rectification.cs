using System.Text.Json.Serialization;
using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Events;

namespace CaseFlow.Domain.Ratings;

/// <summary>
/// 差评整改: the rectification of a poor rating (README "好差评", docs/decisions.md, decision 20), run by the workflow
/// <c>poor-rating-rectification</c> whose subject is the rating: 核实 → 整改 (or 解释说明) → 回访. Each step's deadline and when it
/// was done are kept here for the ratings report; status changes only through the guarded methods below, each raising its
/// event. Audited on the case's stream, so a cancelled one stays in the case's audit chain.
/// </summary>
public sealed class Rectification : DomainEventSource, IVersioned, IAuditedEntity
{
    public const int MaxText = 1000;

    string IAuditedEntity.AuditStream => AuditStreams.ForCase(CaseId);

    public long Id { get; set; }
    public long RatingId { get; set; }
    public Rating? Rating { get; set; }
    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public string InstanceId { get; set; } = "";
    public RectificationStatus Status { get; private set; } = RectificationStatus.Verifying;
    public DateTime StartedAtUtc { get; private set; }
    public DateTime? VerifyDueAtUtc { get; private set; }
    public DateTime? VerifiedAtUtc { get; private set; }
    public string? VerifiedBy { get; private set; }
    /// <summary>核实情况.</summary>
    public string? Finding { get; private set; }
    public DateTime? RectifyDueAtUtc { get; private set; }
    public DateTime? RectifiedAtUtc { get; private set; }
    public string? RectifiedBy { get; private set; }
    public RectificationOutcome? Outcome { get; private set; }
    /// <summary>整改措施, or the 解释说明 given when the demand has no legal basis.</summary>
    public string? Measures { get; private set; }
    /// <summary>The basis cited for an explanation (解释说明).</summary>
    public string? Basis { get; private set; }
    public DateTime? FollowUpDueAtUtc { get; private set; }
    public DateTime? FollowedUpAtUtc { get; private set; }
    public string? FollowedUpBy { get; private set; }
    /// <summary>回访情况.</summary>
    public string? FollowUpNote { get; private set; }
    /// <summary>The applicant's rating of the fix, when they gave one at the follow-up.</summary>
    public RatingLevel? FollowUpLevel { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }
    public string? CancelReason { get; private set; }
    public int Version { get; set; }

    public bool IsOpen => Status is RectificationStatus.Verifying or RectificationStatus.Rectifying or RectificationStatus.FollowingUp;

    /// <summary>A poor rating (不满意, 非常不满意) that counts starts one.</summary>
    public static Rectification Start(Rating rating, DateTime now)
    {
        if (!rating.IsPoor) throw new DomainConflictException($"Only a poor rating (差评) is rectified; this one is {rating.Level}.");
        if (rating.IsVoided) throw new DomainConflictException($"Rating {rating.Id} was voided on appeal: nothing to rectify.");
        var rectification = new Rectification { Rating = rating, RatingId = rating.Id, Case = rating.Case, CaseId = rating.CaseId, StartedAtUtc = now };
        rectification.AddDomainEvent(new RectificationStarted(rectification));
        return rectification;
    }

    /// <summary>The step's task entered its inbox with this deadline (again, after a return to it).</summary>
    public void Open(RectificationStep step, DateTime? due)
    {
        RequireOpen();
        switch (step)
        {
            case RectificationStep.Verify: VerifyDueAtUtc = due; Status = RectificationStatus.Verifying; break;
            case RectificationStep.Rectify: RectifyDueAtUtc = due; Status = RectificationStatus.Rectifying; break;
            default: FollowUpDueAtUtc = due; Status = RectificationStatus.FollowingUp; break;
        }
    }

    /// <summary>核实: what was found about the complaint; on to 整改.</summary>
    public void Verify(string finding, string by, DateTime now)
    {
        Require(RectificationStatus.Verifying, "verified");
        (Finding, VerifiedBy, VerifiedAtUtc, Status) = (finding, by, now, RectificationStatus.Rectifying);
        AddDomainEvent(new RectificationStepDone(this, RectificationStep.Verify));
    }

    /// <summary>整改 with the measures taken, or 解释说明 with its basis when the demand has no legal basis; on to 回访.</summary>
    public void Rectify(RectificationOutcome outcome, string measures, string? basis, string by, DateTime now)
    {
        Require(RectificationStatus.Rectifying, "rectified");
        if (outcome == RectificationOutcome.Explained && string.IsNullOrWhiteSpace(basis))
            throw new DomainValidationException("basis", "An explanation (解释说明) cites the basis on which the demand has no legal ground.");
        (Outcome, Measures, Basis, RectifiedBy, RectifiedAtUtc, Status) = (outcome, measures, basis, by, now, RectificationStatus.FollowingUp);
        AddDomainEvent(new RectificationStepDone(this, RectificationStep.Rectify));
    }

    /// <summary>回访: the applicant was called back; they may rate the fix. The rectification ends.</summary>
    public void FollowUp(string note, RatingLevel? level, string by, DateTime now)
    {
        Require(RectificationStatus.FollowingUp, "followed up");
        if (level is { } l && !Enum.IsDefined(l)) throw new DomainValidationException("level", "level is not one of the five levels.");
        (FollowUpNote, FollowUpLevel, FollowedUpBy, FollowedUpAtUtc, EndedAtUtc, Status) = (note, level, by, now, now, RectificationStatus.Completed);
        AddDomainEvent(new RectificationStepDone(this, RectificationStep.FollowUp));
        AddDomainEvent(new RectificationCompleted(this));
    }

    /// <summary>Ends an open rectification without a result (its rating voided on appeal, its instance given up).</summary>
    public void Cancel(string reason, DateTime now)
    {
        if (!IsOpen) return;
        (CancelReason, EndedAtUtc, Status) = (reason, now, RectificationStatus.Cancelled);
        AddDomainEvent(new RectificationCancelled(this));
    }

    /// <summary>Whether the step was done by its deadline (a step without one is on time once done).</summary>
    public bool DoneInTime(RectificationStep step) => step switch
    {
        RectificationStep.Verify => VerifiedAtUtc is { } v && (VerifyDueAtUtc is not { } d || v <= d),
        RectificationStep.Rectify => RectifiedAtUtc is { } r && (RectifyDueAtUtc is not { } d2 || r <= d2),
        _ => FollowedUpAtUtc is { } f && (FollowUpDueAtUtc is not { } d3 || f <= d3),
    };

    private void RequireOpen()
    {
        if (!IsOpen) throw new DomainConflictException($"Rectification {Id} is {Status}.");
    }

    private void Require(RectificationStatus status, string act)
    {
        RequireOpen();
        if (Status != status) throw new DomainConflictException($"Rectification {Id} is {Status}: it cannot be {act} now.");
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<RectificationStatus>))]
public enum RectificationStatus { Verifying, Rectifying, FollowingUp, Completed, Cancelled }

/// <summary>The three steps: 核实, 整改 (or 解释说明), 回访.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RectificationStep>))]
public enum RectificationStep { Verify, Rectify, FollowUp }

[JsonConverter(typeof(JsonStringEnumConverter<RectificationOutcome>))]
public enum RectificationOutcome { Rectified, Explained }
