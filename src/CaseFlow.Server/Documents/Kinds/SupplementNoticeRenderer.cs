using System.Text.Json.Nodes;
using CaseFlow.Domain.Documents;

namespace CaseFlow.Server.Documents.Kinds;

/// <summary>一次性告知书: every line with what to supplement and its basis, the time allowed and what happens after it.</summary>
public sealed class SupplementNoticeRenderer : IDocumentRenderer
{
    public DocumentKind Kind => DocumentKind.SupplementNotice;

    public void Body(PrintContext c, DocumentHtml html)
    {
        var rows = (c.Content["materials"] as JsonArray ?? []).Select(row => new[]
        {
            row?["name"]?.ToString(), row?["problem"]?.ToString(), row?["basis"]?.ToString() is { Length: > 0 } basis ? basis : c.Item.LegalBasis,
        });
        html.Paragraph($"{c.Case.Applicant.Name}：", "plain")
            .Paragraph(c.Text("text"))
            .Fields(("告知次数", c.Text("round") is { } round ? $"第 {round} 次" : null), ("补正期限", c.Text("supplementLimit")))
            .Table(["材料或审查要点", "需补正内容", "依据"], rows)
            .Paragraph(c.Text("consequence") ?? "逾期未补正的，视为申请人撤回本次申请。")
            .Paragraph(c.Text("note") is { } note ? $"备注：{note}" : null);
    }
}
