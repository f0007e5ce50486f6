using System.Text.Json.Nodes;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Documents;

namespace CaseFlow.Domain.Activities;

/// <summary>
/// 送达回证 when the result reaches the applicant (mail signed for, or collected at the window): issued by the delivering step
/// itself, so the archive package of the same run lists it.
/// </summary>
public static class ServiceRecords
{
    private static readonly DocumentKind[] Decisions = [DocumentKind.ApprovalDecision, DocumentKind.RejectionDecision, DocumentKind.NonAcceptanceDecision];

    public static async Task OnDeliveryAsync(CaseStep step, string? signedBy)
    {
        var @case = step.Case;
        var decision = await step.Subject.LatestDocumentAsync(Decisions, step.Cancellation);
        var mail = @case.DeliveryMethod == DeliveryMethod.Mail;
        step.Document(DocumentKind.ServiceRecord, "送达回证", new JsonObject
        {
            ["served"] = decision is null ? step.Item.ResultName : $"{decision.Title}及{step.Item.ResultName}",
            ["servedSha256"] = decision?.Sha256,
            ["method"] = mail ? "邮寄送达" : "窗口送达",
            ["address"] = mail ? @case.DeliveryAddress ?? @case.Applicant.Address : null,
            ["waybill"] = mail ? @case.Waybill : null,
            ["signedBy"] = signedBy ?? @case.Applicant.Name,
            ["servedAt"] = step.Now.ToString("O"),
        }, @case.IntakeWindowId);
    }
}
