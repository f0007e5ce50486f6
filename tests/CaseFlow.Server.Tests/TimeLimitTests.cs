using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Timers;
using CaseFlow.Server.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CaseFlow.Server.Tests.CaseFlowApplication;
using static CaseFlow.TestSupport.ChinaTime;

namespace CaseFlow.Server.Tests;

/// <summary>
/// Weeks of deadlines on the real server (SQLite) in milliseconds: the domain clock is fake, sign-ins keep the real one,
/// and the test drives the timer sweep itself after moving the clock (docs/decisions.md, decision 15).
/// </summary>
public sealed class TimeLimitTests
{
    [Fact]
    public async Task Yellow_red_the_notices_the_supervision_order_and_the_stall_each_happen_once_also_across_a_restart()
    {
        var time = new FakeTimeProvider(Beijing(3, 2, 9)); // Mon 2026-03-02 09:00
        string folder;
        long id;
        await using (var first = new CaseFlowApplication { DomainTime = time })
        {
            first.DeleteOnDispose = false;
            folder = first.Folder;
            var clerk = await first.ClerkAsync();
            var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("social-security-card-replacement.json"));
            id = EngineThroughApiTests.Id(created);
            await CompleteAsync(clerk, await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review"), "pass", EveryPointPassed(SocialSecurityCardReviewPoints));

            var accepted = await GetCaseAsync(clerk, id);
            var committed = Clock(accepted, "Committed");
            committed["dueDate"]!.GetValue<string>().ShouldBe("2026-03-16", "10 working days from Mon 03-02");
            Clock(accepted, "Statutory")["dueDate"]!.GetValue<string>().ShouldBe("2026-03-30");
            accepted["level"]!.GetValue<string>().ShouldBe("Green");

            // Thu 03-05: two working days without a step → stalled, once.
            time.SetUtcNow(Beijing(3, 5));
            await SweepAsync(first);
            await SweepAsync(first);
            (await KindsAsync(first, id)).Count(k => k == "stalled").ShouldBe(1);

            // Fri 03-13: 8 of 10 working days used → 预警, once.
            time.SetUtcNow(Beijing(3, 13));
            await SweepAsync(first);
            await SweepAsync(first);
            var warned = await GetCaseAsync(clerk, id);
            warned["level"]!.GetValue<string>().ShouldBe("Yellow");
            var outbox = await OutboxAsync(first, id);
            outbox.Count(m => Str(m["template"]) == "case-warning" && Str(m["recipient"]) == "approver").ShouldBe(1);
            outbox.Count(m => Str(m["template"]) == "stalled" && Str(m["recipient"]) == "supervisor").ShouldBe(1);
        }

        // A restart between two timers: in-memory Hangfire jobs are gone; the timer table and the sweep carry on.
        try
        {
            await using var second = new CaseFlowApplication(folder) { DomainTime = time };
            time.SetUtcNow(Beijing(3, 17)); // Tue: the committed deadline (Mon 03-16) has passed
            await SweepAsync(second);
            await SweepAsync(second);

            var approver = await second.ApproverAsync();
            var late = await GetCaseAsync(approver, id);
            late["level"]!.GetValue<string>().ShouldBe("Red");
            Clock(late, "Committed")["level"]!.GetValue<string>().ShouldBe("Red");
            Clock(late, "Statutory")["level"]!.GetValue<string>().ShouldBe("Green");

            var kinds = await KindsAsync(second, id);
            kinds.Count(k => k == "clock-warning").ShouldBe(1);
            kinds.Count(k => k == "clock-overdue").ShouldBe(1);
            kinds.Count(k => k == "stalled").ShouldBe(1);
            kinds.Count(k => k == "supervision-order").ShouldBe(1);

            var outbox = await OutboxAsync(second, id);
            outbox.Count(m => Str(m["template"]) == "case-warning").ShouldBe(1);
            outbox.Count(m => Str(m["template"]) == "case-overdue" && Str(m["recipient"]) == "approver").ShouldBe(1);
            outbox.Count(m => Str(m["template"]) == "case-overdue" && Str(m["recipient"]) == "supervisor").ShouldBe(1);
            outbox.ShouldContain(m => Str(m["text"]).Contains(late["caseNo"]!.GetValue<string>()) && Str(m["text"]).Contains("2026年3月16日"));

            var caseNo = late["caseNo"]!.GetValue<string>();
            var queue = await GetJsonAsync(approver, $"/api/tasks/queues?caseNo={caseNo}");
            var order = queue["items"]!.AsArray().Where(t => Str(t!["activityType"]) == "SupervisionOrder").ShouldHaveSingleItem();
            order!["dueAtUtc"].ShouldNotBeNull();
            (await GetArrayAsync(approver, "/api/notifications/mine")).ShouldContain(n => Str(n!["template"]) == "supervision-order");

            // The outbox drains through the log sender.
            var drained = await second.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope()
                .ServiceProvider.GetRequiredService<CaseFlow.Domain.Notifications.OutboxDispatcher>().DrainAsync(100, CancellationToken.None);
            drained.ShouldBeGreaterThan(0);
            (await OutboxAsync(second, id)).ShouldAllBe(m => Str(m!["state"]) == "Sent");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task Five_silent_working_days_make_the_case_deemed_accepted_as_of_receipt_and_the_review_stays_open()
    {
        var time = new FakeTimeProvider(Beijing(3, 2, 9));
        await using var app = new CaseFlowApplication { DomainTime = time };
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("social-security-card-replacement.json"));
        var id = EngineThroughApiTests.Id(created);
        Clock(created, "Review")["dueDate"]!.GetValue<string>().ShouldBe("2026-03-09");

        time.SetUtcNow(Beijing(3, 9, 17)); // still the last day of the review window
        await SweepAsync(app);
        (await GetCaseAsync(clerk, id))["deemedAccepted"]!.GetValue<bool>().ShouldBeFalse();

        time.SetUtcNow(Beijing(3, 10, 9));
        await SweepAsync(app);
        var deemed = await GetCaseAsync(clerk, id);
        deemed["deemedAccepted"]!.GetValue<bool>().ShouldBeTrue();
        deemed["acceptedAtUtc"]!.GetValue<DateTime>().ShouldBe(created["receivedAtUtc"]!.GetValue<DateTime>());
        Clock(deemed, "Committed")["startedAtUtc"]!.GetValue<DateTime>().ShouldBe(created["receivedAtUtc"]!.GetValue<DateTime>());
        Clock(deemed, "Committed")["dueDate"]!.GetValue<string>().ShouldBe("2026-03-16");
        (await KindsAsync(app, id)).Count(k => k == "deemed-accepted").ShouldBe(1);
        (await OutboxAsync(app, id)).ShouldContain(m => Str(m["template"]) == "deemed-accepted" && Str(m["channel"]) == "sms");

        // The review task is still open; passing it now moves the case on without a second acceptance.
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review"), "pass", EveryPointPassed(SocialSecurityCardReviewPoints));
        var moved = await GetCaseAsync(clerk, id);
        moved["acceptedAtUtc"]!.GetValue<DateTime>().ShouldBe(created["receivedAtUtc"]!.GetValue<DateTime>());
        moved["status"]!.GetValue<string>().ShouldBe("InApproval");
    }

    [Fact]
    public async Task An_excluded_period_moves_both_deadlines_and_the_one_extension_moves_the_statutory_one_only()
    {
        var time = new FakeTimeProvider(Beijing(3, 2, 9));
        await using var app = new CaseFlowApplication { DomainTime = time };
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("household-registration-transfer.json"));
        var id = EngineThroughApiTests.Id(created);
        var caseNo = EngineThroughApiTests.No(created);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "pass", EveryPointPassed(HouseholdTransferReviewPoints));
        await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "acceptAtHome"), "accept");
        var accepted = await GetCaseAsync(approver, id);
        Clock(accepted, "Committed")["dueDate"]!.GetValue<string>().ShouldBe("2026-03-16");
        Clock(accepted, "Statutory")["dueDate"]!.GetValue<string>().ShouldBe("2026-03-30");

        time.SetUtcNow(Beijing(3, 9)); // Mon
        (await clerk.PostAsync($"/api/cases/{id}/excluded-periods", Json(new { reason = "ExpertReview" }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await approver.PostAsync($"/api/cases/{id}/excluded-periods", Json(new { note = "no reason" }))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var started = await approver.PostAsync($"/api/cases/{id}/excluded-periods", Json(new { reason = "ExpertReview", note = "组织专家评审" }));
        started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var period = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        Clock(await GetCaseAsync(approver, id), "Committed")["paused"]!.GetValue<bool>().ShouldBeTrue();

        time.SetUtcNow(Beijing(3, 12)); // Thu: Monday to Thursday is 3 working days
        await PostOkAsync(approver, $"/api/cases/{id}/excluded-periods/{period["id"]}/end", null);
        var moved = await GetCaseAsync(approver, id);
        Clock(moved, "Committed")["dueDate"]!.GetValue<string>().ShouldBe("2026-03-19");
        Clock(moved, "Statutory")["dueDate"]!.GetValue<string>().ShouldBe("2026-04-02");
        var excluded = moved["excludedPeriods"]!.AsArray().ShouldHaveSingleItem()!;
        Str(excluded["reasonName"]).ShouldBe("专家评审");
        excluded["endedAtUtc"].ShouldNotBeNull();
        // 8 working days have passed (03-03 … 03-12), 3 of them excluded.
        Clock(moved, "Committed")["used"]!.GetValue<double>().ShouldBe(5);

        var extended = await approver.PostAsync($"/api/cases/{id}/extension", Json(new { reason = "需实地核查户籍信息" }));
        extended.StatusCode.ShouldBe(HttpStatusCode.OK, await extended.Content.ReadAsStringAsync());
        var after = await GetCaseAsync(approver, id);
        Clock(after, "Statutory")["dueDate"]!.GetValue<string>().ShouldBe("2026-04-17", "+10 working days over the Qingming holiday (04-04…04-06)");
        Clock(after, "Committed")["dueDate"]!.GetValue<string>().ShouldBe("2026-03-19");
        (await approver.PostAsync($"/api/cases/{id}/extension", Json(new { reason = "再延一次" }))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var applicantNotices = (await OutboxAsync(app, id)).Where(m => Str(m["channel"]) == "sms").Select(m => Str(m["template"])).ToList();
        applicantNotices.ShouldBe(["exclusion-started", "exclusion-ended", "extended"]);
        var timeline = await KindsAsync(app, id);
        timeline.ShouldContain("clock-stopped");
        timeline.ShouldContain("clock-resumed");
        timeline.ShouldContain("extended");
    }

    [Fact]
    public async Task A_year_without_calendar_data_warns_and_loading_it_recomputes_the_marked_deadlines()
    {
        var time = new FakeTimeProvider(Beijing(12, 14, 9)); // Mon 2026-12-14: a 20-working-day limit reaches into 2027
        await using var app = new CaseFlowApplication { DomainTime = time };
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var admin = await app.AdminAsync();
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("household-registration-transfer.json"));
        var id = EngineThroughApiTests.Id(created);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review"), "pass", EveryPointPassed(HouseholdTransferReviewPoints));
        await CompleteAsync(approver, await OpenTaskAsync(approver, EngineThroughApiTests.No(created), "acceptAtHome"), "accept");

        var statutory = Clock(await GetCaseAsync(approver, id), "Statutory");
        statutory["onFallback"]!.GetValue<bool>().ShouldBeTrue();
        statutory["dueDate"]!.GetValue<string>().ShouldBe("2027-01-11", "Mon–Fri fallback counts 2027-01-01 as a working day");
        Clock(await GetCaseAsync(approver, id), "Committed")["onFallback"]!.GetValue<bool>().ShouldBeFalse();

        var status = await GetJsonAsync(admin, "/api/admin/calendars");
        status["clocksOnFallback"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(1);
        status["warnings"]!.AsArray().ShouldContain(w => Str(w).Contains("2027"));
        var health = await (await app.CreateClient().GetAsync("/health")).Content.ReadAsStringAsync();
        health.ShouldContain("Degraded");

        var bad = await admin.PutAsync("/api/admin/calendars/2027", new StringContent("""{ "year": 2027, "region": "", "daysOff": ["2026-12-31"], "extraWorkdays": [] }""", Encoding.UTF8, "application/json"));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("daysOff");
        (await clerk.PutAsync("/api/admin/calendars/2027", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var loaded = await admin.PutAsync("/api/admin/calendars/2027",
            new StringContent("""{ "year": 2027, "region": "", "source": "测试用 2027 年安排", "daysOff": ["2027-01-01"], "extraWorkdays": [] }""", Encoding.UTF8, "application/json"));
        loaded.StatusCode.ShouldBe(HttpStatusCode.OK, await loaded.Content.ReadAsStringAsync());
        JsonNode.Parse(await loaded.Content.ReadAsStringAsync())!["deadlinesRecomputed"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(1);

        var recomputed = Clock(await GetCaseAsync(approver, id), "Statutory");
        recomputed["onFallback"]!.GetValue<bool>().ShouldBeFalse();
        recomputed["dueDate"]!.GetValue<string>().ShouldBe("2027-01-12");
        (await KindsAsync(app, id)).ShouldContain("deadline-recomputed");
        (await GetJsonAsync(admin, "/api/admin/calendars"))["clocksOnFallback"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task A_delay_activity_waits_on_a_timer_row_that_the_sweep_fires_once()
    {
        var time = new FakeTimeProvider(Beijing(3, 2, 9));
        await using var app = new CaseFlowApplication { DomainTime = time };
        await EngineThroughApiTests.PublishVariantAsync(app, "local-approval", d =>
        {
            d.Root.Activities.Add(new CaseFlow.Workflows.Definitions.ActivityNode
            {
                Id = "cooling", Type = "Delay", Name = "冷静期", Props = new JsonObject { ["duration"] = "P2D" },
            });
            d.Root.Connections.Single(c => c.From == "intake").To = "cooling";
            d.Root.Connections.Add(new CaseFlow.Workflows.Definitions.Connection { From = "cooling", To = "review" });
        });
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("marriage-registration.json"));
        (await GetJsonAsync(clerk, $"/api/tasks/queues?caseNo={EngineThroughApiTests.No(created)}"))["items"]!.AsArray().ShouldBeEmpty();

        time.Advance(TimeSpan.FromDays(1));
        (await SweepAsync(app)).Fired.ShouldBe(0);
        time.Advance(TimeSpan.FromDays(1.5));

        // Eight firers at once (jobs, sweeps, other processes): exactly one fires the timer.
        var timerId = await DelayTimerIdAsync(app);
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireAsync(timerId, CancellationToken.None);
        })));
        results.Count(fired => fired).ShouldBe(1);
        await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review");
        (await SweepAsync(app)).Fired.ShouldBe(0);
    }

    private static async Task<long> DelayTimerIdAsync(CaseFlowApplication app)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\" FROM \"Timers\" WHERE \"Kind\" = 'WorkflowDelay' AND \"State\" = 'Pending'";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static JsonObject Clock(JsonObject @case, string kind) =>
        @case["clocks"]!.AsArray().Last(c => Str(c!["kind"]) == kind)!.AsObject();

    private static Task<SweepResult> SweepAsync(CaseFlowApplication app) => app.Services.GetRequiredService<TimerSweep>().RunAsync(CancellationToken.None);

    private static async Task<List<string>> KindsAsync(CaseFlowApplication app, long caseId) =>
        (await GetArrayAsync(await app.AdminAsync(), $"/api/cases/{caseId}/timeline")).Select(e => Str(e!["kind"])).ToList();

    private static async Task<List<JsonObject>> OutboxAsync(CaseFlowApplication app, long caseId) =>
        (await GetArrayAsync(await app.AdminAsync(), $"/api/admin/outbox?caseId={caseId}")).Select(m => m!.AsObject()).ToList();

    private static StringContent Json(object body) => new(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}

/// <summary>A step's own limit and escalation policy, set as activity props in the definition (what the designer edits).</summary>
public sealed class StepLimitTests
{
    [Fact]
    public async Task A_late_step_warns_goes_red_is_reassigned_and_reminded_up_to_the_maximum()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)); // Mon 09:00 in China
        await using var app = new CaseFlowApplication { DomainTime = time };
        await EngineThroughApiTests.PublishVariantAsync(app, "local-approval", d =>
        {
            var review = d.FindActivity("review")!;
            review.Props["limit"] = new JsonObject { ["value"] = 2, ["unit"] = "workingHours" };
            review.Props["escalation"] = new JsonObject
            {
                ["warnHoursLeft"] = 1,
                ["onWarning"] = new JsonArray(new JsonObject { ["type"] = "notifyAssignee" }),
                ["onOverdue"] = new JsonArray(new JsonObject { ["type"] = "notifySupervisors" }, new JsonObject { ["type"] = "reassign", ["role"] = "approver" }),
                ["reminderEveryWorkingHours"] = 1,
                ["reminderMax"] = 2,
            };
        });
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("marriage-registration.json"));
        var caseNo = EngineThroughApiTests.No(created);
        var taskId = await OpenTaskAsync(clerk, caseNo, "review");
        var task = await GetJsonAsync(clerk, $"/api/tasks/{taskId}");
        task["dueAtUtc"]!.GetValue<DateTime>().ShouldBe(new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc), "09:00 + 2 working hours");
        // Its warning and overdue timers are due within 24 h: each got a Hangfire delayed job at once, not at the next sweep.
        app.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().ScheduledCount().ShouldBeGreaterThanOrEqualTo(2);

        var sweep = app.Services.GetRequiredService<TimerSweep>();
        time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 2, 30, 0, TimeSpan.Zero)); // 10:30: one hour left
        await sweep.RunAsync(CancellationToken.None);
        Str((await GetJsonAsync(clerk, $"/api/tasks/{taskId}"))["level"]).ShouldBe("Yellow");

        time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 3, 30, 0, TimeSpan.Zero)); // 11:30: late
        await sweep.RunAsync(CancellationToken.None);
        var late = await GetJsonAsync(clerk, $"/api/tasks/{taskId}");
        Str(late["level"]).ShouldBe("Red");
        Str(late["role"]).ShouldBe("approver", "the policy reassigns a late review");

        // Reminders every working hour, at most two: 13:30 + 1h and + 2h (the lunch break does not count).
        for (var hour = 6; hour <= 12; hour++)
        {
            time.SetUtcNow(new DateTimeOffset(2026, 3, 2, hour, 45, 0, TimeSpan.Zero));
            await sweep.RunAsync(CancellationToken.None);
        }
        var admin = await app.AdminAsync();
        var timeline = (await GetArrayAsync(admin, $"/api/cases/{EngineThroughApiTests.Id(created)}/timeline")).Select(e => Str(e!["kind"])).ToList();
        timeline.Count(k => k == "task-warning").ShouldBe(1);
        timeline.Count(k => k == "task-overdue").ShouldBe(1);
        timeline.Count(k => k == "overdue-reminder").ShouldBe(2);
        timeline.Count(k => k == "supervision-order").ShouldBe(0, "this step's policy has no supervision order");
        var outbox = await GetArrayAsync(admin, $"/api/admin/outbox?caseId={EngineThroughApiTests.Id(created)}");
        outbox.Count(m => Str(m!["template"]) == "task-overdue" && Str(m["recipient"]) == "supervisor").ShouldBe(1);
        outbox.Count(m => Str(m!["template"]) == "overdue-reminder").ShouldBeGreaterThanOrEqualTo(2);
    }
}

public sealed class HangfireDashboardTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task The_dashboard_is_for_administrators_only()
    {
        (await app.CreateClient().GetAsync("/hangfire")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await (await app.ClerkAsync()).GetAsync("/hangfire")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var admin = await (await app.AdminAsync()).GetAsync("/hangfire");
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.Content.ReadAsStringAsync()).ShouldContain("CaseFlow 后台任务");
    }
}
