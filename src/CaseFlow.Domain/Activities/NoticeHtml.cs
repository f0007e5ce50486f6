using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Activities;

/// <summary>The printable 一次性告知书 (HTML), stored inside the notice document so what was printed is what was hashed.</summary>
public static class NoticeHtml
{
    public static string Render(Case @case, ServiceItem item, IEnumerable<JsonNode> items, string text, string? note, DateTime nowUtc)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>一次性告知书</title>")
            .Append("<style>body{font-family:'Noto Serif CJK SC',serif;margin:2cm}h1{text-align:center}table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:4px 8px}</style></head><body>")
            .Append("<h1>一次性告知书</h1>")
            .Append($"<p>办件编号：{E(@case.CaseNo)}</p><p>申请人：{E(@case.Applicant.Name)}</p><p>申请事项：{E(item.Name)}</p>")
            .Append($"<p>{E(text)}</p><table><thead><tr><th>序号</th><th>材料或要点</th><th>需补正内容</th><th>依据</th></tr></thead><tbody>");
        var n = 0;
        foreach (var row in items)
            html.Append($"<tr><td>{++n}</td><td>{E(row["name"]?.ToString())}</td><td>{E(row["problem"]?.ToString())}</td><td>{E(row["basis"]?.ToString())}</td></tr>");
        html.Append("</tbody></table>");
        if (!string.IsNullOrWhiteSpace(note)) html.Append($"<p>备注：{E(note)}</p>");
        var date = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, Common.DomainClock.ChinaTime);
        html.Append($"<p style=\"text-align:right\">{date:yyyy年M月d日}</p></body></html>");
        return html.ToString();
    }
}
