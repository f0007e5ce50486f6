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
            if (verdict == Fail && DecisionBasisRule.MissingForFailedPoint(code, basis, point.Basis) is { } rule)
                throw new WorkflowInputException($"checklist[{i}].{DecisionBasisRule.Field}", rule);
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
