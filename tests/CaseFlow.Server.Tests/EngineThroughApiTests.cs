using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>Engine behaviour seen through the HTTP API: versions, Join-any, incidents, return and withdraw, concurrency, CSRF.</summary>
public sealed class EngineThroughApiTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task A_case_started_on_v1_finishes_on_v1_after_v2_is_published_and_new_cases_run_on_v2()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var first = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        first["definitionVersion"]!.GetValue<int>().ShouldBe(1);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, No(first), "review"), "pass", EveryPointPassed(IdCardReviewPoints));

        var published = await PublishVariantAsync(app, "cross-region-standard", d => d.FindActivity("approval")!.Props["title"] = "属地部门审批（第二版）");
        published.ShouldBe(2);
        var v1 = await GetJsonAsync(await app.DesignerAsync(), "/api/definitions/cross-region-standard/versions/1");
        v1["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "approval")!["props"]!["title"].ShouldBeNull();

        var second = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        second["definitionVersion"]!.GetValue<int>().ShouldBe(2);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, No(second), "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        var secondTask = await GetJsonAsync(approver, $"/api/tasks/{await OpenTaskAsync(approver, No(second), "approval")}");
        secondTask["title"]!.GetValue<string>().ShouldBe("属地部门审批（第二版）");

        var firstApproval = await OpenTaskAsync(approver, No(first), "approval");
        (await GetJsonAsync(approver, $"/api/tasks/{firstApproval}"))["title"]!.GetValue<string>().ShouldBe("审批决定");
        await CompleteAsync(approver, firstApproval, "approve");
        await DeliverAsync(clerk, Id(first));
        var done = await GetCaseAsync(clerk, Id(first));
        done["status"]!.GetValue<string>().ShouldBe("Archived");
        done["definitionVersion"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Join_any_cancels_the_other_branch_task_which_leaves_the_inbox_with_a_reason()
    {
        await PublishVariantAsync(app, "multi-department", d => d.FindActivity("join")!.Props["mode"] = "any");
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var created = await ApplyAsync(clerk, BodyFor("real-estate-transfer-registration.json"));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, No(created), "review"), "pass", EveryPointPassed(RealEstateReviewPoints));
        await CompleteAsync(approver, await OpenTaskAsync(approver, No(created), "accept"), "accept");
        var registry = await OpenTaskAsync(approver, No(created), "registryApproval");
        var fund = await OpenTaskAsync(approver, No(created), "fundApproval");

        await CompleteAsync(approver, registry, "approve");

        var cancelled = await GetJsonAsync(approver, $"/api/tasks/{fund}");
        cancelled["status"]!.GetValue<string>().ShouldBe("Cancelled");
        cancelled["cancelReason"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        var queue = await GetJsonAsync(approver, $"/api/tasks/queues?caseNo={No(created)}");
        queue["items"]!.AsArray().ShouldNotContain(t => t!["id"]!.GetValue<long>() == fund);
        (await GetCaseAsync(clerk, Id(created)))["outcome"]!.GetValue<string>().ShouldBe("Approved");
    }

    [Fact]
    public async Task Local_approval_is_decided_and_issued_at_the_intake_window()
    {
        var clerk = await app.ClerkAsync();
        var body = BodyFor("marriage-registration.json");
        var created = await ApplyAsync(clerk, body);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, No(created), "review"), "pass", EveryPointPassed(MarriageReviewPoints));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, No(created), "approval"), "approve");
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, No(created), "localIssuance"), "issued");
        var done = await GetCaseAsync(clerk, Id(created));
        done["status"]!.GetValue<string>().ShouldBe("Archived");
        done["trips"]!.GetValue<int>().ShouldBe(2, "intake and collection are the applicant's two visits");
    }

    [Fact]
    public async Task Return_moves_the_case_back_to_review_and_refuses_a_step_the_case_never_passed()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, No(created), "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        var approval = await OpenTaskAsync(approver, No(created), "approval");

        var never = await approver.PostAsJsonAsync($"/api/tasks/{approval}/return", new { toActivityId = "mailBack", reason = "测试" }, Json);
        never.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var back = await approver.PostAsJsonAsync($"/api/tasks/{approval}/return", new { toActivityId = "review", reason = "身份证照片不清晰" }, Json);
        back.StatusCode.ShouldBe(HttpStatusCode.NoContent, await back.Content.ReadAsStringAsync());
        var old = await GetJsonAsync(approver, $"/api/tasks/{approval}");
        old["status"]!.GetValue<string>().ShouldBe("Cancelled");
        old["cancelReason"]!.GetValue<string>().ShouldContain("身份证照片不清晰");
        (await GetCaseAsync(clerk, Id(created)))["status"]!.GetValue<string>().ShouldBe("InReview");
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, No(created), "review"), "pass", EveryPointPassed(IdCardReviewPoints));
        await OpenTaskAsync(approver, No(created), "approval");
    }

    [Fact]
    public async Task Withdraw_takes_back_a_review_while_the_approval_is_untouched_and_is_refused_once_it_is_claimed()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var review = await OpenTaskAsync(clerk, No(created), "review");
        await CompleteAsync(clerk, review, "pass", EveryPointPassed(IdCardReviewPoints));
        var approval = await OpenTaskAsync(approver, No(created), "approval");

        (await clerk.PostAsJsonAsync($"/api/tasks/{review}/withdraw", new { reason = "漏看一项" }, Json)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetJsonAsync(approver, $"/api/tasks/{approval}"))["status"]!.GetValue<string>().ShouldBe("Cancelled");
        var again = await OpenTaskAsync(clerk, No(created), "review");
        await CompleteAsync(clerk, again, "pass", EveryPointPassed(IdCardReviewPoints));

        var next = await OpenTaskAsync(approver, No(created), "approval");
        (await approver.PostAsync($"/api/tasks/{next}/claim", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await clerk.PostAsJsonAsync($"/api/tasks/{again}/withdraw", new { reason = "再撤回" }, Json)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Parallel_applications_get_unique_case_numbers()
    {
        var clerks = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.ClerkAsync()));
        var created = await Task.WhenAll(clerks.Select(c => ApplyAsync(c, IdCardBody("M01", "M02", "M03"))));
        created.Select(No).Distinct().Count().ShouldBe(8);
        created.ShouldAllBe(c => No(c).StartsWith(IdCardItem));
    }

    [Fact]
    public async Task A_cookie_signed_in_write_needs_the_csrf_token()
    {
        var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = "clerk", password = "CaseFlow-clerk-2026", useCookies = true }, Json))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await client.PostAsJsonAsync("/api/cases", IdCardBody(), Json);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("csrf");

        var csrf = await GetJsonAsync(client, "/api/auth/csrf");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(IdCardBody(), options: Json) };
        request.Headers.Add("X-CSRF-TOKEN", csrf["token"]!.GetValue<string>());
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    internal static async Task<int> PublishVariantAsync(CaseFlowApplication app, string definitionId, Action<WorkflowDefinition> change)
    {
        var designer = await app.DesignerAsync();
        var definition = DefinitionJson.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "workflows", definitionId + ".json")));
        change(definition);
        var saved = await designer.PutAsync($"/api/definitions/{definitionId}/draft",
            new StringContent(DefinitionJson.Serialize(definition), System.Text.Encoding.UTF8, "application/json"));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var published = await PostOkAsync(designer, $"/api/definitions/{definitionId}/publish", null);
        return published["version"]!.GetValue<int>();
    }

    private static async Task DeliverAsync(HttpClient clerk, long caseId)
    {
        var waybill = (await GetCaseAsync(clerk, caseId))["waybill"]!.GetValue<string>();
        await PostOkAsync(clerk, $"/api/cases/{caseId}/delivery", new JsonObject { ["waybill"] = waybill });
    }

    /// <summary>A valid application for a sample item: every form field filled, every material of its first situation handed in.</summary>
    internal static JsonObject BodyFor(string catalogFile)
    {
        var item = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "samples", "catalog", catalogFile)))!;
        var situation = item["situations"]![0]!;
        var form = new JsonObject();
        foreach (var field in item["formFields"]!.AsArray())
        {
            form[field!["name"]!.GetValue<string>()] = field["type"]!.GetValue<string>() switch
            {
                "region" => "520102",
                "select" => field["options"]![0]!.GetValue<string>(),
                "date" => "2026-01-05",
                "number" => "1",
                _ => field["name"]!.GetValue<string>() switch
                {
                    var n when n.Contains("idNumber", StringComparison.OrdinalIgnoreCase) => "520102199001191234",
                    var n when n.Contains("phone", StringComparison.OrdinalIgnoreCase) => Phone,
                    _ => "测试",
                },
            };
        }
        var delivery = item["deliveryOptions"]!.AsArray().Select(o => o!.GetValue<string>()).DefaultIfEmpty("window").First();
        return new JsonObject
        {
            ["itemCode"] = item["implementationCode"]!.GetValue<string>(),
            ["situationCode"] = situation["code"]!.GetValue<string>(),
            ["applicant"] = new JsonObject { ["name"] = "李四", ["idNumber"] = "500103199001183456", ["phone"] = Phone },
            ["form"] = form,
            ["materials"] = new JsonArray(situation["materials"]!.AsArray().Select(m => (JsonNode)new JsonObject { ["code"] = m!["code"]!.GetValue<string>() }).ToArray()),
            ["deliveryMethod"] = delivery,
            ["deliveryAddress"] = "重庆市渝中区民族路 1 号",
        };
    }

    internal static string No(JsonObject created) => created["caseNo"]!.GetValue<string>();

    internal static long Id(JsonObject created) => created["id"]!.GetValue<long>();

}

/// <summary>Its own database: the looping definition version must not leak into other tests.</summary>
public sealed class IncidentApiTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task An_expression_that_loops_forever_becomes_an_incident_and_a_retry_with_the_variable_fixed_continues_the_case()
    {
        await EngineThroughApiTests.PublishVariantAsync(app, "local-approval", d =>
        {
            d.Variables["spin"] = true;
            d.Root.Activities.Add(new ActivityNode
            {
                Id = "gate", Type = "Decision", Name = "死循环门",
                Props = new JsonObject { ["expression"] = "while (vars.spin) {} 'go'", ["outcomes"] = new JsonArray("go") },
            });
            d.Root.Connections.Single(c => c.From == "intake").To = "gate";
            d.Root.Connections.Add(new Connection { From = "gate", Port = "go", To = "review" });
        });
        var clerk = await app.ClerkAsync();
        var admin = await app.AdminAsync();

        var watch = Stopwatch.StartNew();
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("marriage-registration.json"));
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "the expression's time limit must stop the loop");

        var incidents = await GetArrayAsync(admin, $"/api/incidents?caseId={EngineThroughApiTests.Id(created)}");
        var incident = incidents.ShouldHaveSingleItem()!;
        incident["activityId"]!.GetValue<string>().ShouldBe("gate");
        (await GetJsonAsync(clerk, $"/api/tasks/queues?caseNo={EngineThroughApiTests.No(created)}"))["items"]!.AsArray().ShouldBeEmpty();

        var retried = await PostOkAsync(admin, $"/api/incidents/{incident["id"]}/retry", new JsonObject { ["variables"] = new JsonObject { ["spin"] = false } });
        retried["status"]!.GetValue<string>().ShouldBe("Resolved");
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review"), "pass", EveryPointPassed(MarriageReviewPoints));
    }

}
