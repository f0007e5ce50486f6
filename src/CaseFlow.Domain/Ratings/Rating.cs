using System.Text.Json;
using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Events;

namespace CaseFlow.Domain.Ratings;

/// <summary>
/// 好差评: the one rating of a finished case (README "好差评"). Given once (a unique index backs the check), voided only by an
/// administrator on appeal; both through the guarded methods below, which raise <see cref="RatingGiven"/> and
/// <see cref="RatingVoided"/>. Audited on the case's stream, so a voided rating stays in the case's audit chain.
/// </summary>
public sealed class Rating : DomainEventSource, IVersioned, IAuditedEntity
{
    public const int MaxComment = 500;
    public const int MaxReason = 500;
    public const string Applicant = "applicant";

    string IAuditedEntity.AuditStream => AuditStreams.ForCase(CaseId);

    public long Id { get; set; }
    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public RatingLevel Level { get; private set; }
    public RatingChannel Channel { get; private set; }
    /// <summary>The criteria scores as JSON (<see cref="CriterionScore"/>[]).</summary>
    public string CriteriaJson { get; private set; } = "[]";
    public string? Comment { get; private set; }
    /// <summary>"applicant" online; the clerk's user name for a window pad or hotline rating.</summary>
    public string GivenBy { get; private set; } = "";
    public DateTime GivenAtUtc { get; private set; }
    public DateTime? VoidedAtUtc { get; private set; }
    public string? VoidedBy { get; private set; }
    public string? VoidReason { get; private set; }
    public int Version { get; set; }

    public bool IsVoided => VoidedAtUtc is not null;

    public bool IsPoor => Level is RatingLevel.Dissatisfied or RatingLevel.VeryDissatisfied;

    public IReadOnlyList<CriterionScore> Criteria => JsonSerializer.Deserialize<List<CriterionScore>>(CriteriaJson) ?? [];

    /// <summary>办结: decided, being delivered or archived (a cancelled case is not rated).</summary>
    public static bool IsFinished(Case @case) => @case.Status is CaseStatus.Decided or CaseStatus.Delivering or CaseStatus.Archived;

    /// <summary>Rates a finished case; bad input is a 400 naming the field, an unfinished case a 409.</summary>
    public static Rating Give(Case @case, RatingInput input, RatingChannel channel, string givenBy, DateTime now)
    {
        Check(input);
        if (!IsFinished(@case)) throw new DomainConflictException($"办件 {@case.CaseNo} is {@case.Status}: only a finished case (办结) is rated.");
        var rating = new Rating
        {
            Case = @case, CaseId = @case.Id, Level = input.Level, Channel = channel, GivenBy = givenBy, GivenAtUtc = now,
            Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(),
            CriteriaJson = JsonSerializer.Serialize(input.Criteria ?? []),
        };
        rating.AddDomainEvent(new RatingGiven(rating));
        return rating;
    }

    /// <summary>申诉复核: an administrator voids a mistaken or malicious rating, with the reason; once.</summary>
    public void Void(string? reason, string by, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainValidationException("reason", "Voiding a rating (申诉复核) needs the reason.");
        if (reason.Length > MaxReason) throw new DomainValidationException("reason", $"reason may hold at most {MaxReason} characters; it has {reason.Length}.");
        if (IsVoided) throw new DomainConflictException($"Rating {Id} was already voided on {VoidedAtUtc:yyyy-MM-dd}.");
        VoidedAtUtc = now;
        VoidedBy = by;
        VoidReason = reason.Trim();
        AddDomainEvent(new RatingVoided(this));
    }

    /// <summary>The input's own rules, all reported at once.</summary>
    public static void Check(RatingInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(input.Level)) errors["level"] = ["level is not one of the five levels."];
        if (input.Comment is { Length: > MaxComment } comment) errors["comment"] = [$"comment may hold at most {MaxComment} characters; it has {comment.Length}."];
        var criteria = input.Criteria ?? [];
        if (criteria.Count > Enum.GetValues<RatingCriterion>().Length)
            errors["criteria"] = [$"criteria may hold at most {Enum.GetValues<RatingCriterion>().Length} entries."];
        else
            for (var i = 0; i < criteria.Count; i++)
            {
                if (criteria[i] is not { } c) errors[$"criteria[{i}]"] = [$"criteria[{i}] must not be null."];
                else if (!Enum.IsDefined(c.Criterion)) errors[$"criteria[{i}].criterion"] = ["Unknown criterion."];
                else if (c.Score is < 1 or > 5) errors[$"criteria[{i}].score"] = [$"A score is 1 (非常不满意) to 5 (非常满意); it is {c.Score}."];
                else if (criteria.Take(i).Any(o => o?.Criterion == c.Criterion)) errors[$"criteria[{i}].criterion"] = [$"{c.Criterion} is scored twice."];
            }
        if (errors.Count > 0) throw new DomainValidationException(errors, "The rating is not valid.");
    }
}
