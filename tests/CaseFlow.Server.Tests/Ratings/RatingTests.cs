using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Ratings;
using CaseFlow.Server.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Server.Tests.CaseFlowApplication;
using static CaseFlow.TestSupport.ChinaTime;

namespace CaseFlow.Server.Tests.Ratings;

/// <summary>好差评 through the HTTP API (README "好差评"): the applicant's code and online rating, a clerk's window-pad or hotline rating, voiding on appeal.</summary>
public sealed class RatingTests
{
    [Fact]
    public async Task An_applicant_rates_a_finished_case_online_once_with_a_code_sent_to_their_phone_and_stored_only_hashed()
    {
        await using var w = await ReportWorld.StartAsync();
        var open = await w.AcceptedAsync();
        var f = await w.FinishedAsync();

        (await w.RequestCodeAsync(open.No)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "not finished yet");
        (await w.RequestCodeAsync(f.No, "13900139000")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a wrong phone is not found, as for tracking");
        (await w.OutboxAsync(f.Id, NotificationTexts.RatingCode)).ShouldBeEmpty();

        var sent = await w.RequestCodeAsync(f.No);
        sent.StatusCode.ShouldBe(HttpStatusCode.Accepted, await sent.Content.ReadAsStringAsync());
        var answer = (await sent.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        Str(answer["phone"]).ShouldBe("138****8000");
        answer["expiresAtUtc"]!.GetValue<DateTime>().ShouldBe(Beijing(3, 2, 9).UtcDateTime.AddMinutes(30));
        var sms = (await w.OutboxAsync(f.Id, NotificationTexts.RatingCode)).ShouldHaveSingleItem();
        (sms.Channel, sms.Recipient).ShouldBe(("sms", Phone));
        var code = await w.LastCodeAsync(f.Id);
        code.ShouldMatch("^[0-9]{6}$");
        sms.Text.ShouldContain($"验证码 {code}，30 分钟内有效");
        var stored = (await w.DbAsync(db => db.RatingCodes.AsNoTracking().Where(c => c.CaseId == f.Id).ToListAsync())).ShouldHaveSingleItem();
        stored.Hash.Length.ShouldBe(64);
        stored.Hash.ShouldNotContain(code);
        stored.Salt.ShouldNotContain(code);
        var listed = (await GetArrayAsync(w.Admin, $"/api/admin/outbox?caseId={f.Id}")).Single(m => Str(m!["template"]) == NotificationTexts.RatingCode)!;
        Str(listed["text"]).ShouldContain("验证码 ******，", customMessage: "staff never read an applicant's code");

        // A wrong phone and a wrong code get the same answer: nothing tells which part was wrong.
        var wrongPhone = await w.RateOnlineAsync(f.No, code, phone: "13900139000");
        var wrongCode = await w.RateOnlineAsync(f.No, RatingSteps.Other(code));
        wrongPhone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        wrongCode.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var (phoneProblem, codeProblem) = ((await wrongPhone.Content.ReadFromJsonAsync<JsonObject>())!, (await wrongCode.Content.ReadFromJsonAsync<JsonObject>())!);
        phoneProblem["errors"]!.ToJsonString().ShouldBe(codeProblem["errors"]!.ToJsonString());
        phoneProblem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["code"]);

        var rated = await w.RateOnlineAsync(f.No, code, level: "VerySatisfied", comment: "办事快，态度好",
            criteria: [new JsonObject { ["criterion"] = "Overall", ["score"] = 5 }, new JsonObject { ["criterion"] = "Efficiency", ["score"] = 4 }]);
        rated.StatusCode.ShouldBe(HttpStatusCode.Created, await rated.Content.ReadAsStringAsync());
        var rating = (await rated.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        (Str(rating["level"]), Str(rating["levelLabel"]), Str(rating["channel"]), Str(rating["givenBy"]), Str(rating["comment"]))
            .ShouldBe(("VerySatisfied", "非常满意", "Online", "applicant", "办事快，态度好"));
        rating["criteria"]!.AsArray().Select(c => (Str(c!["criterion"]), Str(c["label"]), c["score"]!.GetValue<int>()))
            .ShouldBe([("Overall", "整体满意度", 5), ("Efficiency", "办事效率", 4)]);
        Str((await GetJsonAsync(w.Clerk, $"/api/cases/{f.Id}/rating"))["levelLabel"]).ShouldBe("非常满意");

        // One rating per case: the code is spent, and no new code is sent for a rated case.
        (await w.RateOnlineAsync(f.No, code)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await w.RequestCodeAsync(f.No)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await w.DbAsync(db => db.Ratings.CountAsync(r => r.CaseId == f.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_code_allows_five_tries_expires_after_thirty_minutes_and_a_case_gets_at_most_five_codes_a_day()
    {
        await using var w = await ReportWorld.StartAsync();
        var f = await w.FinishedAsync();

        (await w.RequestCodeAsync(f.No)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var first = await w.LastCodeAsync(f.Id);
        for (var i = 0; i < 5; i++) (await w.RateOnlineAsync(f.No, RatingSteps.Other(first))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await w.RateOnlineAsync(f.No, first)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "five wrong tries end the code");

        (await w.RequestCodeAsync(f.No)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var second = await w.LastCodeAsync(f.Id);
        w.Time.Advance(TimeSpan.FromMinutes(30));
        (await w.RateOnlineAsync(f.No, second)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "expired after 30 minutes");

        (await w.RequestCodeAsync(f.No)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var third = await w.LastCodeAsync(f.Id);
        (await w.RequestCodeAsync(f.No)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var fourth = await w.LastCodeAsync(f.Id);
        (await w.RateOnlineAsync(f.No, third)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a newer code ends the older one");
        (await w.RequestCodeAsync(f.No)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await w.RequestCodeAsync(f.No)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "five codes in 24 hours");
        (await w.OutboxAsync(f.Id, NotificationTexts.RatingCode)).Count.ShouldBe(5);
        (await w.RateOnlineAsync(f.No, fourth)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await w.RateOnlineAsync(f.No, await w.LastCodeAsync(f.Id))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Bad_rating_input_answers_400_naming_the_field_and_changes_nothing()
    {
        await using var w = await ReportWorld.StartAsync();
        var f = await w.FinishedAsync();
        (await w.RequestCodeAsync(f.No)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var code = await w.LastCodeAsync(f.Id);

        async Task<string[]> Fields(HttpResponseMessage response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToArray();
        }
        (await Fields(await w.RateOnlineAsync(f.No, code, comment: new string('好', 501)))).ShouldBe(["comment"]);
        (await Fields(await w.RateOnlineAsync(f.No, code, level: null))).ShouldBe(["level"]);
        (await Fields(await w.RateOnlineAsync(f.No, code, level: "Great"))).ShouldBe(["level"]);
        (await Fields(await w.RateOnlineAsync(f.No, code, criteria: [new JsonObject { ["criterion"] = "Overall", ["score"] = 6 }]))).ShouldBe(["criteria[0].score"]);
        (await Fields(await w.RateOnlineAsync(f.No, code, criteria:
            [new JsonObject { ["criterion"] = "Attitude", ["score"] = 3 }, new JsonObject { ["criterion"] = "Attitude", ["score"] = 4 }]))).ShouldBe(["criteria[1].criterion"]);

        (await w.Clerk.GetAsync($"/api/cases/{f.Id}/rating")).StatusCode.ShouldBe(HttpStatusCode.NoContent, "nothing was stored");
        (await w.DbAsync(db => db.RatingCodes.SingleAsync(c => c.CaseId == f.Id))).FailedTries.ShouldBe(0, "bad input is not a try");
        (await w.RateOnlineAsync(f.No, code, comment: new string('好', 500))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_clerk_of_the_intake_window_records_a_window_pad_or_hotline_rating_once_and_others_may_not()
    {
        await using var w = await ReportWorld.StartAsync();
        var open = await w.AcceptedAsync();
        var f = await w.FinishedAsync();
        var supervisor = await w.UserAsync("yzsup", ("500103", "supervisor"));
        var otherClerk = await w.UserAsync("wzclerk", ("500101-W01", "clerk"));

        (await RatingSteps.RecordAsync(supervisor, f.Id, "WindowPad", "Satisfied")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "sees the case, is not its clerk");
        (await RatingSteps.RecordAsync(otherClerk, f.Id, "WindowPad", "Satisfied")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another window's case is not visible");
        (await RatingSteps.RecordAsync(w.Clerk, f.Id, "Online", "Satisfied")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "online ratings are the applicant's");
        (await RatingSteps.RecordAsync(w.Clerk, open.Id, "WindowPad", "Satisfied")).StatusCode.ShouldBe(HttpStatusCode.Conflict, "not finished");

        var recorded = await RatingSteps.RecordAsync(w.Clerk, f.Id, "Hotline12345", "VeryDissatisfied", "等了很久");
        recorded.StatusCode.ShouldBe(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var rating = (await recorded.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        (Str(rating["channel"]), Str(rating["channelLabel"]), Str(rating["levelLabel"]), rating["poor"]!.GetValue<bool>(), Str(rating["givenBy"]), Str(rating["caseNo"]))
            .ShouldBe(("Hotline12345", "12345 热线", "非常不满意", true, "clerk", f.No));
        var second = await RatingSteps.RecordAsync(w.Clerk, f.Id, "WindowPad", "Satisfied");
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict, "one rating per case");
        (await second.Content.ReadAsStringAsync()).ShouldContain("one rating per case");
    }

    [Fact]
    public async Task An_admin_voids_a_rating_on_appeal_with_a_reason_once_and_it_stays_in_the_case_audit_chain()
    {
        await using var w = await ReportWorld.StartAsync();
        var f = await w.FinishedAsync();
        var id = (await (await RatingSteps.RecordAsync(w.Clerk, f.Id, "WindowPad", "VeryDissatisfied")).Content.ReadFromJsonAsync<JsonObject>(Json))!["id"]!.GetValue<long>();

        (await w.Clerk.PostAsJsonAsync($"/api/ratings/{id}/void", new { reason = "误评" }, Json)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var noReason = await w.Admin.PostAsJsonAsync($"/api/ratings/{id}/void", new { reason = " " }, Json);
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("reason");
        (await w.Admin.PostAsJsonAsync("/api/ratings/999999/void", new { reason = "误评" }, Json)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var voided = await PostOkAsync(w.Admin, $"/api/ratings/{id}/void", new JsonObject { ["reason"] = "申请人误触评价器，经复核作废" });
        (voided["voided"]!.GetValue<bool>(), Str(voided["voidReason"]), Str(voided["voidedBy"])).ShouldBe((true, "申请人误触评价器，经复核作废", "admin"));
        (await w.Admin.PostAsJsonAsync($"/api/ratings/{id}/void", new { reason = "再次" }, Json)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var audit = await GetArrayAsync(w.Admin, $"/api/cases/{f.Id}/audit");
        var events = audit.Where(e => Str(e!["subject"]) == nameof(Rating)).ToList();
        events.Select(e => Str(e!["action"])).ShouldBe(["Added", "Modified"], audit.ToJsonString());
        Str(events[1]!["changes"]!["VoidReason"]!["after"]).ShouldBe("申请人误触评价器，经复核作废");
        (await GetJsonAsync(w.Admin, $"/api/cases/{f.Id}/audit/verify"))["valid"]!.GetValue<bool>().ShouldBeTrue();
    }
}
