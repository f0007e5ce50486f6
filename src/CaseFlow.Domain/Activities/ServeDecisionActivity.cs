using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Documents;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>送达: serves the decision (for a rejection or non-acceptance, the written decision with the remedies).</summary>
public sealed class ServeDecisionActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = Describe("ServeDecision", "送达决定", "Serves the written decision to the applicant.", ["done"]);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        if (step.Case.Outcome == CaseOutcome.None) throw new InvalidOperationException("There is no decision to serve yet.");
        var decision = await step.Subject.LatestDocumentAsync(DecisionKinds, step.Cancellation);
        step.Document(DocumentKind.ServiceRecord, "送达回证", new JsonObject
        {
            ["served"] = decision?.Title,
            ["servedSha256"] = decision?.Sha256,
            ["method"] = step.Case.DeliveryMethod == Catalog.DeliveryMethod.Mail ? "邮寄送达" : "窗口送达",
            ["address"] = step.Case.DeliveryMethod == Catalog.DeliveryMethod.Mail ? step.Case.DeliveryAddress ?? step.Case.Applicant.Address : null,
            ["servedAt"] = step.Now.ToString("O"),
        }, step.Case.IntakeWindowId);
        step.Event("served", $"已送达{decision?.Title ?? "决定"}");
        return ActivityResult.Done();
    }

    private static readonly DocumentKind[] DecisionKinds = [DocumentKind.NonAcceptanceDecision, DocumentKind.ApprovalDecision, DocumentKind.RejectionDecision];
}
