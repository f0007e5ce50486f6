using AutoMapper;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Ratings;
using CaseFlow.Domain.Tasks;

namespace CaseFlow.Server.Ratings;

/// <summary>One step of a rectification: its task (where, who), deadline, when and by whom it was done, and whether within its limit.</summary>
public sealed record RectificationStepDto(RectificationStep Step, string StepLabel, string Title, long? TaskId, CaseTaskStatus? TaskStatus, string? OrgUnit,
    string? Role, string? Assignee, DateTime? DueAtUtc, DateTime? DoneAtUtc, string? DoneBy, bool? InTime, SlaLevel? Level);

/// <summary>差评整改 of a case: state, the three steps with their deadlines, and the outcome (整改 or 解释说明, the follow-up and the applicant's rating of the fix).</summary>
public sealed record RectificationDto(long Id, long CaseId, string CaseNo, long RatingId, RatingLevel RatingLevel, string RatingLevelLabel,
    RectificationStatus Status, string StatusLabel, DateTime StartedAtUtc, DateTime? EndedAtUtc, string? CancelReason,
    string? Finding, RectificationOutcome? Outcome, string? OutcomeLabel, string? Measures, string? Basis, string? FollowUpNote,
    RatingLevel? FollowUpLevel, string? FollowUpLevelLabel, IReadOnlyList<RectificationStepDto> Steps);

public static class RectificationLabels
{
    public static string Of(RectificationStatus status) => status switch
    {
        RectificationStatus.Verifying => "核实中",
        RectificationStatus.Rectifying => "整改中",
        RectificationStatus.FollowingUp => "回访中",
        RectificationStatus.Completed => "已办结",
        _ => "已撤销",
    };

    public static string Of(RectificationStep step) => step switch
    {
        RectificationStep.Verify => "核实",
        RectificationStep.Rectify => "整改",
        _ => "回访",
    };

    public static string? Of(RectificationOutcome? outcome) => outcome switch
    {
        RectificationOutcome.Rectified => "已整改",
        RectificationOutcome.Explained => "解释说明",
        _ => null,
    };
}

public sealed class RectificationProfile : Profile
{
    public RectificationProfile()
    {
        CreateMap<RectificationStepView, RectificationStepDto>()
            .ForCtorParam(nameof(RectificationStepDto.StepLabel), o => o.MapFrom(s => RectificationLabels.Of(s.Step)));
        CreateMap<RectificationView, RectificationDto>()
            .ForCtorParam(nameof(RectificationDto.Id), o => o.MapFrom(v => v.Rectification.Id))
            .ForCtorParam(nameof(RectificationDto.CaseId), o => o.MapFrom(v => v.Rectification.CaseId))
            .ForCtorParam(nameof(RectificationDto.CaseNo), o => o.MapFrom(v => v.Rectification.Case!.CaseNo))
            .ForCtorParam(nameof(RectificationDto.RatingId), o => o.MapFrom(v => v.Rectification.RatingId))
            .ForCtorParam(nameof(RectificationDto.RatingLevel), o => o.MapFrom(v => v.Rectification.Rating!.Level))
            .ForCtorParam(nameof(RectificationDto.RatingLevelLabel), o => o.MapFrom(v => RatingLabels.Of(v.Rectification.Rating!.Level)))
            .ForCtorParam(nameof(RectificationDto.Status), o => o.MapFrom(v => v.Rectification.Status))
            .ForCtorParam(nameof(RectificationDto.StatusLabel), o => o.MapFrom(v => RectificationLabels.Of(v.Rectification.Status)))
            .ForCtorParam(nameof(RectificationDto.StartedAtUtc), o => o.MapFrom(v => v.Rectification.StartedAtUtc))
            .ForCtorParam(nameof(RectificationDto.EndedAtUtc), o => o.MapFrom(v => v.Rectification.EndedAtUtc))
            .ForCtorParam(nameof(RectificationDto.CancelReason), o => o.MapFrom(v => v.Rectification.CancelReason))
            .ForCtorParam(nameof(RectificationDto.Finding), o => o.MapFrom(v => v.Rectification.Finding))
            .ForCtorParam(nameof(RectificationDto.Outcome), o => o.MapFrom(v => v.Rectification.Outcome))
            .ForCtorParam(nameof(RectificationDto.OutcomeLabel), o => o.MapFrom(v => RectificationLabels.Of(v.Rectification.Outcome)))
            .ForCtorParam(nameof(RectificationDto.Measures), o => o.MapFrom(v => v.Rectification.Measures))
            .ForCtorParam(nameof(RectificationDto.Basis), o => o.MapFrom(v => v.Rectification.Basis))
            .ForCtorParam(nameof(RectificationDto.FollowUpNote), o => o.MapFrom(v => v.Rectification.FollowUpNote))
            .ForCtorParam(nameof(RectificationDto.FollowUpLevel), o => o.MapFrom(v => v.Rectification.FollowUpLevel))
            .ForCtorParam(nameof(RectificationDto.FollowUpLevelLabel),
                o => o.MapFrom(v => v.Rectification.FollowUpLevel == null ? null : RatingLabels.Of(v.Rectification.FollowUpLevel.Value)));
    }
}
