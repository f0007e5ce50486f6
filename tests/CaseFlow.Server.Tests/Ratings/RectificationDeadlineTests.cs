using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Notifications;
using CaseFlow.Server.Tests.Reports;
using static CaseFlow.Server.Tests.CaseFlowApplication;
using static CaseFlow.Server.Tests.Ratings.RectificationSteps;

namespace CaseFlow.Server.Tests.Ratings;

/// <summary>
/// 差评整改 limits (核实 1, 整改 15, 回访 3 working days; per province configurable) on the work calendar, with the fake clock and
/// the timer sweep run by hand (as in TimeLimitTests): a late step is raised in the overdue list and escalated as a case task
/// is; the ratings report's within-limit shares to the exact value; a district supervisor sees only their own district's.
/// </summary>
public sealed class RectificationDeadlineTests
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    [Fact]
    public async Task A_verify_step_past_its_limit_is_in_the_overdue_list_of_its_districts_supervisors_only_and_escalated_as_a_case_task_is()
    {
        await using var w = await ReportWorld.StartAsync();
        var yuzhong = await w.UserAsync("yz-sup", ("500103", "supervisor"));
        var wanzhou = await w.UserAsync("wz-sup", ("500101", "supervisor"));
        w.At(3, 2); // Monday
        var c = await w.PoorlyRatedAsync();
        // 1 working day from Monday 10:00: due by the end of Tuesday 3 March.
        var due = DateTime.Parse(Str(Step(await RectificationAsync(w.Admin, c.Id), "Verify")["dueAtUtc"])).ToUniversalTime();
        TimeZoneInfo.ConvertTimeFromUtc(due.AddTicks(-1), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Date.ShouldBe(new DateTime(2026, 3, 3));

        w.At(3, 3, 16); // past 80% of its working time (Tuesday about 14:54)
        await w.SweepAsync();
        Int(await GetJsonAsync(w.Admin, "/api/reports/rectifications/overdue"), "total").ShouldBe(0, "not past its limit yet");
        (await w.OutboxAsync(c.Id, NotificationTexts.TaskWarning)).Select(m => m.Recipient).ShouldBe(["approver"], "预警 to the holders of the step, as for a case task");

        w.At(3, 4, 10); // Wednesday: one working day over
        await w.SweepAsync();
        var list = await GetJsonAsync(yuzhong, "/api/reports/rectifications/overdue");
        Int(list, "total").ShouldBe(1);
        var row = list["items"]!.AsArray().Single()!;
        (Str(row["caseNo"]), Str(row["itemCode"]), Str(row["step"]), Str(row["stepType"]), Str(row["assignee"]), Str(row["deadlineDate"]), Int(row, "workingDaysOver"), Str(row["cardName"]))
            .ShouldBe((c.No, ReportWorld.SocialSecurityCardItem, "差评核实", "VerifyRating", "approver", "2026-03-03", 1, "黄牌"));
        row["department"].ShouldNotBeNull();
        Int(await GetJsonAsync(wanzhou, "/api/reports/rectifications/overdue"), "total").ShouldBe(0, "another district's rectification is never shown");
        (await wanzhou.GetAsync($"/api/cases/{c.Id}/rectification")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // 超期: the step's holders and the unit's supervisors are told, a supervision order (督办单) is raised — as for a case task.
        (await w.OutboxAsync(c.Id, NotificationTexts.TaskOverdue)).Select(m => m.Recipient).Order().ShouldBe(["approver", "supervisor"]);
        (await w.OutboxAsync(c.Id, NotificationTexts.SupervisionOrder)).Select(m => m.Recipient).ShouldBe(["approver"]);
        Str(JsonNode.Parse((await w.OutboxAsync(c.Id, NotificationTexts.TaskOverdue))[0].PayloadJson)!["step"]).ShouldBe("差评核实");
        (await QueuedStepsAsync(w.Approver, c.No)).Order().ToList().ShouldBe(new List<string> { "verify", "verify" }, "the step and its supervision order");
        Str(Step(await RectificationAsync(w.Admin, c.Id), "Verify")["level"]).ShouldBe("Red");
        var orders = await GetJsonAsync(yuzhong, "/api/reports/supervision-orders");
        orders["items"]!.AsArray().ShouldContain(o => Str(o!["step"]) == "督办：差评核实");

        // Done late: it leaves the list and counts as not verified in time.
        await w.VerifyAsync(c);
        Int(await GetJsonAsync(w.Admin, "/api/reports/rectifications/overdue"), "total").ShouldBe(0);
        Step(await RectificationAsync(w.Admin, c.Id), "Verify")["inTime"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task The_ratings_report_gives_the_shares_of_poor_ratings_verified_rectified_and_followed_up_within_their_limits_per_province_limits()
    {
        // Cases decided in Guizhou (520000, here 南明区) are verified within 2 working days instead of 1.
        await using var w = await ReportWorld.StartAsync(new Dictionary<string, string> { ["Ratings:Rectification:Provinces:520000:VerifyDays"] = "2" });
        var yuzhong = await w.UserAsync("yz-sup2", ("500103", "supervisor"));
        var wanzhou = await w.UserAsync("wz-sup2", ("500101", "supervisor"));
        w.At(3, 2); // Monday
        var a = await w.PoorlyRatedAsync();              // every step in time
        var b = await w.PoorlyRatedAsync("Dissatisfied"); // verified on Wednesday: in time only with Guizhou's 2 days; rectified, follow-up late
        var late = await w.PoorlyRatedAsync();           // verified on Thursday: late even so; nothing more
        var fine = await w.FinishedAsync();
        (await RatingSteps.RecordAsync(w.Clerk, fine.Id, "WindowPad", "Satisfied")).StatusCode.ShouldBe(HttpStatusCode.Created);

        await w.VerifyAsync(a);
        await w.RectifyAsync(a);
        await w.FollowUpAsync(a);
        w.At(3, 4, 16);
        await w.VerifyAsync(b);
        await w.RectifyAsync(b);
        w.At(3, 5, 10);
        await w.VerifyAsync(late);
        w.At(3, 10, 10); // 回访 3 working days from Wednesday 16:00: due by the end of Monday 9 March
        await w.FollowUpAsync(b, null);

        // 4 rated, 3 poor: verified in time a, b (2 ÷ 3); rectified in time a, b (2 ÷ 3); followed up in time a (1 ÷ 3).
        var figures = (await GetJsonAsync(w.Admin, $"/api/reports/ratings?{March}"))["figures"]!;
        (Int(figures, "rated"), Int(figures, "poor")).ShouldBe((4, 3));
        (Int(figures, "verifiedInTime"), Num(figures, "verifiedInTimeShare"), Int(figures, "rectifiedInTime"), Num(figures, "rectifiedInTimeShare"),
            Int(figures, "followedUpInTime"), Num(figures, "followedUpInTimeShare")).ShouldBe((2, 0.6667, 2, 0.6667, 1, 0.3333));
        Num((await GetJsonAsync(yuzhong, $"/api/reports/ratings?{March}"))["figures"]!, "verifiedInTimeShare").ShouldBe(0.6667);
        var none = (await GetJsonAsync(wanzhou, $"/api/reports/ratings?{March}"))["figures"]!;
        (Int(none, "poor"), Int(none, "verifiedInTime"), none["verifiedInTimeShare"]).ShouldBe((0, 0, null));
        var csv = System.Text.Encoding.UTF8.GetString(await w.Admin.GetByteArrayAsync($"/api/reports/ratings/export?format=csv&{March}"));
        csv.ShouldContain("差评按时回访率,0.3333");
    }

    [Fact]
    public async Task The_overdue_rectification_list_answers_bad_filters_with_problem_details_and_is_for_supervisors_and_admins()
    {
        await using var w = await ReportWorld.StartAsync();
        var reversed = await ProblemAsync(await w.Admin.GetAsync("/api/reports/rectifications/overdue?from=2026-03-10&to=2026-03-01"));
        reversed["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["from"]);
        var unknown = await ProblemAsync(await w.Admin.GetAsync("/api/reports/rectifications/overdue?window=NO-SUCH-WINDOW"));
        unknown["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["window"]);
        (await w.Admin.GetAsync("/api/reports/rectifications/overdue?from=not-a-date")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await w.Clerk.GetAsync("/api/reports/rectifications/overdue")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await w.Admin.GetAsync("/api/cases/987654321/rectification")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static double Num(JsonNode node, string name) => node[name]!.GetValue<double>();
}
