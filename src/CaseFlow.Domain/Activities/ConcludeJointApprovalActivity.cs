using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>汇总会签: after a Join, decides the case from every branch's decision; any rejection rejects, citing every basis.</summary>
public sealed class ConcludeJointApprovalActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = Describe("ConcludeJointApproval", "汇总会办意见", "Decides a jointly handled case from its branches.", ["approve", "reject"]);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        var branches = (context.Variables["branches"] as JsonObject ?? []).Where(b => b.Value?["decision"] is not null).ToList();
        if (branches.Count == 0) throw new InvalidOperationException("No branch has decided: ConcludeJointApproval must follow a Join of Approval branches.");
        var rejections = branches.Where(b => b.Value!["decision"]!.ToString() == "reject").ToList();
        var approved = rejections.Count == 0;
        var basis = approved ? null : string.Join("；", rejections.Select(b => b.Value!["basis"]?.ToString()));
        ApprovalActivity.Conclude(step, approved, basis, approved ? null : "会办部门不同意");
        return ValueTask.FromResult(ActivityResult.Done(approved ? "approve" : "reject"));
    }
}
