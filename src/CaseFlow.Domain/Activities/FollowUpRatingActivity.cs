using CaseFlow.Domain.Org;
using CaseFlow.Domain.Ratings;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>
/// 回访: a clerk of the intake window calls the applicant back (data <c>comment</c>: 回访情况); the applicant may rate the fix
/// (data <c>level</c>, one of the five levels). The rectification ends.
/// </summary>
public sealed class FollowUpRatingActivity : RatingActivity
{
    public override ActivityDescriptor Descriptor { get; } = DescribeStep("FollowUpRating", "差评回访",
        "The intake window follows up with the applicant (comment), who may rate the fix (level).", ["done"]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(Request(context, RectificationStep.FollowUp, "差评回访", Roles.Clerk, "intakeWindow")));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        var note = RequiredText(input, "comment", "A follow-up (回访) needs what the applicant said (comment).");
        RatingLevel? level = null;
        if (OptionalText(input, "level") is { } given)
            level = Enum.TryParse<RatingLevel>(given, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(given, out _)
                ? parsed : throw new WorkflowInputException("level", "level is not one of the five levels (VerySatisfied … VeryDissatisfied).");
        step.Rectification.FollowUp(note, level, step.Actor, step.Now);
        step.Event("rectification-followed-up", level is { } l ? $"差评回访：{note}（申请人对整改评价：{RatingLabels.Of(l)}）" : $"差评回访：{note}");
        return ValueTask.FromResult(ActivityResult.Done("done"));
    }
}
