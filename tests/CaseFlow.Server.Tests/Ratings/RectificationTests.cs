using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.Server.Tests.Reports;
using static CaseFlow.Server.Tests.CaseFlowApplication;
using static CaseFlow.Server.Tests.Ratings.RectificationSteps;

namespace CaseFlow.Server.Tests.Ratings;

/// <summary>
/// 差评整改 (README "好差评", docs/decisions.md, decision 20): a poor rating starts the poor-rating-rectification workflow on the
/// rating; 核实 and 整改 go to the department that decided the case, 回访 to the intake window's clerks; no other district's
/// inbox gets them; bad input to a step is a problem naming the field and changes nothing; a void on appeal cancels it.
/// </summary>
public sealed class RectificationTests
{
    [Fact]
    public async Task A_poor_rating_starts_a_rectification_whose_steps_reach_the_deciding_department_then_the_window_and_end_with_the_applicants_rating_of_the_fix()
    {
        await using var w = await ReportWorld.StartAsync();
        var wanzhou = await w.UserAsync("wz-approver", ("500101", "approver"));
        var yuzhong = await w.UserAsync("yz-approver", ("500103", "approver"));
        w.At(3, 2);
        var c = await w.PoorlyRatedAsync();

        var started = await RectificationAsync(w.Admin, c.Id);
        (Str(started["status"]), Str(started["ratingLevel"]), Str(started["caseNo"])).ShouldBe(("Verifying", "VeryDissatisfied", c.No));
        Step(started, "Verify")["orgUnit"].ShouldNotBeNull();
        Step(started, "Rectify")["dueAtUtc"].ShouldBeNull("the next steps start when the one before ends");
        // 核实 is in 南明区's queue (the home department decided), in no 渝中区 or 万州区 approver's and not at the window.
        (await QueuedStepsAsync(w.Approver, c.No)).ShouldBe(["verify"]);
        (await QueuedStepsAsync(yuzhong, c.No)).ShouldBeEmpty();
        (await QueuedStepsAsync(w.Clerk, c.No)).ShouldBeEmpty();
        var verify = await OpenTaskAsync(w.Approver, c.No, "verify");
        (await wanzhou.GetAsync($"/api/tasks/{verify}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await wanzhou.GetAsync($"/api/cases/{c.Id}/rectification")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Bad input: the step is refused naming the field, and nothing changes.
        var noFinding = await ProblemAsync(await PostCompleteAsync(w.Approver, verify, "verified", new JsonObject()));
        noFinding["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["comment"]);
        Str((await RectificationAsync(w.Admin, c.Id))["status"]).ShouldBe("Verifying");

        w.At(3, 2, 15);
        await w.VerifyAsync(c);
        (await QueuedStepsAsync(w.Approver, c.No)).ShouldBe(["rectify"]);
        var rectify = await OpenTaskAsync(w.Approver, c.No, "rectify");
        var noBasis = await ProblemAsync(await PostCompleteAsync(w.Approver, rectify, "explained", new JsonObject { ["comment"] = "申请人要求不符合规定" }));
        noBasis["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["basis"]);
        await CompleteAsync(w.Approver, rectify, "explained",
            new JsonObject { ["comment"] = "已向申请人解释办理时限的规定", ["basis"] = "《社会保障卡管理办法》第十二条" });

        // 回访 is for the clerks of 渝中区's window, where the applicant came.
        (await QueuedStepsAsync(w.Approver, c.No)).ShouldBeEmpty();
        (await QueuedStepsAsync(w.Clerk, c.No)).ShouldBe(["followUp"]);
        var followUp = await OpenTaskAsync(w.Clerk, c.No, "followUp");
        var badLevel = await ProblemAsync(await PostCompleteAsync(w.Clerk, followUp, "done", new JsonObject { ["comment"] = "已回访", ["level"] = "Great" }));
        badLevel["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["level"]);
        w.At(3, 3);
        await w.FollowUpAsync(c, "Satisfied");

        var done = await RectificationAsync(w.Approver, c.Id);
        (Str(done["status"]), Str(done["statusLabel"]), Str(done["outcome"]), Str(done["outcomeLabel"])).ShouldBe(("Completed", "已办结", "Explained", "解释说明"));
        (Str(done["finding"]), Str(done["basis"]), Str(done["followUpNote"])).ShouldBe(("经核实，窗口确有解释不清的问题", "《社会保障卡管理办法》第十二条", "电话回访，申请人认可整改"));
        (Str(done["followUpLevel"]), Str(done["followUpLevelLabel"])).ShouldBe(("Satisfied", "满意"));
        foreach (var (step, by) in new[] { ("Verify", "approver"), ("Rectify", "approver"), ("FollowUp", "clerk") })
        {
            Step(done, step)["inTime"]!.GetValue<bool>().ShouldBeTrue(step);
            Str(Step(done, step)["doneBy"]).ShouldBe(by);
            Str(Step(done, step)["taskStatus"]).ShouldBe("Completed");
        }
        (await QueuedStepsAsync(w.Clerk, c.No)).ShouldBeEmpty();
        var timeline = (await GetArrayAsync(w.Admin, $"/api/cases/{c.Id}/timeline")).Select(e => Str(e!["kind"])).ToList();
        timeline.ShouldContain("rectification-started");
        timeline.ShouldContain("rectification-followed-up");
    }

    [Fact]
    public async Task A_satisfied_rating_starts_none_and_a_rating_voided_on_appeal_cancels_its_open_rectification_which_stays_in_the_audit_chain()
    {
        await using var w = await ReportWorld.StartAsync();
        var fine = await w.FinishedAsync();
        (await RatingSteps.RecordAsync(w.Clerk, fine.Id, "WindowPad", "Satisfied")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await w.Admin.GetAsync($"/api/cases/{fine.Id}/rectification")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // A 即办 marriage registration was decided by the window itself: its clerk-approver verifies; a 12345 rating counts too.
        var poor = await w.FinishedAsync();
        var rated = await RatingSteps.RecordAsync(w.Clerk, poor.Id, "Hotline12345", "Dissatisfied");
        rated.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await QueuedStepsAsync(w.Clerk, poor.No)).ShouldBe(["verify"]);
        (await QueuedStepsAsync(w.Approver, poor.No)).ShouldBeEmpty();
        var ratingId = JsonNode.Parse(await rated.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();

        await PostOkAsync(w.Admin, $"/api/ratings/{ratingId}/void", new JsonObject { ["reason"] = "来电人非申请人，经申诉复核作废" });
        var cancelled = await RectificationAsync(w.Admin, poor.Id);
        Str(cancelled["status"]).ShouldBe("Cancelled");
        Str(cancelled["cancelReason"]).ShouldContain("来电人非申请人");
        Str(Step(cancelled, "Verify")["taskStatus"]).ShouldBe("Cancelled");
        (await QueuedStepsAsync(w.Clerk, poor.No)).ShouldBeEmpty();
        var audit = await GetArrayAsync(w.Admin, $"/api/cases/{poor.Id}/audit");
        audit.Where(e => Str(e!["subject"]) == "Rectification").Select(e => Str(e!["action"])).ShouldBe(["Added", "Modified"], audit.ToJsonString());
        (await GetJsonAsync(w.Admin, $"/api/cases/{poor.Id}/audit/verify"))["valid"]!.GetValue<bool>().ShouldBeTrue();
    }
}
