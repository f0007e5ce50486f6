using AutoMapper;
using CaseFlow.Domain.Ratings;
using CaseFlow.Server.Setup;

namespace CaseFlow.Server.Ratings;

/// <summary>One criterion's score as given: 1 (非常不满意) to 5 (非常满意).</summary>
public sealed record CriterionScoreInput(RatingCriterion? Criterion, int? Score);

/// <summary>The applicant asks for a one-time code, sent by SMS to the phone given at application.</summary>
public sealed record RatingCodeRequest(string? Phone);

/// <summary>The code was sent to this (masked) phone; it is valid until <c>ExpiresAtUtc</c>.</summary>
public sealed record RatingCodeSentDto(string Phone, DateTime ExpiresAtUtc);

/// <summary>The applicant's online rating: phone and code prove who rates; level 非常满意 … 非常不满意, optional criteria and comment (≤ 500).</summary>
public sealed record OnlineRatingRequest(string? Phone, string? Code, RatingLevel? Level, IReadOnlyList<CriterionScoreInput>? Criteria, string? Comment);

/// <summary>A rating given at the window pad (WindowPad) or by the 12345 hotline (Hotline12345), recorded by a clerk.</summary>
public sealed record RecordRatingRequest(RatingChannel? Channel, RatingLevel? Level, IReadOnlyList<CriterionScoreInput>? Criteria, string? Comment);

/// <summary>申诉复核: why the rating is voided.</summary>
public sealed record VoidRatingRequest(string? Reason);

public sealed record CriterionScoreDto(RatingCriterion Criterion, string Label, int Score);

/// <summary>A rating with the Chinese labels of its level, channel and criteria.</summary>
public sealed record RatingDto(long Id, long CaseId, string CaseNo, RatingLevel Level, string LevelLabel, bool Poor, RatingChannel Channel, string ChannelLabel,
    IReadOnlyList<CriterionScoreDto> Criteria, string? Comment, string GivenBy, DateTime GivenAtUtc, bool Voided, DateTime? VoidedAtUtc, string? VoidedBy,
    string? VoidReason);

public static class RatingRequests
{
    /// <summary>The domain's input, or a 400 naming each missing field (level, criteria[i].criterion, criteria[i].score).</summary>
    public static RatingInput ToInput(InputCheck check, RatingLevel? level, IReadOnlyList<CriterionScoreInput>? criteria, string? comment)
    {
        if (level is null) check.Fail("level", "level is required: VerySatisfied (非常满意), Satisfied, BasicallySatisfied, Dissatisfied or VeryDissatisfied (非常不满意).");
        check.Count("criteria", criteria, Enum.GetValues<RatingCriterion>().Length).Text("comment", comment, Rating.MaxComment);
        var scores = new List<CriterionScore>();
        for (var i = 0; i < (criteria?.Count ?? 0); i++)
        {
            if (criteria![i] is not { } c) continue; // reported by Count
            if (c.Criterion is null) check.Fail($"criteria[{i}].criterion", $"criteria[{i}].criterion is required.");
            if (c.Score is null) check.Fail($"criteria[{i}].score", $"criteria[{i}].score is required (1 to 5).");
            if (c.Criterion is { } criterion && c.Score is { } score) scores.Add(new CriterionScore(criterion, score));
        }
        check.ThrowIfAny();
        var input = new RatingInput(level!.Value, scores, comment);
        Rating.Check(input);
        return input;
    }
}

public sealed class RatingProfile : Profile
{
    public RatingProfile()
    {
        CreateMap<CriterionScore, CriterionScoreDto>().ForCtorParam(nameof(CriterionScoreDto.Label), o => o.MapFrom(s => RatingLabels.Of(s.Criterion)));
        CreateMap<Rating, RatingDto>()
            .ForCtorParam(nameof(RatingDto.CaseNo), o => o.MapFrom(r => r.Case!.CaseNo))
            .ForCtorParam(nameof(RatingDto.LevelLabel), o => o.MapFrom(r => RatingLabels.Of(r.Level)))
            .ForCtorParam(nameof(RatingDto.Poor), o => o.MapFrom(r => r.IsPoor))
            .ForCtorParam(nameof(RatingDto.ChannelLabel), o => o.MapFrom(r => RatingLabels.Of(r.Channel)))
            .ForCtorParam(nameof(RatingDto.Voided), o => o.MapFrom(r => r.IsVoided));
    }
}
