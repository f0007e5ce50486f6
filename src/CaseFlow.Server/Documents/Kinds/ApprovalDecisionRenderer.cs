using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents.Kinds;

/// <summary>准予许可决定书: the decision, the result issued, its basis and how the result reaches the applicant.</summary>
public sealed class ApprovalDecisionRenderer : IDocumentRenderer
{
    public DocumentKind Kind => DocumentKind.ApprovalDecision;

    public void Body(PrintContext c, DocumentHtml html) => html
        .Paragraph($"{c.Case.Applicant.Name}：", "plain")
        .Paragraph(c.Text("text"))
        .Fields(("许可结果", c.Text("result") ?? c.Item.ResultName), ("依据", c.Text("basis") ?? c.Item.LegalBasis), ("审批意见", c.Text("opinion")),
            ("送达方式", c.Case.DeliveryMethod == DeliveryMethod.Mail ? "邮寄送达" : "窗口领取"))
        .Paragraph($"请于收到本决定书后按所选方式领取或签收{c.Text("result") ?? c.Item.ResultName}。");
}
