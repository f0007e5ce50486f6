using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>
/// 审核要点清单: every review point of the item assessed as pass, supplement (补正) or fail, a failed point with its basis.
/// Required when the item has review points; it must be complete and the outcome must follow from it.
/// </summary>
public static class ReviewChecklist
{
    public const string Pass = "pass", Supplement = "supplement", Fail = "fail";

    public sealed record Point(string Code, string Text, string Result, string? Basis, string Needed);

    public static IReadOnlyList<Point>? Read(JsonNode? node, IReadOnlyList<ReviewPoint> points)
    {
        if (node is null)
            return points.Count == 0 ? null
                : throw new WorkflowInputException("checklist", $"Completing a review takes the review-point checklist: assess each of {string.Join(", ", points.Select(p => p.Code))} as pass, supplement or fail.");
        if (node is not JsonArray array) throw new WorkflowInputException("checklist", "The checklist is a list of {code, result, basis}.");
        var result = new List<Point>();
        for (var i = 0; i < array.Count; i++)
        {
            var code = array[i]?["code"]?.ToString();
            var point = points.FirstOrDefault(p => p.Code == code)
                ?? throw new WorkflowInputException($"checklist[{i}].code", $"'{code}' is not a review point of this item; the points are: {string.Join(", ", points.Select(p => p.Code))}.");
            var verdict = array[i]?["result"]?.ToString();
            if (verdict is not (Pass or Supplement or Fail))
                throw new WorkflowInputException($"checklist[{i}].result", "Each point's result is pass, supplement or fail.");
            var basis = array[i]?["basis"]?.ToString();
            if (verdict == Fail && string.IsNullOrWhiteSpace(basis))
                throw new WorkflowInputException($"checklist[{i}].basis", $"Point {code} fails: a failed point must cite its basis (否定必有依据), e.g. {point.Basis}.");
            if (result.Any(p => p.Code == code)) throw new WorkflowInputException($"checklist[{i}].code", $"Point {code} is assessed twice.");
            result.Add(new Point(point.Code, point.Text, verdict, string.IsNullOrWhiteSpace(basis) ? point.Basis : basis.Trim(), point.Supplement));
        }
        var unassessed = points.Where(p => result.All(r => r.Code != p.Code)).Select(p => p.Code).ToList();
        if (unassessed.Count > 0) throw new WorkflowInputException("checklist", $"Every review point must be assessed; missing: {string.Join(", ", unassessed)}.");
        return result;
    }

    /// <summary>A failed point rejects; a point needing 补正, or a material missing or faulty, asks for a supplement.</summary>
    public static string Outcome(IReadOnlyList<Point> checklist, bool materialsIncomplete) =>
        checklist.Any(p => p.Result == Fail) ? "reject" : materialsIncomplete || checklist.Any(p => p.Result == Supplement) ? "supplement" : "pass";
}

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
