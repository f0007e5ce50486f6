using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents.Kinds;

/// <summary>送达回证: what was served (with its 文号), how, where, when, and who received it.</summary>
public sealed class ServiceRecordRenderer : IDocumentRenderer
{
    public DocumentKind Kind => DocumentKind.ServiceRecord;

    public void Body(PrintContext c, DocumentHtml html)
    {
        var servedNumber = c.Text("servedSha256") is { } sha && c.NumbersBySha.TryGetValue(sha, out var number) ? number : null;
        html.Fields(("送达文书", c.Text("served")), ("文书文号", servedNumber), ("送达方式", c.Text("method")), ("送达地址", c.Address(c.Text("address"))),
                ("运单号", c.Text("waybill")), ("受送达人", c.Text("signedBy") ?? c.Case.Applicant.Name),
                ("送达时间", PrintContext.DateTimeOf(c.Text("servedAt") ?? c.Text("issuedAt"))), ("送达人", c.Handler))
            .Paragraph("受送达人签收后，本回证由送达机关存档。");
    }
}
