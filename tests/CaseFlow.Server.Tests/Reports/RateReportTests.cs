using System.Net;
using System.Text.Json.Nodes;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Reports;

/// <summary>
/// The rates over March 2026 on a known world of ten cases (social security card: committed 10, statutory 20 working days;
/// marriage: 即办, both limits 0). Every figure is worked out by hand in the comments from the dates the test sets.
/// </summary>
public sealed class RateReportTests
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    [Fact]
    public async Task Every_rate_of_a_known_month_is_exact_including_the_deadline_day_a_clock_stop_a_deemed_acceptance_and_an_extension()
    {
        await using var w = await ReportWorld.StartAsync();

        // Mon 03-02: nine applications. A (online), B, C, D, H accepted today; F (marriage) decided and issued on the spot;
        // G gets a one-time notice (补正); L is not accepted; E is left alone.
        var a = await w.AcceptedAsync(channel: "online");
        var b = await w.AcceptedAsync();
        var c = await w.AcceptedAsync();
        var d = await w.AcceptedAsync();
        var h = await w.AcceptedAsync();
        var e = await w.ApplyAsync(ReportWorld.SocialSecurityCard);
        var f = await w.ApplyAsync(ReportWorld.Marriage);
        await CompleteAsync(w.Clerk, await OpenTaskAsync(w.Clerk, f.No, "review"), "pass", EveryPointPassed(MarriageReviewPoints));
        await CompleteAsync(w.Clerk, await OpenTaskAsync(w.Clerk, f.No, "approval"), "approve");
        await CompleteAsync(w.Clerk, await OpenTaskAsync(w.Clerk, f.No, "localIssuance"), "issued");
        var g = await w.ApplyAsync(ReportWorld.SocialSecurityCard, materialMissing: true);
        await CompleteAsync(w.Clerk, await OpenTaskAsync(w.Clerk, g.No, "review"), "supplement", EveryPointPassed(SocialSecurityCardReviewPoints, new JsonObject { ["note"] = "请补正" }));
        var l = await w.ApplyAsync(ReportWorld.SocialSecurityCard);
        await CompleteAsync(w.Clerk, await OpenTaskAsync(w.Clerk, l.No, "review"), "reject", FirstPointFailed(SocialSecurityCardReviewPoints, new JsonObject { ["basis"] = "《社会保障卡管理办法》" }));

        w.At(3, 3); // G hands the material in and is accepted: its clocks start on 03-03
        await PostOkAsync(w.Clerk, $"/api/cases/{g.Id}/supplement", MaterialsBody(RequiredMaterials(await GetCaseAsync(w.Clerk, g.Id))));
        await w.PassReviewAsync(g);
        w.At(3, 5);
        await w.ApproveAsync(g);   // 2 working days used of 20 → cut 0.9
        w.At(3, 6);
        await w.ApproveAsync(a);   // 4 → 0.8
        w.At(3, 9);
        var stop = await w.StartStopAsync(d);
        w.At(3, 10);
        await w.SweepAsync();      // E: the review window (5 working days to 03-09) passed: deemed accepted as of receipt
        (await GetCaseAsync(w.Clerk, e.Id))["deemedAccepted"]!.GetValue<bool>().ShouldBeTrue();
        await w.PassReviewAsync(e);
        await w.ExtendAsync(h);    // statutory 03-30 → 04-14
        w.At(3, 12);
        await w.EndStopAsync(d, stop); // 3 working days stopped: D's committed deadline moves 03-16 → 03-19
        w.At(3, 16);
        await w.ApproveAsync(b);   // on the committed deadline day: on time; 10 used → 0.5
        w.At(3, 17);
        await w.ApproveAsync(c);   // a day late (committed); 11 → 0.45
        await w.ApproveAsync(e);   // counted from receipt (03-02): late; 11 → 0.45 (from 03-10 it would have been on time)
        w.At(3, 19);
        await w.ApproveAsync(d);   // on its moved deadline: on time; 13 − 3 stopped = 10 → 0.5
        w.At(3, 31);
        await w.ApproveAsync(h);   // committed late, statutory on time thanks to the extension; 21 → 1 − 21/20 = −0.05

        var rates = await GetJsonAsync(w.Admin, $"/api/reports/rates?{March}");
        var t = rates["totals"]!;
        Int(t, "received").ShouldBe(9);
        Int(t, "finished").ShouldBe(8, "A B C D E F G H: accepted and decided in March");
        Int(t, "notAccepted").ShouldBe(1, "L");
        Int(t, "withinCommitted").ShouldBe(5, "A B D F G");
        Num(t, "committedRate").ShouldBe(0.625);
        Int(t, "withinStatutory").ShouldBe(8);
        Num(t, "statutoryRate").ShouldBe(1.0);
        Int(t, "timeCutCases").ShouldBe(7, "F's statutory limit is 0 (即办): no time cut");
        Num(t, "timeCutMean").ShouldBe(0.5071, "(0.9 + 0.8 + 0.5 + 0.45 + 0.45 + 0.5 − 0.05) ÷ 7");
        Num(t, "timeCutMedian").ShouldBe(0.5);
        Int(t, "immediate").ShouldBe(1);
        Num(t, "immediateShare").ShouldBe(0.125);
        Int(t, "fullyOnline").ShouldBe(1, "A was applied online");
        Num(t, "fullyOnlineShare").ShouldBe(0.125);
        Int(t, "trips").ShouldBe(9, "one intake visit each but A's (applied online), G's supplement visit and F's collection");
        Num(t, "tripsPerCase").ShouldBe(1.125);
        Int(t, "supplemented").ShouldBe(1);
        Num(t, "supplementRate").ShouldBe(0.125);
        Int(t, "deemedAccepted").ShouldBe(1);
        Int(t, "extensions").ShouldBe(1);
        Int(t, "clockStops").ShouldBe(1);
        var perItem = rates["timeCutByItem"]!.AsArray().ShouldHaveSingleItem()!;
        Str(perItem["itemCode"]).ShouldBe(ReportWorld.SocialSecurityCardItem);
        Int(perItem, "cases").ShouldBe(7);
        Num(perItem, "mean").ShouldBe(0.5071);
        Num(perItem, "median").ShouldBe(0.5);

        // The period's last day is included: up to 03-16, A B F G are finished, all within the committed limit.
        var early = (await GetJsonAsync(w.Admin, "/api/reports/rates?from=2026-03-01&to=2026-03-16"))["totals"]!;
        Int(early, "finished").ShouldBe(4);
        Num(early, "committedRate").ShouldBe(1.0);
        Int(early, "extensions").ShouldBe(1);
        Int(early, "clockStops").ShouldBe(1);

        // The daily series: one point per day; 03-17 has C and E, both late.
        var daily = (await GetJsonAsync(w.Admin, $"/api/reports/rates/daily?{March}"))["points"]!.AsArray();
        daily.Count.ShouldBe(31);
        var day17 = daily.Single(p => Str(p!["key"]) == "2026-03-17")!["figures"]!;
        Int(day17, "finished").ShouldBe(2);
        Num(day17, "committedRate").ShouldBe(0.0);
        var day2 = daily.Single(p => Str(p!["key"]) == "2026-03-02")!["figures"]!;
        (Int(day2, "received"), Int(day2, "finished"), Int(day2, "notAccepted")).ShouldBe((9, 1, 1));
        daily.Single(p => Str(p!["key"]) == "2026-03-04")!["figures"]!["committedRate"].ShouldBeNull("nothing finished that day");

        // Breakdown by item: 7 social security cards and the marriage.
        var byItem = (await GetJsonAsync(w.Admin, $"/api/reports/rates/by/item?{March}"))["points"]!.AsArray();
        byItem.Select(p => (Str(p!["key"]), Int(p["figures"]!, "finished"))).ShouldBe(
            [(ReportWorld.SocialSecurityCardItem, 7), ("11500000MB1538204L000207002000", 1)]);
        // By the item filter, the same figures as the bar.
        var filtered = (await GetJsonAsync(w.Admin, $"/api/reports/rates?{March}&item={ReportWorld.SocialSecurityCardItem}"))["totals"]!;
        (Int(filtered, "finished"), Int(filtered, "withinCommitted"), Int(filtered, "notAccepted")).ShouldBe((7, 4, 1));

        // The figures above were summed from what each decision stored; cases decided before figures were stored are judged
        // when the report runs, and give the same answers.
        string[] reports = [$"/api/reports/rates?{March}", $"/api/reports/rates/daily?{March}", $"/api/reports/rates/by/item?{March}",
            $"/api/reports/rates/by/department?{March}", $"/api/reports/rates/by/region?{March}",
            $"/api/reports/rates?{March}&item={ReportWorld.SocialSecurityCardItem}", $"/api/reports/rates/by/item?{March}&region=520000"];
        // Both again from the daily summaries (decision 34) the rate-days job makes of every day before today.
        var stored = await w.AnswersAsync(reports);
        var today = DateOnly.FromDateTime(w.Time.GetUtcNow().UtcDateTime.AddHours(8));
        (await w.SummariseRateDaysAsync()).ShouldBe(today.DayNumber - new DateOnly(2026, 3, 2).DayNumber, "every day from the first receipt to yesterday");
        (await w.AnswersAsync(reports)).ShouldBe(stored);
        await w.ForgetRateDaysAsync();
        (await w.ForgetStoredFiguresAsync()).Cases.ShouldBe(9, "the nine cases decided in March stored their figures");
        (await w.AnswersAsync(reports)).ShouldBe(stored);
        (await w.SummariseRateDaysAsync()).ShouldBeGreaterThan(0);
        (await w.AnswersAsync(reports)).ShouldBe(stored);
    }

    [Fact]
    public async Task Reports_are_for_supervisors_and_admins_and_bad_filters_name_their_field()
    {
        await using var w = await ReportWorld.StartAsync();
        (await w.Clerk.GetAsync("/api/reports/rates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await w.Approver.GetAsync("/api/reports/overdue")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await w.App.CreateClient().GetAsync("/api/reports/overdue")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var supervisor = await w.App.SignInAsync(DemoUsers.Supervisor);
        (await supervisor.GetAsync("/api/reports/rates")).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var (query, field) in new[]
        {
            ("rates?from=2026-03-10&to=2026-03-01", "from"), ("rates?item=nope", "item"), ("rates?department=500103", "department"),
            ("rates?region=500103-W01", "region"), ("overdue?window=500103-GA", "window"), ("rates/by/person", "dimension"),
            ("overdue/export?format=pdf", "format"), ("nothing/export", "report"), ("timeliness/everyone", "by"), ("rates?from=2025-01-01&to=2026-03-01", "to"),
        })
        {
            var response = await w.Admin.GetAsync("/api/reports/" + query);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            (await response.Content.ReadAsStringAsync()).ShouldContain($"\"{field}\"", Case.Sensitive, query);
        }
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static double Num(JsonNode node, string name) => node[name]!.GetValue<double>();
}
