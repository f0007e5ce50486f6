using CaseFlow.Domain.Org;
using CaseFlow.Domain.Ratings;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>
/// 整改: the deciding department rectifies (<c>rectified</c>, data <c>comment</c>: the measures) or, when the demand has no legal
/// basis, explains (<c>explained</c>, 解释说明: <c>comment</c> and the <c>basis</c> cited).
/// </summary>
public sealed class RectifyRatingActivity : RatingActivity
{
    public override ActivityDescriptor Descriptor { get; } = DescribeStep("RectifyRating", "差评整改",
        "The deciding department rectifies (comment: measures) or explains when the demand has no legal basis (comment and basis).", ["rectified", "explained"]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(Request(context, RectificationStep.Rectify, "差评整改", Roles.Approver, RatingSubject.DecidingUnit)));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        if (input.Outcome is not ("rectified" or "explained")) throw new WorkflowInputException("outcome", "The outcome must be rectified (整改) or explained (解释说明).");
        var explained = input.Outcome == "explained";
        var measures = RequiredText(input, "comment", explained ? "An explanation (解释说明) needs its text (comment)." : "A rectification (整改) needs the measures taken (comment).");
        var basis = OptionalText(input, "basis");
        if (explained && basis is null) throw new WorkflowInputException("basis", "An explanation (解释说明) cites the basis on which the demand has no legal ground (basis).");
        step.Rectification.Rectify(explained ? RectificationOutcome.Explained : RectificationOutcome.Rectified, measures, basis, step.Actor, step.Now);
        step.Event("rectification-rectified", explained ? $"差评解释说明：{measures}（依据：{basis}）" : $"差评整改：{measures}");
        return ValueTask.FromResult(ActivityResult.Done(input.Outcome));
    }
}
