using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Access;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>
/// One test per rule of the README's "Who may see and do what", through the real pipeline. The tests share one server;
/// each makes its own users, and a test that revokes a window right works at a window no other test uses.
/// </summary>
public sealed class AccessRuleTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task The_readme_table_of_window_acts_is_the_policy_table_rendered()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "README.md"));
        var start = readme.IndexOf("## Who may see and do what", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        var end = readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var table = readme[start..end].Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|'));
        string.Join("\n", table).ShouldBe(WindowActs.ToMarkdown());
        WindowActs.All.Select(r => r.Act).ShouldBe(Enum.GetValues<WindowAct>(), ignoreOrder: true);
    }

    [Fact]
    public async Task A_role_held_in_a_district_counts_at_its_windows()
    {
        var admin = await app.AdminAsync();
        var windowClerk = await app.StaffUserAsync(admin, "m.window", ("500105-W01", "clerk"));
        var districtClerk = await app.StaffUserAsync(admin, "m.district", ("500105", "clerk"));
        var created = await ApplyAsync(windowClerk, IdCardBody("M01", "M02", "M03"));
        var review = await OpenTaskAsync(districtClerk, Str(created["caseNo"]), "review");

        Str((await GetCaseAsync(districtClerk, Id(created)))["caseNo"]).ShouldBe(Str(created["caseNo"]));
        Str((await PostOkAsync(districtClerk, $"/api/tasks/{review}/claim", null))["status"]).ShouldBe("Claimed");
        await CompleteAsync(districtClerk, review, "pass", EveryPointPassed(IdCardReviewPoints));
        Str((await GetCaseAsync(windowClerk, Id(created)))["status"]).ShouldBe("InApproval");
    }

    [Fact]
    public async Task A_case_is_visible_to_its_two_parties_only_and_anything_else_answers_404_reads_and_acts_alike()
    {
        var admin = await app.AdminAsync();
        var intake = await app.StaffUserAsync(admin, "s.intake", ("500103-W01", "clerk"));
        var home = await app.StaffUserAsync(admin, "s.home", ("520102-GA", "approver"));
        var outsider = await app.StaffUserAsync(admin, "s.outsider", ("500242-W01", "clerk"), ("500242-W01", "approver"), ("500242", "supervisor"));
        var created = await ApplyAsync(intake, IdCardBody("M01", "M02", "M03"));
        var (id, caseNo) = (Id(created), Str(created["caseNo"]));
        var review = await OpenTaskAsync(intake, caseNo, "review");

        (await home.GetAsync($"/api/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "before the push the home department is no party");
        await CompleteAsync(intake, review, "pass", EveryPointPassed(IdCardReviewPoints));
        Str((await GetCaseAsync(home, id))["caseNo"]).ShouldBe(caseNo);
        (await home.GetAsync($"/api/tasks/{review}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the window's task, seen through the case");
        var approval = await OpenTaskAsync(home, caseNo, "approval");
        (await GetJsonAsync(home, "/api/cases"))["items"]!.AsArray().ShouldContain(c => c!["id"]!.GetValue<long>() == id);

        foreach (var url in new[] { $"/api/cases/{id}", $"/api/cases/{id}/timeline", $"/api/cases/{id}/documents", $"/api/cases/{id}/clocks",
                     $"/api/cases/{id}/audit", $"/api/tasks/{approval}", $"/api/tasks/{review}" })
            (await outsider.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await GetJsonAsync(outsider, "/api/cases"))["items"]!.AsArray().ShouldNotContain(c => c!["id"]!.GetValue<long>() == id);
        (await GetJsonAsync(outsider, $"/api/tasks/queues?caseNo={caseNo}"))["total"]!.GetValue<int>().ShouldBe(0);
        var events = (await GetArrayAsync(intake, $"/api/cases/{id}/timeline")).Count;
        foreach (var (url, body) in new (string, JsonNode?)[]
                 {
                     ($"/api/tasks/{approval}/claim", null), ($"/api/tasks/{approval}/complete", new JsonObject { ["outcome"] = "approve" }),
                     ($"/api/tasks/{approval}/comments", new JsonObject { ["text"] = "看看" }), ($"/api/tasks/{approval}/urge", new JsonObject()),
                     ($"/api/tasks/{approval}/transfer", new JsonObject { ["toRole"] = "approver", ["reason"] = "转" }),
                     ($"/api/tasks/{review}/withdraw", new JsonObject()), ($"/api/cases/{id}/supplement", MaterialsBody(["M02"])),
                     ($"/api/cases/{id}/delivery", new JsonObject { ["waybill"] = "x" }), ($"/api/cases/{id}/extension", new JsonObject { ["reason"] = "延" }),
                     ($"/api/cases/{id}/excluded-periods", new JsonObject { ["reason"] = "ExpertReview" }),
                 })
            (await outsider.PostAsJsonAsync(url, body, Json)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await GetArrayAsync(intake, $"/api/cases/{id}/timeline")).Count.ShouldBe(events, "a refused act changes nothing");
    }

    [Fact]
    public async Task On_a_visible_case_an_act_without_its_role_answers_403_naming_the_role()
    {
        var admin = await app.AdminAsync();
        var intake = await app.StaffUserAsync(admin, "r.intake", ("500103-W01", "clerk"));
        var home = await app.StaffUserAsync(admin, "r.home", ("520102-GA", "approver"));
        var created = await ApplyAsync(intake, IdCardBody("M01", "M02", "M03"));
        var (id, caseNo) = (Id(created), Str(created["caseNo"]));
        await CompleteAsync(intake, await OpenTaskAsync(intake, caseNo, "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        var approval = await OpenTaskAsync(home, caseNo, "approval");
        var events = (await GetArrayAsync(intake, $"/api/cases/{id}/timeline")).Count;

        Str((await ProblemAsync(await PostAsync(intake, $"/api/tasks/{approval}/claim", null), HttpStatusCode.Forbidden))["detail"]).ShouldContain("'approver'");
        Str((await ProblemAsync(await PostAsync(intake, $"/api/tasks/{approval}/complete", new JsonObject { ["outcome"] = "approve" }), HttpStatusCode.Forbidden))["detail"])
            .ShouldContain("'approver'");
        Str((await ProblemAsync(await PostAsync(intake, $"/api/tasks/{approval}/return", new JsonObject { ["toActivityId"] = "review", ["reason"] = "退" }),
            HttpStatusCode.Forbidden))["detail"]).ShouldContain("'approver'");
        Str((await ProblemAsync(await PostAsync(home, $"/api/cases/{id}/supplement", MaterialsBody(["M02"])), HttpStatusCode.Forbidden))["detail"])
            .ShouldContain("intake window 500103-W01 (role 'clerk')");
        Str((await ProblemAsync(await PostAsync(home, $"/api/cases/{id}/delivery", new JsonObject { ["waybill"] = "x" }), HttpStatusCode.Forbidden))["detail"])
            .ShouldContain("intake window 500103-W01 (role 'clerk')");
        Str((await ProblemAsync(await PostAsync(home, $"/api/tasks/{approval}/urge", new JsonObject()), HttpStatusCode.Forbidden))["detail"]).ShouldContain("'supervisor'");
        Str((await ProblemAsync(await PostAsync(intake, $"/api/cases/{id}/extension", new JsonObject { ["reason"] = "延" }), HttpStatusCode.Forbidden))["detail"])
            .ShouldContain("'approver'");
        Str((await ProblemAsync(await PostAsync(intake, $"/api/cases/{id}/excluded-periods", new JsonObject { ["reason"] = "ExpertReview" }), HttpStatusCode.Forbidden))["detail"])
            .ShouldContain("'approver'");
        Str((await ProblemAsync(await PostAsync(home, "/api/cases", IdCardBody("M01", "M02", "M03")), HttpStatusCode.Forbidden))["detail"]).ShouldContain("'clerk'");
        (await GetArrayAsync(intake, $"/api/cases/{id}/timeline")).Count.ShouldBe(events, "a refused act changes nothing");
        Str((await GetJsonAsync(home, $"/api/tasks/{approval}"))["status"]).ShouldBe("Open");
    }

    [Fact]
    public async Task Whoever_may_open_a_task_may_comment_on_it_and_urging_it_is_403_without_the_supervisor_role_never_404()
    {
        var admin = await app.AdminAsync();
        var intake = await app.StaffUserAsync(admin, "c.intake", ("500103-W01", "clerk"));
        var supervisor = await app.StaffUserAsync(admin, "c.supervisor", ("520102", "supervisor"));
        var created = await ApplyAsync(intake, IdCardBody("M01", "M02", "M03"));
        var (id, caseNo) = (Id(created), Str(created["caseNo"]));
        await CompleteAsync(intake, await OpenTaskAsync(intake, caseNo, "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        var approval = await OpenTaskAsync(await app.ApproverAsync(), caseNo, "approval");

        // The intake clerk opens the department's task through the case (the window is a party), so may comment on it.
        (await intake.GetAsync($"/api/tasks/{approval}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(intake, $"/api/tasks/{approval}/comments", new JsonObject { ["text"] = "申请人来电询问进度" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetArrayAsync(intake, $"/api/cases/{id}/timeline")).ShouldContain(e => Str(e!["kind"]) == "comment" && Str(e["summary"]) == "申请人来电询问进度");
        var refused = await ProblemAsync(await PostAsync(intake, $"/api/tasks/{approval}/urge", new JsonObject { ["message"] = "快" }), HttpStatusCode.Forbidden);
        Str(refused["detail"]).ShouldContain("'supervisor'");

        (await PostAsync(supervisor, $"/api/tasks/{approval}/urge", new JsonObject { ["message"] = "请加快" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetArrayAsync(intake, $"/api/cases/{id}/timeline")).ShouldContain(e => Str(e!["kind"]) == "urged");
    }

    [Fact]
    public async Task Admins_see_everything_and_act_on_cases_only_through_the_roles_they_hold()
    {
        var admin = await app.AdminAsync();
        var intake = await app.StaffUserAsync(admin, "a.intake", ("500103-W01", "clerk"));
        var created = await ApplyAsync(intake, IdCardBody("M01", "M02", "M03"));
        var (id, caseNo) = (Id(created), Str(created["caseNo"]));
        var review = await OpenTaskAsync(intake, caseNo, "review");

        Str((await GetCaseAsync(admin, id))["caseNo"]).ShouldBe(caseNo);
        (await GetJsonAsync(admin, $"/api/cases?q={caseNo}"))["total"]!.GetValue<int>().ShouldBe(1);
        (await admin.GetAsync($"/api/tasks/{review}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        Str((await ProblemAsync(await PostAsync(admin, $"/api/tasks/{review}/claim", null), HttpStatusCode.Forbidden))["detail"]).ShouldContain("'clerk'");
        (await PostAsync(admin, $"/api/tasks/{review}/comments", new JsonObject { ["text"] = "管理员备注" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await intake.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await intake.GetAsync("/api/admin/rights")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync("/api/admin/rights")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Applying_needs_remote_intake_and_original_check_for_originals()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.StaffUserAsync(admin, "w.apply", ("500107-W01", "clerk"));
        var submitted = IdCardBody("M01", "M02", "M03");
        foreach (var m in submitted["materials"]!.AsArray()) m!["state"] = "submitted";

        await RevokeAsync(admin, "500107-W01", "OriginalCheck");
        await RefusedAsync(PostAsync(clerk, "/api/cases", IdCardBody("M01")), "OriginalCheck", "500107-W01");
        await ApplyAsync(clerk, submitted.DeepClone().AsObject());
        await RevokeAsync(admin, "500107-W01", "RemoteIntake");
        await RefusedAsync(PostAsync(clerk, "/api/cases", submitted), "RemoteIntake", "500107-W01");
        (await GetJsonAsync(clerk, "/api/cases"))["total"]!.GetValue<int>().ShouldBe(1, "the refused applications made no case");
    }

    [Fact]
    public async Task Completing_a_form_review_needs_form_review_and_one_time_notice_for_a_supplement()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.StaffUserAsync(admin, "w.review", ("500114-W01", "clerk"));
        var incomplete = await ApplyAsync(clerk, IdCardBody("M01"));
        var complete = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));

        await RevokeAsync(admin, "500114-W01", "OneTimeNotice");
        var notice = await OpenTaskAsync(clerk, Str(incomplete["caseNo"]), "review");
        await RefusedAsync(PostCompleteAsync(clerk, notice, "supplement", EveryPointPassed(IdCardReviewPoints, new JsonObject { ["note"] = "请补正" })), "OneTimeNotice", "500114-W01");
        Str((await GetCaseAsync(clerk, Id(incomplete)))["status"]).ShouldBe("InReview");

        await RevokeAsync(admin, "500114-W01", "FormReview");
        await RefusedAsync(PostCompleteAsync(clerk, await OpenTaskAsync(clerk, Str(complete["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints)), "FormReview", "500114-W01");
        Str((await GetCaseAsync(clerk, Id(complete)))["status"]).ShouldBe("InReview");
    }

    [Fact]
    public async Task A_supplement_needs_original_check_only_when_originals_are_handed_in()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.StaffUserAsync(admin, "w.supplement", ("500101-W01", "clerk"));
        var created = await ApplyAsync(clerk, IdCardBody("M01"));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, Str(created["caseNo"]), "review"), "supplement", EveryPointPassed(IdCardReviewPoints, new JsonObject { ["note"] = "请补正" }));
        await RevokeAsync(admin, "500101-W01", "OriginalCheck");

        var originals = MaterialsBody(["M02", "M03"]);
        foreach (var m in originals["materials"]!.AsArray()) m!["state"] = "originalVerified";
        await RefusedAsync(PostAsync(clerk, $"/api/cases/{Id(created)}/supplement", originals), "OriginalCheck", "500101-W01");
        Str((await GetCaseAsync(clerk, Id(created)))["status"]).ShouldBe("AwaitingSupplement");
        Str((await PostOkAsync(clerk, $"/api/cases/{Id(created)}/supplement", MaterialsBody(["M02", "M03"])))["status"]).ShouldBe("InReview");
    }

    [Fact]
    public async Task Issuing_at_the_window_needs_result_delivery()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.StaffUserAsync(admin, "w.issue", ("500101-W02", "clerk"), ("500101-W02", "approver"));
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("marriage-registration.json"));
        var caseNo = Str(created["caseNo"]);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "pass", EveryPointPassed(MarriageReviewPoints));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "approval"), "approve");
        await RevokeAsync(admin, "500101-W02", "ResultDelivery");

        await RefusedAsync(PostCompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "localIssuance"), "issued"), "ResultDelivery", "500101-W02");
        (await GetCaseAsync(clerk, Id(created)))["archivedAtUtc"].ShouldBeNull();
    }

    [Fact]
    public async Task Confirming_a_mailed_delivery_needs_result_delivery()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.StaffUserAsync(admin, "w.deliver", ("500103-W02", "clerk"));
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var caseNo = Str(created["caseNo"]);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        var approver = await app.ApproverAsync();
        await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "approval"), "approve", new JsonObject { ["opinion"] = "同意" });
        var mailed = await GetCaseAsync(clerk, Id(created));
        await RevokeAsync(admin, "500103-W02", "ResultDelivery");

        await RefusedAsync(PostAsync(clerk, $"/api/cases/{Id(created)}/delivery", new JsonObject { ["waybill"] = Str(mailed["waybill"]) }), "ResultDelivery", "500103-W02");
        Str((await GetCaseAsync(clerk, Id(created)))["status"]).ShouldBe("Delivering");
    }

    [Fact]
    public async Task The_sample_windows_hold_all_five_rights_for_every_item_from_2025()
    {
        var grants = await GetArrayAsync(await app.AdminAsync(), "/api/admin/rights?window=500105-W01");
        grants.Select(g => Str(g!["right"])).ShouldBe(["RemoteIntake", "FormReview", "OriginalCheck", "OneTimeNotice", "ResultDelivery"], ignoreOrder: true);
        grants.ShouldAllBe(g => g!["implementationCode"] == null && g["category"] == null && Str(g["validFrom"]) == "2025-01-01" && g["validTo"] == null);
    }


    /// <summary>Revokes the window's sample grant of the right (every item).</summary>
    private static async Task RevokeAsync(HttpClient admin, string window, string right)
    {
        var grant = (await GetArrayAsync(admin, $"/api/admin/rights?window={window}")).Single(g => Str(g!["right"]) == right && g["revokedAtUtc"] is null)!;
        await PostOkAsync(admin, $"/api/admin/rights/{grant["id"]}/revoke", null);
    }

    /// <summary>A 403 problem naming the window right, its Chinese name, the window and the item.</summary>
    private static async Task RefusedAsync(Task<HttpResponseMessage> call, string right, string window)
    {
        var problem = await ProblemAsync(await call, HttpStatusCode.Forbidden);
        Str(problem["right"]).ShouldBe(right);
        Str(problem["rightName"]).ShouldBe(CaseFlow.Domain.Rights.WindowRight.Describe(Enum.Parse<CaseFlow.Domain.Rights.WindowRightKind>(right)));
        Str(problem["window"]).ShouldBe(window);
        problem["implementationCode"].ShouldNotBeNull();
        Str(problem["detail"]).ShouldContain("revoked");
    }

    private static long Id(JsonObject created) => created["id"]!.GetValue<long>();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, JsonNode? body) => client.PostAsJsonAsync(url, body, Json);

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
