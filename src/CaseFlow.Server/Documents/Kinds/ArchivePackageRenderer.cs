using System.Text.Json.Nodes;
using CaseFlow.Domain.Activities;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents.Kinds;

/// <summary>归档材料目录: the archive package's contents, each document with its 文号 and hash, and the case's outcome.</summary>
public sealed class ArchivePackageRenderer : IDocumentRenderer
{
    public DocumentKind Kind => DocumentKind.ArchivePackage;

    public bool ApplicantSigns => false;

    public void Body(PrintContext c, DocumentHtml html)
    {
        var rows = (c.Content["documents"] as JsonArray ?? []).Select(d => new[]
        {
            d?["title"]?.ToString(),
            d?["sha256"]?.ToString() is { } sha && c.NumbersBySha.TryGetValue(sha, out var number) ? number : null,
            d?["sha256"]?.ToString() is { Length: >= 16 } hash ? hash[..16] : null,
        });
        var outcome = Enum.TryParse<CaseOutcome>(c.Text("outcome"), out var o) ? Outcomes.Describe(o) : null;
        html.Fields(("办理结果", outcome), ("跑动次数", c.Text("trips") is { } trips ? $"{trips} 次" : null), ("归档日期", PrintContext.DateOf(c.Document.CreatedAtUtc)))
            .Heading("卷内文书目录")
            .Table(["文书名称", "文号", "SHA-256（前 16 位）"], rows)
            .Paragraph("卷内文书以其 SHA-256 摘要登记，与审计链一并核验。");
    }
}
