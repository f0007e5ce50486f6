using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Documents;
using CaseFlow.Domain.Org;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>受理: raised by the side the item names (docs/decisions.md, decision 5); at the window at once, at the home department as its task.</summary>
public sealed class AcceptActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = DescribeTask("Accept", "受理", "Raises acceptance; both clocks start here.", ["accepted", "rejected"]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        if (step.Item.AcceptedBy == AcceptingSide.Window)
            return ValueTask.FromResult(Accept(step, "综合窗口"));
        if (step.Case.HomeDepartmentId is null)
            throw new InvalidOperationException($"{step.Item.Name} is accepted by the home department, but the case has not been pushed to one: put PushToHomeDepartment before Accept.");
        return ValueTask.FromResult(ActivityResult.Wait(HumanTaskActivity.TaskRequest(context.Node, "受理审查", Roles.Approver, "homeDepartment", ["accept", "reject"])));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        switch (input.Outcome)
        {
            case "accept":
                return ValueTask.FromResult(Accept(step, "属地部门"));
            case "reject":
                var basis = Basis(input, CaseOutcome.NotAccepted)!;
                var reason = OptionalText(input, "reason") ?? "申请事项不符合受理条件";
                step.Case.Decide(CaseOutcome.NotAccepted, basis, step.Now);
                step.Document(DocumentKind.NonAcceptanceDecision, "不予受理决定书", Decisions.Negative(reason, basis), step.Case.HomeDepartmentId ?? step.Case.IntakeWindowId);
                step.Event("not-accepted", $"属地部门不予受理：{reason}（依据：{basis}）");
                return ValueTask.FromResult(ActivityResult.Done("rejected"));
            default:
                throw new WorkflowInputException("outcome", "The outcome must be accept or reject.");
        }
    }

    private static ActivityResult Accept(CaseStep step, string side)
    {
        // After a return or withdraw the case passes Accept again: acceptance happened once and its date stands.
        if (step.Case.AcceptedAtUtc is not null) return ActivityResult.Done("accepted");
        step.Case.Accept(step.Now, step.Actor);
        // The 受理通知书 follows from CaseAccepted, once the clocks give its due dates (Documents/IssueAcceptanceNoticeWhenAccepted).
        var limit = step.Item.CommittedLimit;
        step.Event("accepted", $"{side}受理，承诺时限{limit.Describe()}");
        return ActivityResult.Done("accepted");
    }
}
