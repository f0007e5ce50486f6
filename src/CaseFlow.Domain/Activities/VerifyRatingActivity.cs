using CaseFlow.Domain.Org;
using CaseFlow.Domain.Ratings;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>核实: the department that decided the case finds out what happened (data <c>comment</c>: 核实情况).</summary>
public sealed class VerifyRatingActivity : RatingActivity
{
    public override ActivityDescriptor Descriptor { get; } = DescribeStep("VerifyRating", "差评核实",
        "The deciding department verifies the poor rating (comment: what it found).", ["verified"]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(Request(context, RectificationStep.Verify, "差评核实", Roles.Approver, RatingSubject.DecidingUnit)));

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        var finding = RequiredText(input, "comment", "Verifying a poor rating (核实) needs what was found (comment).");
        step.Rectification.Verify(finding, step.Actor, step.Now);
        step.Event("rectification-verified", $"差评核实：{finding}");
        return ValueTask.FromResult(ActivityResult.Done("verified"));
    }
}
