using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Domain;
using CaseFlow.Domain.Notifications;
using CaseFlow.Server.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Reports;

/// <summary>
/// 每日报表: the daily job stores each supervised unit's figures for the day before (and days it missed), sends them through
/// the outbox to the unit's supervisors once, and the stored rows stay as they were computed. The job is run by hand under
/// the fake clock, as Hangfire would at 00:10 Beijing time.
/// </summary>
public sealed class DailyReportTests
{
    private const string YuzhongWindow = "500103-W01";
    private const string WanzhouWindow = "500101-W01";

    [Fact]
    public async Task The_job_stores_a_units_exact_figures_for_yesterday_once_sends_them_once_keeps_them_when_data_changes_and_catches_up_missed_days()
    {
        await using var w = await ReportWorld.StartAsync();
        var wanzhouClerk = await w.UserAsync("dr.wzclerk", (WanzhouWindow, "clerk"));
        var yuzhong = await w.UserAsync("dr.yzsup", ("500103", "supervisor"));
        await w.UserAsync("dr.yzsup2", ("500103", "supervisor"));

        // Tue 03-03 in 渝中: A accepted and decided the same day, B accepted and left open, C applied (in review); 万州: W accepted.
        w.At(3, 3);
        var a = await w.AcceptedAsync();
        await w.AcceptedAsync();
        await w.ApplyAsync(ReportWorld.SocialSecurityCard);
        await w.AcceptedAsync(wanzhouClerk);
        await w.ApproveAsync(a);
        var liveRates = (await GetJsonAsync(yuzhong, "/api/reports/rates?from=2026-03-03&to=2026-03-03"))["totals"]!.ToJsonString();

        w.At(3, 4, 1);
        (await RunJobAsync(w)).ShouldBeGreaterThan(0);
        (await RunJobAsync(w)).ShouldBe(0, "the second run finds every unit's yesterday stored");

        var stored = Single(await GetJsonAsync(yuzhong, "/api/reports/daily-reports?unit=500103"));
        (Str(stored["unitCode"]), Str(stored["unitName"]), Str(stored["date"])).ShouldBe(("500103", "渝中区", "2026-03-03"));
        var rates = stored["rates"]!;
        (Int(rates, "received"), Int(rates, "finished"), Int(rates, "notAccepted"), Int(rates, "withinCommitted")).ShouldBe((3, 1, 0, 1),
            "A B C received in 渝中 (W is 万州's); A finished within its committed limit");
        (Num(rates, "committedRate"), Num(rates, "immediateShare"), Int(rates, "trips")).ShouldBe((1.0, 0.0, 1));
        rates.ToJsonString().ShouldBe(liveRates, "the day's figures are the rates report of that day over the unit's subtree");
        var live = stored["live"]!;
        (Int(live, "nearDue"), Int(live, "overdue"), Int(live, "stalled"), Int(live, "openSupervisionOrders")).ShouldBe((0, 0, 0, 0));
        Str(stored["computedAtUtc"]).ShouldStartWith("2026-03-03T17:00:00");

        var messages = await DailyMessagesAsync(w);
        messages.Where(m => m.Recipient.StartsWith("dr.")).Select(m => m.Recipient).Order().ToArray().ShouldBe(["dr.yzsup", "dr.yzsup2"], "one message to each of 渝中's supervisors, once");
        messages.First(m => m.Recipient == "dr.yzsup").Text.ShouldBe(
            "【每日报表】渝中区 2026年3月3日：收件 3 件，办结 1 件，承诺时限内办结率 100%，即办件占比 0%，人均跑动 1 次；当前预警 0 件、超期 0 件、停滞 0 件、未办结督办单 0 件。");
        messages.ShouldAllBe(m => m.CaseId == null && m.Channel == Notifier.InboxChannel);

        // The server is down from 03-04 to 03-06; D is applied on 03-04. The run of 03-07 stores 03-04, 03-05 and 03-06.
        w.At(3, 4);
        await w.ApplyAsync(ReportWorld.SocialSecurityCard);
        w.At(3, 7, 1);
        await RunJobAsync(w);
        var days = (await GetJsonAsync(yuzhong, "/api/reports/daily-reports?unit=500103"))["items"]!.AsArray();
        days.Select(d => Str(d!["date"])).ToArray().ShouldBe(["2026-03-06", "2026-03-05", "2026-03-04", "2026-03-03"], "newest first");
        Int(days[2]!["rates"]!, "received").ShouldBe(1, "D");
        days[2]!["live"].ShouldBeNull("a caught-up day has no live counts: they are gone");
        days[0]!["live"].ShouldNotBeNull("the 03-06 report is the one computed the day after");
        (await DailyMessagesAsync(w)).Count(m => m.Recipient == "dr.yzsup").ShouldBe(4);

        // Later the data moves on: B and C run over their deadlines. The stored 03-03 row stays as it was computed.
        w.At(3, 19);
        await w.SweepAsync();
        (await GetJsonAsync(yuzhong, "/api/reports/overdue"))["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
        var again = (await GetJsonAsync(yuzhong, "/api/reports/daily-reports?unit=500103&from=2026-03-03&to=2026-03-03"))["items"]!.AsArray();
        again.Count.ShouldBe(1);
        again[0]!.ToJsonString().ShouldBe(stored.ToJsonString());
        using (var scope = w.App.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().DailyReports.CountAsync(r => r.OrgUnit!.Code == "500103")).ShouldBe(4);
    }

    [Fact]
    public async Task A_supervisor_of_another_district_cannot_read_a_units_daily_reports_and_other_roles_get_403()
    {
        await using var w = await ReportWorld.StartAsync();
        var yuzhong = await w.UserAsync("dr2.yzsup", ("500103", "supervisor"));
        var wanzhou = await w.UserAsync("dr2.wzsup", ("500101", "supervisor"));
        w.At(3, 3);
        await w.AcceptedAsync();
        w.At(3, 4, 1);
        await RunJobAsync(w);

        Single(await GetJsonAsync(yuzhong, "/api/reports/daily-reports?unit=500103"))["unitCode"]!.GetValue<string>().ShouldBe("500103");
        (await wanzhou.GetAsync("/api/reports/daily-reports?unit=500103")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var theirs = (await GetJsonAsync(wanzhou, "/api/reports/daily-reports"))["items"]!.AsArray();
        theirs.Select(r => Str(r!["unitCode"])).ToArray().ShouldBe(["500101"], "万州's own report only");
        (await GetJsonAsync(w.Admin, "/api/reports/daily-reports?unit=500103"))["items"]!.AsArray().Count.ShouldBe(1);
        (await wanzhou.GetAsync("/api/reports/daily-reports?unit=no-such-unit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await w.Admin.GetAsync("/api/reports/daily-reports?from=2026-03-05&to=2026-03-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var refused = await w.Clerk.GetAsync("/api/reports/daily-reports?unit=500103");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("supervisor");
    }

    private static async Task<int> RunJobAsync(ReportWorld w)
    {
        using var scope = w.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DailyReportJob>().RunAsync();
    }

    private static async Task<List<OutboxMessage>> DailyMessagesAsync(ReportWorld w)
    {
        using var scope = w.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().Outbox.AsNoTracking()
            .Where(m => m.Template == NotificationTexts.DailyReport).OrderBy(m => m.Id).ToListAsync();
    }

    private static JsonNode Single(JsonObject list)
    {
        var items = list["items"]!.AsArray();
        items.Count.ShouldBe(1, list.ToJsonString());
        return items[0]!;
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static double Num(JsonNode node, string name) => node[name]!.GetValue<double>();
}
