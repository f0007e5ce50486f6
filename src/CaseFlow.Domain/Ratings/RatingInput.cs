namespace CaseFlow.Domain.Ratings;

/// <summary>One criterion's score, 1 (非常不满意) to 5 (非常满意).</summary>
public sealed record CriterionScore(RatingCriterion Criterion, int Score);

/// <summary>What a rater gives: the level, optional criteria scores and an optional comment.</summary>
public sealed record RatingInput(RatingLevel Level, IReadOnlyList<CriterionScore>? Criteria, string? Comment);
