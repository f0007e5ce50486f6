using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Documents;
using CaseFlow.Domain.Org;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>
/// 审批: the home department approves or rejects citing the basis. Inside a Fork branch (多地联办) the decision is written under
/// <c>branches.&lt;branchId&gt;</c> and the case is decided later by ConcludeJointApproval.
/// </summary>
public sealed class ApprovalActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = DescribeTask("Approval", "审批决定", "The deciding department approves or rejects (with basis).", ["approve", "reject"],
        PropDescriptor.Text("departmentCategory", "会办部门类别（多地联办）"),
        PropDescriptor.Choice("scope", "审批方（默认属地部门；就地批办为收件窗口）", false, "homeDepartment", "intakeWindow"),
        PropDescriptor.Text("title", "任务名称"));

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        var request = HumanTaskActivity.TaskRequest(context.Node, context.PropString("title") ?? "审批决定", Roles.Approver,
            context.PropString("scope") ?? "homeDepartment", Descriptor.Ports);
        if (context.PropString("departmentCategory") is { } category)
        {
            var region = step.Case.HomeRegionCode ?? throw new InvalidOperationException("The case has no home region yet: push it before a joint approval.");
            var department = await step.Subject.HomeDepartmentAsync(region, category, step.Cancellation)
                ?? throw new InvalidOperationException($"No {category} department is registered for region '{region}'.");
            request.Payload!["orgUnitId"] = department.Id;
        }
        step.Case.EnterStatus(CaseStatus.InApproval, step.Now);
        return ActivityResult.Wait(request);
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        if (input.Outcome is not ("approve" or "reject")) throw new WorkflowInputException("outcome", "The outcome must be approve or reject.");
        var basis = Basis(input, input.Outcome == "approve" ? CaseOutcome.Approved : CaseOutcome.Rejected);
        var opinion = OptionalText(input, "opinion");
        if (context.BranchId is not null)
        {
            context.SetOutput("decision", input.Outcome);
            context.SetOutput("basis", basis);
            context.SetOutput("opinion", opinion);
            context.SetOutput("by", step.Actor);
            step.Event("branch-decided", $"{context.Node.Name ?? context.Node.Id}：{(input.Outcome == "approve" ? "同意" : "不同意")}" + (basis is null ? "" : $"（依据：{basis}）"));
            return ValueTask.FromResult(ActivityResult.Done(input.Outcome));
        }
        Conclude(step, input.Outcome == "approve", basis, opinion);
        return ValueTask.FromResult(ActivityResult.Done(input.Outcome));
    }

    public static void Conclude(CaseStep step, bool approved, string? basis, string? opinion)
    {
        if (approved)
        {
            step.Case.Decide(CaseOutcome.Approved, basis, step.Now);
            step.Document(DocumentKind.ApprovalDecision, "准予许可决定书", new JsonObject
            {
                ["result"] = step.Item.ResultName,
                ["opinion"] = opinion,
                ["basis"] = basis ?? step.Item.LegalBasis,
                ["text"] = $"经审查，您申请的“{step.Item.Name}”符合法定条件、标准，决定准予。",
            }, step.DecidingUnitId);
            step.Event("approved", "审批通过");
        }
        else
        {
            step.Case.Decide(CaseOutcome.Rejected, basis, step.Now);
            step.Document(DocumentKind.RejectionDecision, "不予许可决定书", Decisions.Negative(opinion ?? "申请不符合法定条件、标准", basis!), step.DecidingUnitId);
            step.Event("rejected", $"不予许可（依据：{basis}）");
        }
    }
}
