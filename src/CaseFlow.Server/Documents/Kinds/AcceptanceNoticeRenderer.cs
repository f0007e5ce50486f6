using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents.Kinds;

/// <summary>受理通知书: the committed limit, how it is counted (working days, excluded periods) and the due dates.</summary>
public sealed class AcceptanceNoticeRenderer : IDocumentRenderer
{
    public DocumentKind Kind => DocumentKind.AcceptanceNotice;

    public void Body(PrintContext c, DocumentHtml html) => html
        .Paragraph($"{c.Case.Applicant.Name}：", "plain")
        .Paragraph(c.Text("text"))
        .Fields(("受理方式", c.Text("acceptedBy")), ("受理日期", PrintContext.Date(c.Text("acceptedAt")) ?? PrintContext.DateOf(c.Document.CreatedAtUtc)),
            ("承诺办结时限", c.Text("committedLimit", "text") ?? c.Item.CommittedLimit.Describe()), ("承诺办结日期", c.Text("committedDue")),
            ("法定办结时限", c.Text("statutoryLimit", "text") ?? c.Item.StatutoryLimit.Describe()), ("法定办结日期", c.Text("statutoryDue")),
            ("期限计算方式", c.Text("counting")), ("收费标准", c.Item.Fee))
        .Paragraph("请妥善保管本通知书，凭办件编号和申请时预留的手机号码扫描右上角二维码或登录查询网址查询办理进度；办理结果将按您选择的方式送达。");
}
