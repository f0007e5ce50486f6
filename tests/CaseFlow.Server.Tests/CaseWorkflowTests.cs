using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

public sealed class CaseWorkflowTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    /// <summary>Intake with only M01 → review supplement → all required materials → review pass: the approval task is open.</summary>
    internal static async Task<(long Id, string CaseNo)> ToApprovalAsync(HttpClient clerk)
    {
        var created = await ApplyAsync(clerk);
        var id = created["id"]!.GetValue<long>();
        var caseNo = Str(created["caseNo"]);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "supplement", EveryPointPassed(IdCardReviewPoints, new JsonObject { ["note"] = "请补正全部材料" }));
        await PostOkAsync(clerk, $"/api/cases/{id}/supplement", MaterialsBody(RequiredMaterials(created)));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        return (id, caseNo);
    }

    internal static async Task DeliverAsync(HttpClient clerk, long id)
    {
        var waybill = Str((await GetCaseAsync(clerk, id))["waybill"]);
        await PostOkAsync(clerk, $"/api/cases/{id}/delivery", new JsonObject { ["waybill"] = waybill, ["signedBy"] = "张三" });
    }

    [Fact]
    public async Task Cross_region_case_walks_from_intake_through_supplement_and_approval_to_Archived()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var (id, caseNo) = await ToApprovalAsync(clerk);
        Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("InApproval");

        var approval = await OpenTaskAsync(approver, caseNo, "approval");
        (await approver.PostAsync($"/api/tasks/{approval}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CompleteAsync(approver, approval, "approve", new JsonObject { ["opinion"] = "符合换领条件" });
        await DeliverAsync(clerk, id);

        var final = await GetCaseAsync(clerk, id);
        Str(final["status"]).ShouldBe("Archived");
        Str(final["outcome"]).ShouldBe("Approved");
        var kinds = (await GetArrayAsync(clerk, $"/api/cases/{id}/documents")).Select(d => Str(d!["kind"])).ToList();
        kinds.ShouldContain("AcceptanceNotice");
        kinds.ShouldContain("SupplementNotice");
        kinds.ShouldContain("ApprovalDecision");
        kinds.ShouldContain("ArchivePackage");
        (await GetArrayAsync(clerk, $"/api/cases/{id}/timeline")).Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Supplement_loop_can_go_round_twice_before_review_passes()
    {
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk);
        var id = created["id"]!.GetValue<long>();
        var caseNo = Str(created["caseNo"]);
        var missing = RequiredMaterials(created).Where(c => c != "M01").ToArray();
        missing.Length.ShouldBeGreaterThanOrEqualTo(2, "the id-card item needs at least two more required materials for this test");

        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "supplement", EveryPointPassed(IdCardReviewPoints, new JsonObject { ["note"] = "第一次告知" }));
        await PostOkAsync(clerk, $"/api/cases/{id}/supplement", MaterialsBody(missing.Take(1)));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "supplement", EveryPointPassed(IdCardReviewPoints, new JsonObject { ["note"] = "第二次告知" }));
        await PostOkAsync(clerk, $"/api/cases/{id}/supplement", MaterialsBody(missing.Skip(1)));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "pass", EveryPointPassed(IdCardReviewPoints));

        var @case = await GetCaseAsync(clerk, id);
        @case["supplementRounds"]!.GetValue<int>().ShouldBe(2);
        @case["trips"]!.GetValue<int>().ShouldBe(3);
        Str(@case["status"]).ShouldBe("InApproval");
    }

    [Fact]
    public async Task Reject_without_basis_is_a_400_that_leaves_case_and_task_unchanged_and_with_basis_archives_as_Rejected()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var (id, caseNo) = await ToApprovalAsync(clerk);
        var approval = await OpenTaskAsync(approver, caseNo, "approval");

        var bad = await PostCompleteAsync(approver, approval, "reject", new JsonObject { ["opinion"] = "不符合" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await bad.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        problem["errors"]!.AsObject().ContainsKey("basis").ShouldBeTrue(problem.ToJsonString());

        Str((await GetJsonAsync(approver, $"/api/tasks/{approval}"))["status"]).ShouldBe("Open");
        Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("InApproval");
        (await OpenTaskAsync(approver, caseNo, "approval")).ShouldBe(approval);

        await CompleteAsync(approver, approval, "reject", new JsonObject { ["basis"] = "《居民身份证法》第十一条", ["opinion"] = "不符合换领条件" });
        var final = await GetCaseAsync(clerk, id);
        Str(final["status"]).ShouldBe("Archived");
        Str(final["outcome"]).ShouldBe("Rejected");
    }

    [Fact]
    public async Task Parallel_completes_of_one_approval_task_yield_exactly_one_200_and_the_rest_409()
    {
        const int rounds = 20, racers = 8;
        var clerk = await app.ClerkAsync();
        var clients = new HttpClient[racers];
        for (var i = 0; i < racers; i++) clients[i] = await app.ApproverAsync();

        for (var round = 0; round < rounds; round++)
        {
            var (_, caseNo) = await ToApprovalAsync(clerk);
            var approval = await OpenTaskAsync(clients[0], caseNo, "approval");
            using var gate = new SemaphoreSlim(0, racers);
            var calls = clients.Select(async c =>
            {
                await gate.WaitAsync();
                return await PostCompleteAsync(c, approval, "approve", new JsonObject { ["opinion"] = "同意" });
            }).ToArray();
            gate.Release(racers);
            var responses = await Task.WhenAll(calls);
            var codes = responses.Select(r => (int)r.StatusCode).ToList();
            var detail = $"round {round}: {string.Join(",", codes)} {string.Join(" | ", await Task.WhenAll(responses.Where(r => (int)r.StatusCode >= 500).Select(r => r.Content.ReadAsStringAsync())))}";
            codes.ShouldAllBe(c => c < 500, detail);
            codes.Count(c => c == 200).ShouldBe(1, detail);
            codes.Count(c => c == 409).ShouldBe(racers - 1, detail);
        }
    }

    [Fact]
    public async Task Case_resumes_after_a_real_restart_on_the_same_database()
    {
        string folder;
        long id;
        string caseNo;
        await using (var first = new CaseFlowApplication())
        {
            first.DeleteOnDispose = false;
            folder = first.Folder;
            (id, caseNo) = await ToApprovalAsync(await first.ClerkAsync());
        }
        try
        {
            await using var second = new CaseFlowApplication(folder);
            var clerk = await second.ClerkAsync();
            var approver = await second.ApproverAsync();
            Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("InApproval");
            await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "approval"), "approve", new JsonObject { ["opinion"] = "同意" });
            await DeliverAsync(clerk, id);
            Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("Archived");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
