using System.Net;
using System.Text;

namespace CaseFlow.Server.Documents;

/// <summary>A tiny HTML writer: every value encoded, a field without a value left out rather than printed empty.</summary>
public sealed class DocumentHtml
{
    private readonly StringBuilder _html = new();

    public static string E(string? value) => WebUtility.HtmlEncode(value ?? "");

    public DocumentHtml Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    public DocumentHtml Paragraph(string? text, string? css = null) =>
        string.IsNullOrWhiteSpace(text) ? this : Raw(css is null ? $"<p>{E(text)}</p>" : $"<p class=\"{css}\">{E(text)}</p>");

    /// <summary>A label/value table; rows whose value is empty are dropped (a field not applying to this case).</summary>
    public DocumentHtml Fields(params (string Label, string? Value)[] rows)
    {
        var shown = rows.Where(r => !string.IsNullOrWhiteSpace(r.Value)).ToList();
        if (shown.Count == 0) return this;
        _html.Append("<table class=\"fields\"><tbody>");
        foreach (var (label, value) in shown) _html.Append($"<tr><th>{E(label)}</th><td>{E(value)}</td></tr>");
        _html.Append("</tbody></table>");
        return this;
    }

    /// <summary>A list table with a numbered first column; an empty cell is shown as “无” (the content had no value for it).</summary>
    public DocumentHtml Table(string[] headers, IEnumerable<string?[]> rows)
    {
        _html.Append("<table class=\"list\"><thead><tr><th>序号</th>");
        foreach (var header in headers) _html.Append($"<th>{E(header)}</th>");
        _html.Append("</tr></thead><tbody>");
        var n = 0;
        foreach (var row in rows)
        {
            _html.Append($"<tr><td>{++n}</td>");
            foreach (var cell in row) _html.Append($"<td>{E(string.IsNullOrWhiteSpace(cell) ? "无" : cell)}</td>");
            _html.Append("</tr>");
        }
        _html.Append("</tbody></table>");
        return this;
    }

    public DocumentHtml Heading(string text) => Raw($"<h2>{E(text)}</h2>");

    public override string ToString() => _html.ToString();
}
