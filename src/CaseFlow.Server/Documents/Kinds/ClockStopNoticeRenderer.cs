using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents.Kinds;

/// <summary>暂停计算期限告知书 (行政许可法 art. 45): why and from when the limit is not counted.</summary>
public sealed class ClockStopNoticeRenderer : IDocumentRenderer
{
    public DocumentKind Kind => DocumentKind.ClockStopNotice;

    public void Body(PrintContext c, DocumentHtml html) => html
        .Paragraph($"{c.Case.Applicant.Name}：", "plain")
        .Paragraph(c.Text("text"))
        .Fields(("事由", c.Text("reason")), ("说明", c.Text("note")), ("暂停计算起始时间", c.Text("from")), ("依据", "《中华人民共和国行政许可法》第四十五条"));
}
