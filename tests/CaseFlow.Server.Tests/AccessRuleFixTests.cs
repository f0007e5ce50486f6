using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>The rules of the README's "Who may see and do what" that issue 9 found unenforced, through the real pipeline.</summary>
public sealed class AccessRuleFixTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task An_admin_without_the_approver_role_neither_stops_nor_extends_a_cases_clocks()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.StaffUserAsync(admin, "c.clerk", ("500103-W01", "clerk"));
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var id = created["id"]!.GetValue<long>();
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, Str(created["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints));

        (await GetCaseAsync(admin, id))["id"]!.GetValue<long>().ShouldBe(id, "admins see everything");
        var events = (await GetArrayAsync(admin, $"/api/cases/{id}/timeline")).Count;
        foreach (var (url, body) in new (string, JsonNode?)[]
                 {
                     ($"/api/cases/{id}/excluded-periods", new JsonObject { ["reason"] = "ExpertReview" }),
                     ($"/api/cases/{id}/extension", new JsonObject { ["reason"] = "情况复杂" }),
                 })
        {
            var response = await admin.PostAsJsonAsync(url, body, Json);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            (await response.Content.ReadAsStringAsync()).ShouldContain("approver");
        }
        (await GetArrayAsync(admin, $"/api/cases/{id}/timeline")).Count.ShouldBe(events, "a refused act changes nothing");
    }

    [Fact]
    public async Task An_admin_without_the_designer_role_neither_saves_nor_publishes_a_definition()
    {
        var admin = await app.AdminAsync();
        var designer = await app.DesignerAsync();
        var definition = JsonNode.Parse(await designer.GetStringAsync("/api/definitions/multi-department/versions/1/export"));
        var before = (await GetArrayAsync(designer, "/api/definitions/multi-department/versions")).Count;

        var draft = await admin.PutAsJsonAsync("/api/definitions/multi-department/draft", definition, Json);
        draft.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await draft.Content.ReadAsStringAsync());
        (await admin.PostAsync("/api/definitions/multi-department/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await GetArrayAsync(designer, "/api/definitions/multi-department/versions")).Count.ShouldBe(before);
    }

    [Fact]
    public async Task In_joint_approval_a_department_holding_a_task_is_a_party_of_the_case()
    {
        var admin = await app.AdminAsync();
        var clerk = await app.StaffUserAsync(admin, "j.clerk", ("500103-W01", "clerk"));
        var approver = await app.ApproverAsync();
        var branch = await app.StaffUserAsync(admin, "j.branch", ("520102-GJJ", "approver"));
        var outsider = await app.StaffUserAsync(admin, "j.outsider", ("520103-GJJ", "approver"), ("520103", "supervisor"));
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("real-estate-transfer-registration.json"));
        var (id, caseNo) = (created["id"]!.GetValue<long>(), Str(created["caseNo"]));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "pass", EveryPointPassed(RealEstateReviewPoints));
        await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "accept"), "accept");
        var fund = await OpenTaskAsync(branch, caseNo, "fundApproval");

        Str((await GetCaseAsync(branch, id))["caseNo"]).ShouldBe(caseNo);
        foreach (var url in new[] { $"/api/cases/{id}/timeline", $"/api/cases/{id}/documents", $"/api/cases/{id}/clocks" })
            (await branch.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        (await GetJsonAsync(branch, "/api/cases"))["items"]!.AsArray().ShouldContain(c => c!["id"]!.GetValue<long>() == id);
        Str((await PostOkAsync(branch, $"/api/tasks/{fund}/claim", null))["status"]).ShouldBe("Claimed");

        foreach (var url in new[] { $"/api/cases/{id}", $"/api/cases/{id}/timeline", $"/api/tasks/{fund}" })
            (await outsider.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await GetJsonAsync(outsider, "/api/cases"))["items"]!.AsArray().ShouldNotContain(c => c!["id"]!.GetValue<long>() == id);
    }

}
