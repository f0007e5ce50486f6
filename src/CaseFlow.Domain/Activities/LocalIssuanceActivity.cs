using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Org;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>就地出证: the intake window issues the result; the applicant's collection is a visit.</summary>
public sealed class LocalIssuanceActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = DescribeTask("LocalIssuance", "窗口出证", "The intake window prints and hands out the result.", ["done"]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        step.Case.EnterStatus(CaseStatus.Delivering, step.Now);
        return ValueTask.FromResult(ActivityResult.Wait(HumanTaskActivity.TaskRequest(context.Node, "窗口发证", Roles.Clerk, "intakeWindow", ["issued"])));
    }

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        step.Case.RecordTrip();
        step.Case.ConfirmDelivered(step.Now, step.Actor, step.Case.Applicant.Name);
        await ServiceRecords.OnDeliveryAsync(step, step.Case.Applicant.Name);
        step.Event("issued", $"窗口发放{step.Item.ResultName}，申请人已领取");
        return ActivityResult.Done();
    }
}
