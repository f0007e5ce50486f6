using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using static CaseFlow.Server.Tests.CaseFlowApplication;
using static CaseFlow.TestSupport.ChinaTime;

namespace CaseFlow.Server.Tests;

/// <summary>
/// Authorization through the real pipeline on SQLite: memberships made through the admin API, org scoping (404 where a
/// case is not visible, 403 where it is but a role or window right is missing), and window rights per item or category
/// with validity periods by the domain clock's China date. A refused act changes nothing.
/// </summary>
public sealed class RightsTests
{
    [Fact]
    public async Task A_case_taken_in_in_Chongqing_for_Guizhou_is_seen_and_handled_by_its_two_parties_only()
    {
        await using var app = new CaseFlowApplication();
        var admin = await app.AdminAsync();
        // District A: 渝中区 (重庆); district B: 南明区 (贵州), its public-security department decides id cards; district C: 沙坪坝区 (重庆).
        var clerkA = await UserAsync(app, admin, "clerk.yuzhong", ("500103-W02", "clerk"));
        var approverB = await UserAsync(app, admin, "approver.nanming", ("520102-GA", "approver"));
        var clerkC = await UserAsync(app, admin, "clerk.shapingba", ("500106-W01", "clerk"));

        var created = await ApplyAsync(clerkA, IdCardBody("M01", "M02", "M03"));
        var id = created["id"]!.GetValue<long>();
        var caseNo = Str(created["caseNo"]);
        var review = await OpenTaskAsync(clerkA, caseNo, "review");

        // Before the push the home department is no party yet; C never is.
        (await approverB.GetAsync($"/api/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerkC.GetAsync($"/api/tasks/{review}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(clerkC, $"/api/tasks/{review}/complete", new JsonObject { ["outcome"] = "pass" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await CompleteAsync(clerkA, review, "pass", EveryPointPassed(IdCardReviewPoints));
        Str((await GetCaseAsync(clerkA, id))["status"]).ShouldBe("InApproval");

        // B sees it in the inbox, and the case and its window tasks (its department is a party now).
        var approval = await OpenTaskAsync(approverB, caseNo, "approval");
        Str((await GetCaseAsync(approverB, id))["caseNo"]).ShouldBe(caseNo);
        (await approverB.GetAsync($"/api/tasks/{review}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await GetJsonAsync(approverB, "/api/cases"))["items"]!.AsArray().ShouldContain(c => c!["id"]!.GetValue<long>() == id);

        // C: every read is 404, and so is every act (C cannot know the case exists).
        foreach (var url in new[] { $"/api/cases/{id}", $"/api/cases/{id}/timeline", $"/api/cases/{id}/documents", $"/api/cases/{id}/clocks", $"/api/tasks/{approval}" })
            (await clerkC.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await GetJsonAsync(clerkC, "/api/cases"))["total"]!.GetValue<int>().ShouldBe(0);
        (await GetJsonAsync(clerkC, $"/api/tasks/queues?caseNo={caseNo}"))["total"]!.GetValue<int>().ShouldBe(0);
        (await clerkC.PostAsync($"/api/tasks/{approval}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(clerkC, $"/api/tasks/{approval}/complete", new JsonObject { ["outcome"] = "approve" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(clerkC, $"/api/cases/{id}/supplement", MaterialsBody(["M02"]))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Visible but not theirs to do: 403 naming the role, and the task stays open and unclaimed.
        var events = await CountAsync(clerkA, $"/api/cases/{id}/timeline");
        var notApprover = await ProblemAsync(await PostAsync(clerkA, $"/api/tasks/{approval}/complete", new JsonObject { ["outcome"] = "approve" }), HttpStatusCode.Forbidden);
        Str(notApprover["detail"]).ShouldContain("approver");
        var notClerk = await ProblemAsync(await PostAsync(approverB, $"/api/cases/{id}/supplement", MaterialsBody(["M02"])), HttpStatusCode.Forbidden);
        Str(notClerk["detail"]).ShouldContain("500103-W02");
        Str((await GetJsonAsync(approverB, $"/api/tasks/{approval}"))["status"]).ShouldBe("Open");
        (await CountAsync(clerkA, $"/api/cases/{id}/timeline")).ShouldBe(events);

        (await approverB.PostAsync($"/api/tasks/{approval}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CompleteAsync(approverB, approval, "approve", new JsonObject { ["opinion"] = "符合换领条件" });
        var mailed = await GetCaseAsync(clerkA, id);
        Str(mailed["status"]).ShouldBe("Delivering");

        // Mail-back needs the intake window's 审批结果送达权: revoke the seeded grant and the confirmation is refused.
        var grant = (await GetArrayAsync(admin, "/api/admin/rights?window=500103-W02"))
            .Single(g => Str(g!["right"]) == "ResultDelivery" && g["revokedAtUtc"] is null)!;
        var revoked = await PostOkAsync(admin, $"/api/admin/rights/{grant["id"]}/revoke", null);
        revoked["inForceToday"]!.GetValue<bool>().ShouldBeFalse();
        var delivery = new JsonObject { ["waybill"] = Str(mailed["waybill"]), ["signedBy"] = "张三" };
        var refused = await ProblemAsync(await PostAsync(clerkA, $"/api/cases/{id}/delivery", delivery.DeepClone()), HttpStatusCode.Forbidden);
        Str(refused["right"]).ShouldBe("ResultDelivery");
        Str(refused["detail"]).ShouldContain("审批结果送达权");
        Str(refused["detail"]).ShouldContain("revoked");
        Str((await GetCaseAsync(clerkA, id))["status"]).ShouldBe("Delivering");

        await GrantAsync(admin, "500103-W02", "ResultDelivery", validFrom: "2025-01-01", category: "公安");
        Str((await PostOkAsync(clerkA, $"/api/cases/{id}/delivery", delivery))["status"]).ShouldBe("Archived");
    }

    [Fact]
    public async Task A_window_whose_form_review_right_expired_yesterday_is_refused_review_today_and_nothing_changes()
    {
        var time = new FakeTimeProvider(Beijing(3, 2)); // Mon 2026-03-02, the last day of the grant
        await using var app = new CaseFlowApplication { DomainTime = time };
        var admin = await app.AdminAsync();
        var window = await PostCreatedAsync(admin, "/api/admin/org-units", new JsonObject
        {
            ["code"] = "500105-W09", ["name"] = "江北区政务服务中心“跨省通办”专窗", ["kind"] = "window", ["parentCode"] = "500105",
        });
        Str(window["kind"]).ShouldBe("Window");
        window["depth"]!.GetValue<int>().ShouldBe(2);
        await GrantAsync(admin, "500105-W09", "RemoteIntake", validFrom: "2026-01-01");
        await GrantAsync(admin, "500105-W09", "OriginalCheck", validFrom: "2026-01-01", implementationCode: IdCardItem);
        await GrantAsync(admin, "500105-W09", "FormReview", validFrom: "2026-01-01", validTo: "2026-03-02");
        var clerk = await UserAsync(app, admin, "clerk.jiangbei", ("500105-W09", "clerk"));

        var first = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var second = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, Str(first["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints)); // the end date is inclusive

        time.SetUtcNow(Beijing(3, 3)); // Tue: the grant ended yesterday
        (await GetArrayAsync(admin, "/api/admin/rights?window=500105-W09")).Single(g => Str(g!["right"]) == "FormReview")!["inForceToday"]!.GetValue<bool>().ShouldBeFalse();
        var id = second["id"]!.GetValue<long>();
        var review = await OpenTaskAsync(clerk, Str(second["caseNo"]), "review");
        var before = await SnapshotAsync(clerk, id);

        var problem = await ProblemAsync(await PostCompleteAsync(clerk, review, "pass", EveryPointPassed(IdCardReviewPoints)), HttpStatusCode.Forbidden);
        Str(problem["type"]).ShouldBe("urn:caseflow:problem:forbidden");
        Str(problem["right"]).ShouldBe("FormReview");
        Str(problem["rightName"]).ShouldBe("形式审查权");
        Str(problem["window"]).ShouldBe("500105-W09");
        Str(problem["implementationCode"]).ShouldBe(IdCardItem);
        var detail = Str(problem["detail"]);
        detail.ShouldContain("形式审查权");
        detail.ShouldContain("500105-W09");
        detail.ShouldContain("居民身份证");
        detail.ShouldContain("expired on 2026-03-02");
        // A notice or a refusal is form review too.
        Str((await ProblemAsync(await PostCompleteAsync(clerk, review, "reject", FirstPointFailed(IdCardReviewPoints, new JsonObject { ["basis"] = "《行政许可法》第三十二条" })), HttpStatusCode.Forbidden))["right"]).ShouldBe("FormReview");

        (await SnapshotAsync(clerk, id)).ShouldBe(before);
        Str((await GetJsonAsync(clerk, $"/api/tasks/{review}"))["status"]).ShouldBe("Open");

        // Renewed from today: review works again, but the one-time notice needs its own right, which the window lacks.
        await GrantAsync(admin, "500105-W09", "FormReview", validFrom: "2026-03-03", validTo: "2026-12-31");
        var notice = await ProblemAsync(await PostCompleteAsync(clerk, review, "supplement", EveryPointPassed(IdCardReviewPoints, new JsonObject { ["faulty"] = new JsonArray("M02") })), HttpStatusCode.Forbidden);
        Str(notice["right"]).ShouldBe("OneTimeNotice");
        Str(notice["detail"]).ShouldContain("一次性告知权");
        (await SnapshotAsync(clerk, id)).ShouldBe(before);

        await CompleteAsync(clerk, review, "pass", EveryPointPassed(IdCardReviewPoints));
        Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("InApproval");
    }

    [Fact]
    public async Task A_grant_covers_its_item_or_category_only_and_each_window_step_checks_its_own_right()
    {
        var time = new FakeTimeProvider(Beijing(3, 2));
        await using var app = new CaseFlowApplication { DomainTime = time };
        var admin = await app.AdminAsync();
        await PostCreatedAsync(admin, "/api/admin/org-units", new JsonObject { ["code"] = "500105-W08", ["name"] = "江北区观音桥便民窗口", ["kind"] = "window", ["parentCode"] = "500105" });
        var clerk = await UserAsync(app, admin, "clerk.guanyinqiao", ("500105-W08", "clerk"));
        var body = IdCardBody("M01", "M02", "M03");
        body["deliveryMethod"] = "window";

        // No grant at all, then one for another category (民政): 异地收件权 is missing; no case, no number used.
        Str((await ProblemAsync(await PostAsync(clerk, "/api/cases", body), HttpStatusCode.Forbidden))["right"]).ShouldBe("RemoteIntake");
        await GrantAsync(admin, "500105-W08", "RemoteIntake", validFrom: "2026-01-01", category: "民政");
        var other = await ProblemAsync(await PostAsync(clerk, "/api/cases", body), HttpStatusCode.Forbidden);
        Str(other["right"]).ShouldBe("RemoteIntake");
        Str(other["detail"]).ShouldContain("no such grant");

        // 异地收件权 for the item itself; originals checked at intake need 原件核验权 as well.
        await GrantAsync(admin, "500105-W08", "RemoteIntake", validFrom: "2026-01-01", implementationCode: IdCardItem);
        Str((await ProblemAsync(await PostAsync(clerk, "/api/cases", body), HttpStatusCode.Forbidden))["right"]).ShouldBe("OriginalCheck");
        (await GetJsonAsync(admin, "/api/cases"))["total"]!.GetValue<int>().ShouldBe(0);
        foreach (var material in body["materials"]!.AsArray()) material!["state"] = "submitted";
        var created = await ApplyAsync(clerk, body);
        Str(created["caseNo"]).ShouldBe(IdCardItem + "20260302" + "0001", "the refused applications took no number");
        var id = created["id"]!.GetValue<long>();
        var caseNo = Str(created["caseNo"]);

        var review = await OpenTaskAsync(clerk, caseNo, "review");
        Str((await ProblemAsync(await PostCompleteAsync(clerk, review, "pass", EveryPointPassed(IdCardReviewPoints)), HttpStatusCode.Forbidden))["right"]).ShouldBe("FormReview");
        await GrantAsync(admin, "500105-W08", "FormReview", validFrom: "2026-01-01", category: "公安");
        await CompleteAsync(clerk, review, "pass", EveryPointPassed(IdCardReviewPoints));

        var approver = await app.ApproverAsync(); // the demo approver over 贵阳市南明区
        await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "approval"), "approve");

        // 就地出证 at the window: 审批结果送达权, starting tomorrow, is not in force today.
        await GrantAsync(admin, "500105-W08", "ResultDelivery", validFrom: "2026-03-03");
        var issuance = await OpenTaskAsync(clerk, caseNo, "localIssuance");
        var refused = await ProblemAsync(await PostCompleteAsync(clerk, issuance, "issued"), HttpStatusCode.Forbidden);
        Str(refused["right"]).ShouldBe("ResultDelivery");
        Str(refused["detail"]).ShouldContain("starts on 2026-03-03");
        Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("Delivering");

        time.SetUtcNow(Beijing(3, 3));
        await CompleteAsync(clerk, issuance, "issued");
        Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("Archived");
    }

    [Fact]
    public async Task Admin_endpoints_are_for_admins_and_name_each_bad_field_without_changing_anything()
    {
        await using var app = new CaseFlowApplication();
        var admin = await app.AdminAsync();
        var clerk = await app.ClerkAsync();
        (await clerk.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await clerk.GetAsync("/api/admin/org-units")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await clerk.GetAsync("/api/admin/rights")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(clerk, "/api/admin/rights", new JsonObject { ["window"] = "500103-W01", ["right"] = "FormReview", ["validFrom"] = "2026-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(clerk, "/api/admin/users", new JsonObject { ["userName"] = "sneaky" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Users.
        var users = (await GetArrayAsync(admin, "/api/admin/users")).Count;
        var badUser = await ProblemAsync(await PostAsync(admin, "/api/admin/users", new JsonObject
        {
            ["userName"] = "clerk", ["displayName"] = "", ["password"] = "short",
            ["memberships"] = new JsonArray(new JsonObject { ["orgUnit"] = "500103-W01", ["role"] = "boss" }, new JsonObject { ["orgUnit"] = "999999", ["role"] = "clerk" }),
        }), HttpStatusCode.BadRequest);
        Errors(badUser).ShouldBe(["displayName", "memberships[0].role", "memberships[1].orgUnit", "password", "userName"], ignoreOrder: true);
        (await GetArrayAsync(admin, "/api/admin/users")).Count.ShouldBe(users);

        var created = await PostCreatedAsync(admin, "/api/admin/users", new JsonObject
        {
            ["userName"] = "li.na", ["displayName"] = "渝中区窗口 李娜", ["password"] = "Window-clerk-2026",
            ["memberships"] = new JsonArray(new JsonObject { ["orgUnit"] = "500103-W01", ["role"] = "clerk" }),
        });
        created["memberships"]!.AsArray().Single()!["orgUnitName"]!.GetValue<string>().ShouldContain("渝中区");
        var liNa = await app.SignInAsync("li.na", "Window-clerk-2026");
        var applied = await ApplyAsync(liNa);
        var review = await OpenTaskAsync(liNa, Str(applied["caseNo"]), "review");
        (await liNa.PostAsync($"/api/tasks/{review}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Memberships replaced: a clerk no more, her claimed review goes back to the window's queue.
        var moved = await PutAsync(admin, "/api/admin/users/li.na/memberships", new JsonObject
        {
            ["memberships"] = new JsonArray(new JsonObject { ["orgUnit"] = "500103", ["role"] = "supervisor" }),
        });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var task = await GetJsonAsync(clerk, $"/api/tasks/{review}");
        Str(task["status"]).ShouldBe("Open");
        task["assigneeUserId"].ShouldBeNull();
        // The change ended her sessions (README, "Sessions"): signed in again, she holds the new role only.
        liNa = await app.SignInAsync("li.na", "Window-clerk-2026");
        (await PostCompleteAsync(liNa, review, "supplement", EveryPointPassed(IdCardReviewPoints))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Errors(await ProblemAsync(await PutAsync(admin, "/api/admin/users/li.na/memberships", new JsonObject { ["memberships"] = new JsonArray() }), HttpStatusCode.BadRequest))
            .ShouldBe(["memberships"]);
        Errors(await ProblemAsync(await PutAsync(admin, "/api/admin/users/admin/memberships", new JsonObject
        {
            ["memberships"] = new JsonArray(new JsonObject { ["orgUnit"] = "500000", ["role"] = "supervisor" }),
        }), HttpStatusCode.BadRequest)).ShouldBe(["memberships"]);
        (await PutAsync(admin, "/api/admin/users/nobody/memberships", new JsonObject { ["memberships"] = new JsonArray() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Deactivated: the token in hand stops working at once (its session ended: no sign-in at all, 401), and sign-in is refused.
        var deactivated = await PostOkAsync(admin, "/api/admin/users/li.na/deactivate", null);
        deactivated["isActive"]!.GetValue<bool>().ShouldBeFalse();
        (await liNa.GetAsync("/api/cases")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "li.na", password = "Window-clerk-2026" }, Json)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await PostAsync(admin, "/api/admin/users/li.na/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await PostAsync(admin, "/api/admin/users/admin/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Org units.
        var units = (await GetArrayAsync(admin, "/api/admin/org-units")).Count;
        var tree = await GetArrayAsync(admin, "/api/admin/org-units?under=520102");
        Str(tree[0]!["code"]).ShouldBe("520102");
        Str(tree[0]!["parentCode"]).ShouldBe("520100");
        tree.Skip(1).ShouldAllBe(u => u!["depth"]!.GetValue<int>() > tree[0]!["depth"]!.GetValue<int>());
        Errors(await ProblemAsync(await PostAsync(admin, "/api/admin/org-units", new JsonObject
        {
            ["code"] = "500103-W01", ["name"] = "", ["kind"] = "kiosk", ["parentCode"] = "500103",
        }), HttpStatusCode.BadRequest)).ShouldBe(["code", "kind", "name"], ignoreOrder: true);
        Errors(await ProblemAsync(await PostAsync(admin, "/api/admin/org-units", new JsonObject
        {
            ["code"] = "500103-W07", ["name"] = "窗口", ["kind"] = "window", ["parentCode"] = "500103-GA", ["category"] = "公安",
        }), HttpStatusCode.BadRequest)).ShouldBe(["category", "parentCode"], ignoreOrder: true);
        Errors(await ProblemAsync(await PostAsync(admin, "/api/admin/org-units", new JsonObject
        {
            ["code"] = "500103-TS", ["name"] = "渝中区税务局", ["kind"] = "department", ["parentCode"] = "500103",
        }), HttpStatusCode.BadRequest)).ShouldBe(["category"]);
        Errors(await ProblemAsync(await PostAsync(admin, "/api/admin/org-units", new JsonObject
        {
            ["code"] = "500103009", ["name"] = "某街道", ["kind"] = "town", ["parentCode"] = "500103001",
        }), HttpStatusCode.BadRequest)).ShouldBe(["parentCode"]);
        (await GetArrayAsync(admin, "/api/admin/org-units")).Count.ShouldBe(units);

        // Rights.
        var grants = (await GetArrayAsync(admin, "/api/admin/rights")).Count;
        Errors(await ProblemAsync(await PostAsync(admin, "/api/admin/rights", new JsonObject
        {
            ["window"] = "520102-GA", ["right"] = "收件", ["implementationCode"] = IdCardItem, ["category"] = "公安", ["validFrom"] = "2026-13-01",
        }), HttpStatusCode.BadRequest)).ShouldBe(["category", "right", "validFrom", "window"], ignoreOrder: true);
        var backwards = await ProblemAsync(await PostAsync(admin, "/api/admin/rights", new JsonObject
        {
            ["window"] = "500103-W01", ["right"] = "FormReview", ["validFrom"] = "2026-03-02", ["validTo"] = "2026-03-01",
        }), HttpStatusCode.BadRequest);
        Errors(backwards).ShouldBe(["validTo"]);
        Errors(await ProblemAsync(await PostAsync(admin, "/api/admin/rights", new JsonObject
        {
            ["window"] = "500103-W01", ["right"] = "FormReview", ["implementationCode"] = "NO-SUCH-ITEM", ["validFrom"] = "2026-03-02",
        }), HttpStatusCode.BadRequest)).ShouldBe(["implementationCode"]);
        Errors(await ProblemAsync(await PostAsync(admin, "/api/admin/rights", new JsonObject
        {
            ["window"] = "500103-W01", ["right"] = "FormReview", ["category"] = "天文", ["validFrom"] = "2026-03-02",
        }), HttpStatusCode.BadRequest)).ShouldBe(["category"]);
        Errors(await ProblemAsync(await admin.GetAsync("/api/admin/rights?window=520102-GA"), HttpStatusCode.BadRequest)).ShouldBe(["window"]);
        (await PostAsync(admin, "/api/admin/rights", new JsonObject { ["window"] = "500103-W01", ["right"] = "FormReview", ["validFrom"] = "2025-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict, "the seed already grants exactly this");
        (await GetArrayAsync(admin, "/api/admin/rights")).Count.ShouldBe(grants);

        var granted = await GrantAsync(admin, "500103-W01", "OneTimeNotice", validFrom: "2026-01-01", validTo: "2026-06-30", implementationCode: IdCardItem);
        Str(granted["rightName"]).ShouldBe("一次性告知权");
        Str(granted["grantedBy"]).ShouldBe("admin");
        (await PostAsync(admin, $"/api/admin/rights/{granted["id"]}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(admin, $"/api/admin/rights/{granted["id"]}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await PostAsync(admin, "/api/admin/rights/999999/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_sample_grants_are_imported_once_and_a_revocation_survives_a_restart()
    {
        string folder;
        long revokedId;
        await using (var first = new CaseFlowApplication())
        {
            first.DeleteOnDispose = false;
            folder = first.Folder;
            var admin = await first.AdminAsync();
            var grants = await GetArrayAsync(admin, "/api/admin/rights");
            grants.Count.ShouldBe(19 * 5, "every sample window holds the five rights");
            grants.ShouldAllBe(g => g!["inForceToday"]!.GetValue<bool>() && g["implementationCode"] == null && g["category"] == null);
            var windows = (await GetArrayAsync(admin, "/api/admin/org-units")).Where(u => Str(u!["kind"]) == "Window").Select(u => Str(u!["code"])).ToList();
            grants.Select(g => Str(g!["window"])).Distinct().ShouldBe(windows, ignoreOrder: true);
            revokedId = (await GetArrayAsync(admin, "/api/admin/rights?window=520302-W02")).Single(g => Str(g!["right"]) == "RemoteIntake")!["id"]!.GetValue<long>();
            await PostOkAsync(admin, $"/api/admin/rights/{revokedId}/revoke", null);
        }
        try
        {
            await using var second = new CaseFlowApplication(folder);
            var grants = await GetArrayAsync(await second.AdminAsync(), "/api/admin/rights");
            grants.Count.ShouldBe(19 * 5);
            grants.Where(g => g!["revokedAtUtc"] is not null).Select(g => g!["id"]!.GetValue<long>()).ShouldBe([revokedId]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<HttpClient> UserAsync(CaseFlowApplication app, HttpClient admin, string userName, params (string OrgUnit, string Role)[] memberships)
    {
        var password = $"{userName}-Pass-2026";
        await PostCreatedAsync(admin, "/api/admin/users", new JsonObject
        {
            ["userName"] = userName, ["displayName"] = userName, ["password"] = password,
            ["memberships"] = new JsonArray(memberships.Select(m => (JsonNode)new JsonObject { ["orgUnit"] = m.OrgUnit, ["role"] = m.Role }).ToArray()),
        });
        return await app.SignInAsync(userName, password);
    }

    private static Task<JsonObject> GrantAsync(HttpClient admin, string window, string right, string validFrom, string? validTo = null,
        string? implementationCode = null, string? category = null) =>
        PostCreatedAsync(admin, "/api/admin/rights", new JsonObject
        {
            ["window"] = window, ["right"] = right, ["implementationCode"] = implementationCode, ["category"] = category, ["validFrom"] = validFrom, ["validTo"] = validTo,
        });

    /// <summary>What a refused act must leave as it was: the case, its timeline, documents and open tasks.</summary>
    private static async Task<string> SnapshotAsync(HttpClient client, long id)
    {
        var @case = await GetCaseAsync(client, id);
        @case.Remove("clocks"); // used working time moves with the clock, not with the case
        var timeline = await GetArrayAsync(client, $"/api/cases/{id}/timeline");
        var documents = await GetArrayAsync(client, $"/api/cases/{id}/documents");
        var queue = await GetJsonAsync(client, $"/api/tasks/queues?caseNo={Str(@case["caseNo"])}");
        return string.Join("\n", @case.ToJsonString(), timeline.ToJsonString(), documents.ToJsonString(), queue.ToJsonString());
    }

    private static async Task<int> CountAsync(HttpClient client, string url) => (await GetArrayAsync(client, url)).Count;

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, JsonNode? body) => client.PostAsJsonAsync(url, body, Json);

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, JsonNode? body) => client.PutAsJsonAsync(url, body, Json);

    private static async Task<JsonObject> PostCreatedAsync(HttpClient client, string url, JsonNode body)
    {
        var response = await PostAsync(client, url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static string[] Errors(JsonObject problem) => problem["errors"]!.AsObject().Select(e => e.Key).ToArray();
}
