using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Workflows.Activities;

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

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        step.Case.ConfirmDelivered(step.Now, step.Actor, OptionalText(input, "signedBy"));
        await ServiceRecords.OnDeliveryAsync(step, OptionalText(input, "signedBy"));
        step.Event("delivered", $"邮件已签收（运单号 {step.Case.Waybill}）" + (OptionalText(input, "signedBy") is { } who ? $"，签收人 {who}" : ""));
        return ActivityResult.Done();
    }
}
