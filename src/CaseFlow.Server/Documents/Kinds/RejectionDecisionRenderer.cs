using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents.Kinds;

/// <summary>不予许可决定书: the reasons and basis, and the right to administrative review (60 days) or suit (6 months).</summary>
public sealed class RejectionDecisionRenderer : IDocumentRenderer
{
    public DocumentKind Kind => DocumentKind.RejectionDecision;

    public void Body(PrintContext c, DocumentHtml html) => NegativeDecision.Body(c, html, "不予许可");
}
