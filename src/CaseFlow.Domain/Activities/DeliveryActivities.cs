using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Documents;
using CaseFlow.Domain.Org;
using CaseFlow.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Activities;

/// <summary>邮寄送达: hands the result to the courier and waits for the delivery confirmation carrying the waybill.</summary>
public sealed class MailBackActivity : CaseActivity
{
    public const string EventName = "delivery";

    public override ActivityDescriptor Descriptor { get; } = Describe("MailBack", "邮寄送达", "Mails the result and waits for the courier's delivery confirmation.", ["done"],
        PropDescriptor.Text("courier", "快递（默认 EMS）"));

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        var courier = context.PropString("courier") ?? "EMS";
        // One waybill per case and mailing: the case id keeps it unique, the round keeps a re-mailing distinct.
        step.Case.Waybill = $"{courier}{step.Case.Id:D10}{step.Case.SupplementRounds % 10}{step.Now:HHmmss}";
        step.Case.EnterStatus(CaseStatus.Delivering, step.Now);
        step.Event("mailed", $"结果已交寄（{courier}），运单号 {step.Case.Waybill}", new JsonObject { ["waybill"] = step.Case.Waybill });
        return ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(BookmarkRequest.EventKind, EventName, step.Case.Waybill)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        step.Case.ConfirmDelivered(step.Now);
        step.Event("delivered", $"邮件已签收（运单号 {step.Case.Waybill}）" + (OptionalText(input, "signedBy") is { } who ? $"，签收人 {who}" : ""));
        return ValueTask.FromResult(ActivityResult.Done());
    }
}

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

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        step.Case.RecordTrip();
        step.Case.ConfirmDelivered(step.Now);
        step.Event("issued", $"窗口发放{step.Item.ResultName}，申请人已领取");
        return ValueTask.FromResult(ActivityResult.Done());
    }
}

/// <summary>办结即归档: an archive package of every document with its hash.</summary>
public sealed class ArchiveActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = Describe("Archive", "归档", "Archives the case with its documents' hashes.", ["done"]);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        var caseId = step.Case.Id;
        var stored = caseId == 0 ? [] : await step.Db.Documents.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(context.Options.CancellationToken);
        var added = step.Db.Documents.Local.Where(d => d.Case == step.Case && d.Id == 0);
        var documents = stored.Concat(added).OrderBy(d => d.CreatedAtUtc)
            .Select(d => (JsonNode)new JsonObject { ["kind"] = d.Kind.ToString(), ["title"] = d.Title, ["sha256"] = d.Sha256 }).ToArray();
        step.Case.Archive(step.Now);
        var package = step.Document(DocumentKind.ArchivePackage, "归档包", new JsonObject
        {
            ["outcome"] = step.Case.Outcome.ToString(),
            ["trips"] = step.Case.Trips,
            ["documents"] = new JsonArray(documents),
        });
        step.Event("archived", $"办结归档（{Outcomes.Describe(step.Case.Outcome)}）", new JsonObject { ["packageSha256"] = package.Sha256 });
        return ActivityResult.Done();
    }
}

public static class Outcomes
{
    public static string Describe(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Approved => "准予",
        CaseOutcome.Rejected => "不予许可",
        CaseOutcome.NotAccepted => "不予受理",
        _ => "未决",
    };
}

public static class CaseActivities
{
    public static IEnumerable<Activity> All() =>
    [
        new RemoteIntakeActivity(), new FormReviewActivity(), new WaitForSupplementActivity(), new AcceptActivity(),
        new PushToHomeDepartmentActivity(), new ApprovalActivity(), new ConcludeJointApprovalActivity(), new ServeDecisionActivity(),
        new MailBackActivity(), new LocalIssuanceActivity(), new ArchiveActivity(),
    ];
}
