using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Documents;
using CaseFlow.Domain.Org;
using CaseFlow.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Activities;

/// <summary>Resolves the deciding department from the form field <c>routeBy</c> names (DESIGN decision 6) and pushes the case there.</summary>
public sealed class PushToHomeDepartmentActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = Describe("PushToHomeDepartment", "推送属地部门",
        "Sends the case to the department of the item's kind in the region a form field names.", ["done"],
        PropDescriptor.Text("routeBy", "路由字段", required: true));

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        var field = context.PropString("routeBy")!;
        var regionCode = step.Case.FormData[field]?.ToString();
        if (string.IsNullOrWhiteSpace(regionCode))
            throw new InvalidOperationException($"The form has no value for '{field}', which decides the home department.");
        var department = await HomeDepartments.ResolveAsync(step.Db, regionCode, step.Item.HomeDepartmentCategory, context.Options.CancellationToken)
            ?? throw new InvalidOperationException($"No {step.Item.HomeDepartmentCategory} department is registered for region '{regionCode}'.");
        step.Case.HomeDepartmentId = department.Id;
        step.Case.HomeRegionCode = regionCode;
        step.Case.EnterStatus(CaseStatus.Pushed, step.Now);
        step.Event("pushed", $"推送至属地部门：{department.Name}", new JsonObject { ["departmentCode"] = department.Code });
        return ActivityResult.Done();
    }
}

public static class HomeDepartments
{
    /// <summary>The department of <paramref name="category"/> nearest under the region: its own first, then the closest below it.</summary>
    public static async Task<OrgUnit?> ResolveAsync(CaseFlowDbContext db, string regionCode, string category, CancellationToken ct)
    {
        var region = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == regionCode, ct);
        if (region is null || !region.IsRegion) return null;
        return await db.OrgUnits.AsNoTracking()
            .Where(o => o.Kind == OrgUnitKind.Department && o.Category == category && o.Path.StartsWith(region.Path))
            .OrderBy(o => o.Path.Length).ThenBy(o => o.Code)
            .FirstOrDefaultAsync(ct);
    }
}

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
            var department = await HomeDepartments.ResolveAsync(step.Db, region, category, context.Options.CancellationToken)
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
        var basis = input.Outcome == "reject"
            ? RequireText(input, "basis", "A rejection must cite its basis (否定必有依据).")
            : OptionalText(input, "basis");
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
                ["text"] = $"经审查，您申请的“{step.Item.Name}”符合法定条件、标准，决定准予。",
            });
            step.Event("approved", "审批通过");
        }
        else
        {
            step.Case.Decide(CaseOutcome.Rejected, basis, step.Now);
            step.Document(DocumentKind.RejectionDecision, "不予许可决定书", Decisions.Negative(opinion ?? "申请不符合法定条件、标准", basis!));
            step.Event("rejected", $"不予许可（依据：{basis}）");
        }
    }
}

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

/// <summary>送达: serves the decision (for a rejection or non-acceptance, the written decision with the remedies).</summary>
public sealed class ServeDecisionActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = Describe("ServeDecision", "送达决定", "Serves the written decision to the applicant.", ["done"]);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        if (step.Case.Outcome == CaseOutcome.None) throw new InvalidOperationException("There is no decision to serve yet.");
        var caseId = step.Case.Id;
        var decision = step.Db.Documents.Local.Where(d => d.Case == step.Case).OrderByDescending(d => d.CreatedAtUtc).FirstOrDefault(d => IsDecision(d.Kind))
            ?? await step.Db.Documents.Where(d => d.CaseId == caseId).OrderByDescending(d => d.Id).FirstOrDefaultAsync(d => IsDecisionKinds.Contains(d.Kind));
        step.Document(DocumentKind.ServiceRecord, "送达回证", new JsonObject
        {
            ["served"] = decision?.Title,
            ["servedSha256"] = decision?.Sha256,
            ["method"] = step.Case.DeliveryMethod == Catalog.DeliveryMethod.Mail ? "邮寄送达" : "窗口送达",
        });
        step.Event("served", $"已送达{decision?.Title ?? "决定"}");
        return ActivityResult.Done();
    }

    private static readonly DocumentKind[] IsDecisionKinds = [DocumentKind.NonAcceptanceDecision, DocumentKind.ApprovalDecision, DocumentKind.RejectionDecision];

    private static bool IsDecision(DocumentKind kind) => IsDecisionKinds.Contains(kind);
}
