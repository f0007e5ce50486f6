using System.Text.Json.Nodes;
using static CaseFlow.DemoYear.Api;

namespace CaseFlow.DemoYear;

/// <summary>
/// Works the inboxes: every open task in a worker's queues (可领取) is completed with an outcome it offers, when its case's
/// fate says so. Tasks of kinds the generator does not know — the rectification of a poor rating (核实, 整改, 回访) among them —
/// are completed with their first outcome and a generic comment and basis, so new workflows are walked too.
/// </summary>
internal sealed class TaskWork(YearBook book)
{
    private const string Basis = "《中华人民共和国行政许可法》第三十八条：申请人的申请不符合法定条件、标准";
    private readonly HashSet<long> _refusedUnknown = [];

    /// <summary>One pass over a worker's queue; answers the cases it acted on (their workers get another pass).</summary>
    public async Task<List<CaseState>> PassAsync(HttpClient worker, DateOnly today)
    {
        var acted = new List<CaseState>();
        var page = await book.TimedAsync("inbox-get", () => GetAsync(worker, "/api/tasks/queues?sort=created&pageSize=200"));
        foreach (var task in page["items"]!.AsArray().OrderBy(t => t!["id"]!.GetValue<long>()))
        {
            var state = book.Cases.GetValueOrDefault(task!["caseId"]!.GetValue<long>());
            if (state is not null && Str(task["caseLevel"]) == "Red" && !state.Urged)
            {
                // 催办 by the supervisor once a case runs over its limit.
                state.Urged = true;
                await PostAsync(book.Staff.Supervisor, $"/api/tasks/{task["id"]}/urge", new JsonObject { ["message"] = "该件已超期，请尽快办结并反馈。" });
                book.Count("urged");
            }
            if (await WorkAsync(worker, task.AsObject(), state, today) && state is not null) acted.Add(state);
        }
        return acted;
    }

    private async Task<bool> WorkAsync(HttpClient worker, JsonObject task, CaseState? state, DateOnly today)
    {
        var id = task["id"]!.GetValue<long>();
        var type = Str(task["activityType"]);
        var outcomes = task["outcomes"]!.AsArray().Select(o => Str(o)).ToList();
        if (state is null || type is not ("FormReview" or "Accept" or "Approval" or "LocalIssuance" or "SupervisionOrder"))
            return await UnknownAsync(worker, id, outcomes, state);
        if (today < state.ReadyOn || state.SupplementOn is not null) return false;
        var actor = Str(task["role"]) == "clerk" ? state.Window.Clerks[state.Id % state.Window.Clerks.Length] : worker;
        switch (type)
        {
            case "FormReview":
                return await ReviewAsync(actor, id, state, today);
            case "Accept":
                await CompleteAsync(actor, id, Pick(outcomes, "accept", "accepted"), null);
                state.ReadyOn = book.ApprovalDay(state, today);
                return true;
            case "Approval":
                return await DecideAsync(actor, id, outcomes, state, today);
            case "LocalIssuance":
                await CompleteAsync(actor, id, outcomes[0], null);
                await book.FinishAsync(state);
                return true;
            default: // a supervision order (督办单): answered on the day the late step is done
                await CompleteAsync(actor, id, outcomes[0], new JsonObject { ["comment"] = "已督促承办人员加快办理，当日办结。" });
                book.Count("supervision-answered");
                return true;
        }
    }

    private async Task<bool> ReviewAsync(HttpClient clerk, long id, CaseState state, DateOnly today)
    {
        if (state.Fate == Fate.NotAccepted)
        {
            var rejected = Checklist(state, fail: true);
            rejected["basis"] = Basis;
            rejected["reason"] = "申请事项不符合受理条件";
            await CompleteAsync(clerk, id, "reject", rejected);
            await book.FinishAsync(state);
            return true;
        }
        if (state.Supplements < state.SupplementRounds)
        {
            var data = Checklist(state, fail: false);
            // The second notice may only name what the first supplement brought in (一次性告知).
            if (state.Supplements == 1) data["faulty"] = new JsonArray(state.MissingMaterial);
            await CompleteAsync(clerk, id, "supplement", data);
            state.SupplementOn = today.AddDays(book.Rng.Next(1, 4));
            book.Count("supplement-notice");
            return true;
        }
        await CompleteAsync(clerk, id, "pass", Checklist(state, fail: false));
        // Accepted by the window, the case is accepted as the review passes (no acceptance task): the decision's day is set now.
        state.ReadyOn = state.Item.Json["acceptedBy"]?.GetValue<string>() == "window" ? book.ApprovalDay(state, today) : book.Calendar.AddWorkingDays(today, book.Rng.Next(0, 2));
        return true;
    }

    private async Task<bool> DecideAsync(HttpClient approver, long id, List<string> outcomes, CaseState state, DateOnly today)
    {
        if (state.Fate == Fate.ClockStop && state.StopId is null)
        {
            string[] reasons = ["ExpertReview", "Inspection", "PublicNotice", "Testing"];
            var started = await PostAsync(approver, $"/api/cases/{state.Id}/excluded-periods",
                new JsonObject { ["reason"] = reasons[book.Rng.Next(reasons.Length)], ["note"] = "依法需组织专家评审或现场核查，期间不计入办理时限" });
            state.StopId = started!["id"]!.GetValue<long>();
            state.ReadyOn = book.Calendar.AddWorkingDays(today, book.Rng.Next(2, 5));
            return true;
        }
        if (state.StopId is { } stop && !state.StopEnded)
        {
            await PostAsync(approver, $"/api/cases/{state.Id}/excluded-periods/{stop}/end", null);
            state.StopEnded = true;
            state.ReadyOn = book.Calendar.AddWorkingDays(today, book.Rng.Next(1, 3));
            return true;
        }
        if (state.Fate == Fate.Extension && !state.Extended)
        {
            await PostAsync(approver, $"/api/cases/{state.Id}/extension", new JsonObject { ["reason"] = "情况复杂，需实地核查，经本机关负责人批准延长" });
            state.Extended = true;
            state.ReadyOn = book.Calendar.AddWorkingDays(today, state.Item.CommittedWorkingDays + book.Rng.Next(1, 4));
            return true;
        }
        var refuse = state.Fate == Fate.Refused;
        await CompleteAsync(approver, id, refuse ? Pick(outcomes, "reject") : Pick(outcomes, "approve"),
            refuse ? new JsonObject { ["basis"] = Basis, ["reason"] = "经审查不符合法定条件" } : new JsonObject { ["comment"] = "同意" });
        state.ReadyOn = book.Calendar.AddWorkingDays(today, book.Rng.Next(0, 3));
        await book.AfterDecisionAsync(state, today);
        return true;
    }

    private async Task<bool> UnknownAsync(HttpClient worker, long id, List<string> outcomes, CaseState? state)
    {
        if (_refusedUnknown.Contains(id) || outcomes.Count == 0) return false;
        var (ok, text, status) = await TryPostAsync(worker, $"/api/tasks/{id}/complete", new JsonObject
        {
            ["outcome"] = outcomes[0],
            ["data"] = new JsonObject { ["comment"] = "已核实处理", ["note"] = "已核实处理", ["basis"] = "经核实，按规定处理" },
        });
        if (!ok)
        {
            _refusedUnknown.Add(id);
            book.Log($"  task {id} ({outcomes[0]}) left open: {status} {text}");
        }
        else book.Count("other-tasks");
        return ok && state is not null;
    }

    private static JsonObject Checklist(CaseState state, bool fail) => new()
    {
        ["checklist"] = new JsonArray(state.Item.ReviewPoints.Select((code, i) => (JsonNode)new JsonObject
        {
            ["code"] = code,
            ["result"] = fail && i == 0 ? "fail" : "pass",
            ["basis"] = fail && i == 0 ? Basis : null,
        }).ToArray()),
    };

    private static string Pick(List<string> outcomes, params string[] wanted) => wanted.FirstOrDefault(outcomes.Contains) ?? outcomes[0];

    private static async Task CompleteAsync(HttpClient client, long taskId, string outcome, JsonObject? data) =>
        await PostAsync(client, $"/api/tasks/{taskId}/complete", new JsonObject { ["outcome"] = outcome, ["data"] = data });
}
