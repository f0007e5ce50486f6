using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Server.Tests.Reports;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Ratings;

/// <summary>What the rectification tests do on a <see cref="ReportWorld"/>: a decided case rated poorly, its rectification read and its steps done.</summary>
internal static class RectificationSteps
{
    /// <summary>
    /// A social security card case taken in at 渝中区's window (the demo clerk), decided by 南明区 (the demo approver) and rated
    /// <paramref name="level"/> at the window pad now.
    /// </summary>
    public static async Task<Applied> PoorlyRatedAsync(this ReportWorld w, string level = "VeryDissatisfied")
    {
        var c = await w.AcceptedAsync();
        await w.ApproveAsync(c);
        var rated = await RatingSteps.RecordAsync(w.Clerk, c.Id, "WindowPad", level, "办理太慢，窗口人员态度差");
        rated.StatusCode.ShouldBe(HttpStatusCode.Created, await rated.Content.ReadAsStringAsync());
        return c;
    }

    public static Task<JsonObject> RectificationAsync(HttpClient client, long caseId) => GetJsonAsync(client, $"/api/cases/{caseId}/rectification");

    public static JsonNode Step(JsonObject rectification, string step) => rectification["steps"]!.AsArray().Single(s => Str(s!["step"]) == step)!;

    /// <summary>核实, 整改 and 回访 done now by the approver (南明区) and the clerk (渝中区's window).</summary>
    public static async Task VerifyAsync(this ReportWorld w, Applied c) =>
        await CompleteAsync(w.Approver, await StepTaskAsync(w.Approver, c.No, "VerifyRating"), "verified", new JsonObject { ["comment"] = "经核实，窗口确有解释不清的问题" });

    public static async Task RectifyAsync(this ReportWorld w, Applied c) =>
        await CompleteAsync(w.Approver, await StepTaskAsync(w.Approver, c.No, "RectifyRating"), "rectified", new JsonObject { ["comment"] = "已组织窗口人员培训，一次性告知到位" });

    public static async Task FollowUpAsync(this ReportWorld w, Applied c, string? level = "Satisfied") =>
        await CompleteAsync(w.Clerk, await StepTaskAsync(w.Clerk, c.No, "FollowUpRating"), "done", new JsonObject { ["comment"] = "电话回访，申请人认可整改", ["level"] = level });

    /// <summary>The open step of that activity type in the caller's queues (a supervision order of it has the same activity id).</summary>
    public static async Task<long> StepTaskAsync(HttpClient client, string caseNo, string activityType) =>
        (await GetJsonAsync(client, $"/api/tasks/queues?caseNo={Uri.EscapeDataString(caseNo)}"))["items"]!.AsArray()
            .Single(t => Str(t!["activityType"]) == activityType)!["id"]!.GetValue<long>();

    /// <summary>The ids of the open tasks of the case in the caller's queues (可领取).</summary>
    public static async Task<List<string>> QueuedStepsAsync(HttpClient client, string caseNo) =>
        (await GetJsonAsync(client, $"/api/tasks/queues?caseNo={Uri.EscapeDataString(caseNo)}"))["items"]!.AsArray().Select(t => Str(t!["activityId"])).ToList();

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
    }
}
