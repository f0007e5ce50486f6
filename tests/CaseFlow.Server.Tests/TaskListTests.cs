using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>The inbox's lists beyond mine and the queues: 办过的, a case's tasks, transfer candidates, and what each row carries.</summary>
public sealed class TaskListTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task Done_lists_what_I_completed_latest_first_with_its_outcome_and_not_what_a_colleague_completed()
    {
        var clerk = await app.ClerkAsync();
        var clerk2 = await app.SignInAsync(DemoUsers.Clerk2);
        var first = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var second = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var third = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, Str(first["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, Str(second["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        await CompleteAsync(clerk2, await OpenTaskAsync(clerk2, Str(third["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints));

        var done = (await GetJsonAsync(clerk, "/api/tasks/done?pageSize=200"))["items"]!.AsArray();
        var caseNos = done.Select(t => Str(t!["caseNo"])).ToList();
        caseNos.ShouldContain(Str(first["caseNo"]));
        caseNos.IndexOf(Str(second["caseNo"])).ShouldBeLessThan(caseNos.IndexOf(Str(first["caseNo"])), "latest first");
        caseNos.ShouldNotContain(Str(third["caseNo"]));
        done.ShouldAllBe(t => Str(t!["status"]) == "Completed" && Str(t["completedBy"]) == "clerk");
        var row = done.First(t => Str(t!["caseNo"]) == Str(first["caseNo"]))!;
        Str(row["outcome"]).ShouldBe("pass");
        row["workingDaysLeft"].ShouldBeNull("a closed task has no time left to count");
        (await GetJsonAsync(clerk, $"/api/tasks/done?caseNo={Str(first["caseNo"])}"))["total"]!.GetValue<int>().ShouldBe(1, "the inbox's filters apply");
        (await GetJsonAsync(clerk2, $"/api/tasks/done?caseNo={Str(first["caseNo"])}"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task A_task_row_names_its_intake_window_and_home_department_and_masks_the_applicant()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var review = (await GetJsonAsync(clerk, $"/api/tasks/queues?caseNo={Str(created["caseNo"])}"))["items"]!.AsArray().ShouldHaveSingleItem()!;
        Str(review["intakeWindowName"]).ShouldNotBeNullOrWhiteSpace();
        Str(review["applicantName"]).ShouldBe("张*");
        await CompleteAsync(clerk, review["id"]!.GetValue<long>(), "pass", EveryPointPassed(IdCardReviewPoints));

        var approval = (await GetJsonAsync(approver, $"/api/tasks/queues?caseNo={Str(created["caseNo"])}"))["items"]!.AsArray().ShouldHaveSingleItem()!;
        Str(approval["homeDepartmentName"]).ShouldContain("公安");
        Str(approval["intakeWindowName"]).ShouldBe(Str(review["intakeWindowName"]));
        approval["workingDaysLeft"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_cases_tasks_are_listed_in_order_for_its_parties_and_hidden_from_another_districts_clerk()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.ClerkAsync();
        var outsider = await app.StaffUserAsync(admin, "tl.outsider", ("500242-W01", "clerk"), ("500242-W01", "approver"));
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var id = created["id"]!.GetValue<long>();
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, Str(created["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints));

        var tasks = await GetArrayAsync(clerk, $"/api/tasks/by-case/{id}");
        tasks.Select(t => Str(t!["activityId"])).ShouldBe(["review", "approval"]);
        tasks.ShouldAllBe(t => t!["caseId"]!.GetValue<long>() == id);
        (await outsider.GetAsync($"/api/tasks/by-case/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/tasks/{tasks[1]!["id"]}/transfer-candidates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Transfer_candidates_are_who_holds_the_tasks_role_over_its_unit_and_a_party_without_the_role_gets_403()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.ClerkAsync();
        var district = await app.StaffUserAsync(admin, "tl.district", ("500103", "clerk"));
        await app.StaffUserAsync(admin, "tl.elsewhere", ("500242-W01", "clerk"));
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var review = await OpenTaskAsync(clerk, Str(created["caseNo"]), "review");
        await PostOkAsync(clerk, $"/api/tasks/{review}/claim", null);

        var names = (await GetArrayAsync(clerk, $"/api/tasks/{review}/transfer-candidates")).Select(c => Str(c!["userName"])).ToList();
        names.ShouldContain("clerk2");
        names.ShouldContain("tl.district", "a clerk of the district counts at its windows");
        names.ShouldNotContain("clerk", "the caller is not a candidate");
        names.ShouldNotContain("tl.elsewhere");
        names.ShouldNotContain("approver");
        // Every candidate is accepted by the transfer itself.
        Str((await PostOkAsync(clerk, $"/api/tasks/{review}/transfer", new JsonObject { ["toUser"] = "tl.district", ["reason"] = "区级统一审核" }))["status"]).ShouldBe("Claimed");
        (await GetArrayAsync(district, $"/api/tasks/{review}/transfer-candidates")).Select(c => Str(c!["userName"])).ShouldContain("clerk");

        await CompleteAsync(district, review, "pass", EveryPointPassed(IdCardReviewPoints));
        var approver = await app.ApproverAsync();
        var approval = await OpenTaskAsync(approver, Str(created["caseNo"]), "approval");
        (await clerk.GetAsync($"/api/tasks/{approval}/transfer-candidates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the window sees the department's task but holds no approver role there");
    }
}

/// <summary>剩余工作日 counted on the work calendar, 2026's days off and make-up workdays (调休) included, by the domain clock.</summary>
public sealed class WorkingDaysLeftTests
{
    private static readonly HashSet<DateOnly> DaysOff2026 = new[] { "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07" }
        .Select(DateOnly.Parse).ToHashSet();
    private static readonly HashSet<DateOnly> MakeUpDays2026 = new[] { "2026-09-20", "2026-10-10" }.Select(DateOnly.Parse).ToHashSet();

    /// <summary>Working days d with today &lt; d ≤ due, by the State Council's 2026 notice (only the autumn dates matter here).</summary>
    private static int Expected(DateOnly today, DateOnly due, bool calendar = true)
    {
        var (from, to, sign) = due >= today ? (today, due, 1) : (due, today, -1);
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            var weekday = d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (calendar ? (weekday && !DaysOff2026.Contains(d)) || MakeUpDays2026.Contains(d) : weekday) n++;
        }
        return sign * n;
    }

    [Fact]
    public async Task Working_days_left_follow_the_calendars_days_off_and_make_up_workdays_and_go_negative_when_overdue()
    {
        // Wed 2026-09-16 10:00 in China: the committed 20 working days run over 中秋 and 国庆 with their make-up days.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 16, 2, 0, 0, TimeSpan.Zero));
        await using var app = new CaseFlowApplication { DomainTime = time };
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, Str(created["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        var caseNo = Str(created["caseNo"]);

        async Task<(int Left, DateOnly Due)> RowAsync()
        {
            var row = (await GetJsonAsync(approver, $"/api/tasks/queues?caseNo={caseNo}"))["items"]!.AsArray().ShouldHaveSingleItem()!;
            var dueUtc = (row["dueAtUtc"] ?? row["caseDueAtUtc"])!.GetValue<DateTime>();
            var due = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc), ChinaTime.Zone));
            return (row["workingDaysLeft"]!.GetValue<int>(), due);
        }

        var today = new DateOnly(2026, 9, 16);
        var (left, dueDay) = await RowAsync();
        dueDay.ShouldBeGreaterThan(new DateOnly(2026, 10, 10), "the deadline lies past 国庆 for this test to mean anything");
        left.ShouldBe(Expected(today, dueDay));
        left.ShouldNotBe(Expected(today, dueDay, calendar: false), "plain Monday–Friday would count otherwise");

        // On the make-up Saturday 2026-10-10 the count is from that day.
        time.SetUtcNow(new DateTimeOffset(2026, 10, 10, 2, 0, 0, TimeSpan.Zero));
        (await RowAsync()).Left.ShouldBe(Expected(new DateOnly(2026, 10, 10), dueDay));

        // Past the deadline the count is negative: working days overdue.
        var later = dueDay.AddDays(5);
        time.SetUtcNow(new DateTimeOffset(later.Year, later.Month, later.Day, 2, 0, 0, TimeSpan.Zero));
        var overdue = await RowAsync();
        overdue.Left.ShouldBeLessThan(0);
        overdue.Left.ShouldBe(Expected(later, dueDay));
    }
}
