using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Reports;

/// <summary>
/// 时效考核 on three social security card cases accepted Mon 03-02 10:00 (committed deadline 03-16, i.e. before 03-17 00:00).
/// Office hours 09:00–12:00 and 13:30–17:30 (7 h a day): from 03-02 10:00 the approval's limit is 6 + 10 × 7 = 76 working hours.
/// </summary>
public sealed class TimelinessTests
{
    [Fact]
    public async Task Departments_and_people_are_scored_on_time_share_used_share_and_supervision_orders_with_default_and_configured_weights()
    {
        foreach (var (settings, departmentScore, approverScore) in new[]
        {
            ((Dictionary<string, string>?)null, 34.3, 39.3),
            (new Dictionary<string, string> { ["Reports:Score:OnTime"] = "1", ["Reports:Score:Speed"] = "0", ["Reports:Score:SupervisionOrderPenalty"] = "0" }, 50.0, 50.0),
        })
        {
            await using var w = await ReportWorld.StartAsync(settings);
            w.At(3, 2);
            var p1 = await w.AcceptedAsync();
            var p2 = await w.AcceptedAsync();
            await w.AcceptedAsync(); // P3: its approval stays open, unclaimed
            (await w.Approver.PostAsync($"/api/tasks/{await OpenTaskAsync(w.Approver, p2.No, "approval")}/claim", null)).EnsureSuccessStatusCode();
            w.At(3, 6);
            await w.ApproveAsync(p1);  // 28 of 76 working hours used: on time
            w.At(3, 17);
            await w.SweepAsync();      // P2 and P3 overdue: two supervision orders to 520102-RS, one for the approver holding P2
            await CompleteAsync(w.Approver, (await GetJsonAsync(w.Approver, "/api/tasks/mine"))["items"]!.AsArray()
                .Single(t => Str(t!["caseNo"]) == p2.No && Str(t["activityId"]) == "approval")!["id"]!.GetValue<long>(), "approve"); // 77 of 76: late

            var departments = (await GetJsonAsync(w.Admin, "/api/reports/timeliness/departments?from=2026-03-01&to=2026-03-31"))["rows"]!.AsArray();
            departments.Select(r => Str(r!["key"])).ShouldBe(["500103-W01", "520102-RS"]);
            var window = departments[0]!;
            (Int(window, "done"), Int(window, "onTime"), Int(window, "overdue"), Num(window, "meanUsedShare"), Int(window, "supervisionOrders"), Num(window, "score"))
                .ShouldBe((3, 3, 0, 0.0, 0, 100.0), "three reviews passed at once");
            var home = departments[1]!;
            (Int(home, "done"), Int(home, "withLimit"), Int(home, "onTime"), Int(home, "overdue"), Num(home, "onTimeShare"), Num(home, "meanUsedShare"), Int(home, "supervisionOrders"))
                .ShouldBe((2, 2, 1, 1, 0.5, 0.6908, 2), "(28/76 + 77/76) ÷ 2");
            Num(home, "score").ShouldBe(departmentScore);

            var people = (await GetJsonAsync(w.Admin, "/api/reports/timeliness/people?from=2026-03-01&to=2026-03-31"))["rows"]!.AsArray();
            var approver = people.Single(r => Str(r!["key"]) == "approver")!;
            (Int(approver, "done"), Int(approver, "onTime"), Int(approver, "supervisionOrders")).ShouldBe((2, 1, 1));
            Num(approver, "score").ShouldBe(approverScore);
            Num(people.Single(r => Str(r!["key"]) == "clerk")!, "score").ShouldBe(100.0);

            var csv = System.Text.Encoding.UTF8.GetString(await w.Admin.GetByteArrayAsync("/api/reports/timeliness-people/export?format=csv&from=2026-03-01&to=2026-03-31"));
            csv.ShouldContain("人员,用户名,办结任务数,有时限任务数,按时办结数,超时办结数,按时办结率,平均用时占比,收到督办单数,考核得分");

            // Summed from what each step stored at its close; steps closed before that are judged when the report runs, alike.
            string[] reports = ["/api/reports/timeliness/departments?from=2026-03-01&to=2026-03-31", "/api/reports/timeliness/people?from=2026-03-01&to=2026-03-31"];
            // And from the daily summaries of the days before today (decision 34), made from either.
            var stored = await w.AnswersAsync(reports);
            (await w.SummariseRateDaysAsync()).ShouldBeGreaterThan(0);
            (await w.AnswersAsync(reports)).ShouldBe(stored);
            await w.ForgetRateDaysAsync();
            (await w.ForgetStoredFiguresAsync()).Steps.ShouldBeGreaterThanOrEqualTo(5, "three reviews and two approvals");
            (await w.AnswersAsync(reports)).ShouldBe(stored);
            (await w.SummariseRateDaysAsync()).ShouldBeGreaterThan(0);
            (await w.AnswersAsync(reports)).ShouldBe(stored);
        }
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static double Num(JsonNode node, string name) => node[name]!.GetValue<double>();
}
