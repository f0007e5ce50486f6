using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents.Kinds;

/// <summary>延长审批期限告知书 (行政许可法 art. 42): the extension, its reason and the new statutory deadline.</summary>
public sealed class ExtensionNoticeRenderer : IDocumentRenderer
{
    public DocumentKind Kind => DocumentKind.ExtensionNotice;

    public void Body(PrintContext c, DocumentHtml html) => html
        .Paragraph($"{c.Case.Applicant.Name}：", "plain")
        .Paragraph(c.Text("text"))
        .Fields(("延长期限", c.Text("extension")), ("延长理由", c.Text("reason")), ("延长后法定期限", c.Text("deadline")), ("依据", "《中华人民共和国行政许可法》第四十二条"));
}
