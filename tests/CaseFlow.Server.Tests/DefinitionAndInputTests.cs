using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Workflows.Definitions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>Definitions edited through the API, 多地联办 with a rejecting branch, bad input, public tracking, and the content files.</summary>
public sealed class DefinitionAndInputTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task A_draft_is_validated_published_and_runs_the_next_case_without_a_restart()
    {
        var designer = await app.DesignerAsync();
        var clerk = await app.ClerkAsync();
        var current = DefinitionJson.Parse((await GetJsonAsync(designer, "/api/definitions/local-approval")).ToJsonString());

        var broken = DefinitionJson.Parse(DefinitionJson.Serialize(current));
        broken.Root.Activities.Add(new ActivityNode { Id = "mystery", Type = "NoSuchActivity" });
        broken.Root.Connections.Add(new Connection { From = "review", Port = "pass", To = "nowhere" });
        broken.FindActivity("approval")!.Props["departmentCategory"] = 42;
        var validation = await PostOkAsync(designer, "/api/definitions/validate", JsonNode.Parse(DefinitionJson.Serialize(broken)));
        validation["isValid"]!.GetValue<bool>().ShouldBeFalse();
        var problems = validation["problems"]!.AsArray().Select(p => p!["path"]!.GetValue<string>()).ToList();
        problems.Count.ShouldBeGreaterThanOrEqualTo(3, validation.ToJsonString());
        problems.ShouldContain(p => p.Contains("mystery"));
        problems.ShouldContain(p => p.Contains("connections"));
        problems.ShouldContain(p => p.Contains("approval"));

        (await PutDraftAsync(designer, broken)).StatusCode.ShouldBe(HttpStatusCode.OK, "a draft may be broken while it is edited");
        var refused = await designer.PostAsync("/api/definitions/local-approval/publish", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        problem["errors"]!.AsObject().Count.ShouldBeGreaterThanOrEqualTo(3, problem.ToJsonString());

        var fixedDraft = DefinitionJson.Parse(DefinitionJson.Serialize(current));
        fixedDraft.FindActivity("approval")!.Props["title"] = "就地审批（新版）";
        (await PutDraftAsync(designer, fixedDraft)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var published = await PostOkAsync(designer, "/api/definitions/local-approval/publish", null);
        var version = published["version"]!.GetValue<int>();
        version.ShouldBe(current.Version + 1);

        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("marriage-registration.json"));
        created["definitionVersion"]!.GetValue<int>().ShouldBe(version);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review"), "pass", EveryPointPassed(MarriageReviewPoints));
        var approval = await GetJsonAsync(clerk, $"/api/tasks/{await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "approval")}");
        approval["title"]!.GetValue<string>().ShouldBe("就地审批（新版）");
    }

    [Fact]
    public async Task A_published_version_never_changes_and_the_next_edit_becomes_a_new_draft()
    {
        var designer = await app.DesignerAsync();
        var definition = NewDefinition("immutability-probe");
        (await PutDraftAsync(designer, definition)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var v1 = await PostOkAsync(designer, "/api/definitions/immutability-probe/publish", null);
        (await designer.PostAsync("/api/definitions/immutability-probe/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nothing left to publish");

        definition.Name = "改过的名字";
        var draft = await PutDraftAsync(designer, definition);
        (await draft.Content.ReadFromJsonAsync<JsonObject>(Json))!["version"]!.GetValue<int>().ShouldBe(2);
        var first = await GetJsonAsync(designer, "/api/definitions/immutability-probe/versions/1");
        first["name"]!.GetValue<string>().ShouldBe("不变性探针");
        var versions = await GetArrayAsync(designer, "/api/definitions/immutability-probe/versions");
        versions.Select(v => (v!["version"]!.GetValue<int>(), v["isPublished"]!.GetValue<bool>(), v["contentHash"]!.GetValue<string>()))
            .ShouldBe([(1, true, v1["contentHash"]!.GetValue<string>()), (2, false, versions[1]!["contentHash"]!.GetValue<string>())]);
        versions[1]!["contentHash"]!.GetValue<string>().ShouldNotBe(v1["contentHash"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_designer_edits_definitions()
    {
        var clerk = await app.ClerkAsync();
        var response = await PutDraftAsync(clerk, NewDefinition("clerk-tries"));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.DesignerAsync()).GetAsync("/api/definitions/clerk-tries")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task In_multi_department_handling_one_rejecting_department_rejects_the_case_which_is_served_and_archived()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("real-estate-transfer-registration.json"));
        var caseNo = EngineThroughApiTests.No(created);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "pass", EveryPointPassed(RealEstateReviewPoints));
        await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "accept"), "accept");
        var registry = await OpenTaskAsync(approver, caseNo, "registryApproval");
        var fund = await OpenTaskAsync(approver, caseNo, "fundApproval");

        await CompleteAsync(approver, fund, "reject", new JsonObject { ["basis"] = "《住房公积金管理条例》第二十六条", ["comment"] = "贷款余额未结清" });
        var waiting = await GetCaseAsync(clerk, EngineThroughApiTests.Id(created));
        waiting["status"]!.GetValue<string>().ShouldBe("InApproval", "Join-all waits for the other department");
        (await GetJsonAsync(approver, $"/api/tasks/{registry}"))["status"]!.GetValue<string>().ShouldBe("Open");

        await CompleteAsync(approver, registry, "approve");
        var done = await GetCaseAsync(clerk, EngineThroughApiTests.Id(created));
        done["status"]!.GetValue<string>().ShouldBe("Archived");
        done["outcome"]!.GetValue<string>().ShouldBe("Rejected");
        done["decisionBasis"]!.GetValue<string>().ShouldContain("住房公积金管理条例");
        var documents = await GetArrayAsync(clerk, $"/api/cases/{EngineThroughApiTests.Id(created)}/documents");
        var decision = documents.Single(d => d!["kind"]!.GetValue<string>() == "RejectionDecision")!;
        decision["contentJson"]!.GetValue<string>().ShouldContain("行政复议");
        documents.ShouldNotContain(d => d!["kind"]!.GetValue<string>() == "ApprovalDecision");
    }

    [Fact]
    public async Task Bad_applications_get_problem_details_naming_each_field_and_change_nothing()
    {
        var clerk = await app.ClerkAsync();
        var before = await FingerprintAsync();

        var body = IdCardBody("M01", "M02", "M03");
        body["applicant"]!["name"] = "";
        body["applicant"]!["phone"] = "12345";
        body["situationCode"] = "99";
        var response = await clerk.PostAsJsonAsync("/api/cases", body, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        problem["type"]!.GetValue<string>().ShouldStartWith("urn:caseflow:problem:");
        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        fields.ShouldContain(f => f.Contains("name", StringComparison.OrdinalIgnoreCase));
        fields.ShouldContain(f => f.Contains("phone", StringComparison.OrdinalIgnoreCase));
        fields.ShouldContain(f => f.Contains("situation", StringComparison.OrdinalIgnoreCase));

        var unknownItem = IdCardBody();
        unknownItem["itemCode"] = "NO-SUCH-ITEM";
        (await clerk.PostAsJsonAsync("/api/cases", unknownItem, Json)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var garbage = await clerk.PostAsync("/api/cases", new StringContent("{\"itemCode\": ", Encoding.UTF8, "application/json"));
        garbage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        garbage.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/cases", IdCardBody(), Json);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await FingerprintAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_wrong_outcome_or_a_missing_task_is_refused_and_the_task_stays_open()
    {
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var review = await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review");
        var before = await FingerprintAsync();

        var wrong = await PostCompleteAsync(clerk, review, "approve-everything", EveryPointPassed(IdCardReviewPoints));
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("outcome");
        (await PostCompleteAsync(clerk, 987654, "pass")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await FingerprintAsync()).ShouldBe(before);
        (await GetJsonAsync(clerk, $"/api/tasks/{review}"))["status"]!.GetValue<string>().ShouldBe("Open");
    }

    [Fact]
    public async Task The_public_tracks_a_case_by_number_and_phone_and_sees_no_personal_data()
    {
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var caseNo = EngineThroughApiTests.No(created);
        var anonymous = app.CreateClient();

        var tracked = await GetJsonAsync(anonymous, $"/api/public/cases/{caseNo}?phone={Phone}");
        tracked["caseNo"]!.GetValue<string>().ShouldBe(caseNo);
        tracked["status"]!.GetValue<string>().ShouldBe(created["status"]!.GetValue<string>());
        tracked["timeline"]!.AsArray().ShouldNotBeEmpty();
        var text = tracked.ToJsonString();
        text.ShouldNotContain("520102199001191234");
        text.ShouldNotContain(Phone);
        text.ShouldNotContain("张三");

        (await anonymous.GetAsync($"/api/public/cases/{caseNo}?phone=13900000000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/public/cases/{caseNo}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var listed = await GetJsonAsync(clerk, $"/api/cases?q={caseNo}");
        var row = listed["items"]!.AsArray().ShouldHaveSingleItem()!;
        row["applicantIdNumber"]!.GetValue<string>().ShouldBe("520102********1234");
        row["applicantPhone"]!.GetValue<string>().ShouldBe("138****8000");
    }

    [Fact]
    public async Task Every_workflow_file_validates_and_is_published_at_start_up()
    {
        var designer = await app.DesignerAsync();
        var published = (await GetArrayAsync(designer, "/api/definitions")).Select(d => d!["definitionId"]!.GetValue<string>()).ToHashSet();
        var files = Directory.GetFiles(Path.Combine(RepoRoot(), "workflows"), "*.json");
        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            var result = await PostOkAsync(designer, "/api/definitions/validate", JsonNode.Parse(text));
            result["isValid"]!.GetValue<bool>().ShouldBeTrue($"{Path.GetFileName(file)}: {result.ToJsonString()}");
            published.ShouldContain(DefinitionJson.Parse(text).DefinitionId);
        }
    }

    [Fact]
    public async Task Every_request_in_walkthrough_http_matches_an_endpoint()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [], Pattern: e.RoutePattern.RawText ?? ""))
            .ToList();
        var requests = File.ReadLines(Path.Combine(RepoRoot(), "samples", "walkthrough.http"))
            .Select(l => Regex.Match(l, @"^(GET|POST|PUT|DELETE|PATCH) \{\{base\}\}(/[^?\s]*)")).Where(m => m.Success).ToList();
        requests.Count.ShouldBeGreaterThan(5);
        foreach (var request in requests)
        {
            var path = Regex.Replace(request.Groups[2].Value, @"\{\{[^}]+\}\}|\d+", "x").TrimEnd('/');
            endpoints.Any(e => e.Methods.Contains(request.Groups[1].Value) && RouteMatches(e.Pattern, path)).ShouldBeTrue($"{request.Value} has no endpoint");
        }
    }

    private static bool RouteMatches(string pattern, string path) =>
        Regex.IsMatch(path, "^" + Regex.Replace(pattern.TrimEnd('/'), @"\{[^}]+\}", "[^/]+") + "$");

    private static Task<HttpResponseMessage> PutDraftAsync(HttpClient client, WorkflowDefinition definition) =>
        client.PutAsync($"/api/definitions/{definition.DefinitionId}/draft",
            new StringContent(DefinitionJson.Serialize(definition), Encoding.UTF8, "application/json"));

    private static WorkflowDefinition NewDefinition(string id) => DefinitionJson.Parse($$"""
        {
          "definitionId": "{{id}}", "name": "不变性探针",
          "root": {
            "activities": [ { "id": "start", "type": "Start" }, { "id": "end", "type": "End" } ],
            "connections": [ { "from": "start", "to": "end" } ]
          }
        }
        """);

    /// <summary>Row counts and version sums of the tables a step writes: equal fingerprints mean nothing changed.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var connection = await app.OpenDatabaseAsync();
        var parts = new List<string>();
        foreach (var table in new[] { "Cases", "Tasks", "CaseEvents", "Documents", "Instances", "Bookmarks", "Journal", "Incidents" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\"";
            parts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }
        foreach (var table in new[] { "Cases", "Tasks", "Instances" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT coalesce(sum(\"Version\"), 0) FROM \"{table}\"";
            parts.Add($"{table}.v={await command.ExecuteScalarAsync()}");
        }
        return string.Join(", ", parts);
    }

}

/// <summary>Start-up import over a copy of the content folder, so the test may change a workflow file between two starts.</summary>
public sealed class StartupImportTests
{
    [Fact]
    public async Task A_changed_workflow_file_is_published_at_the_next_start_and_a_pending_draft_is_kept_after_it()
    {
        var content = Directory.CreateTempSubdirectory("caseflow-content-").FullName;
        CopyFolder(Path.Combine(RepoRoot(), "workflows"), Path.Combine(content, "workflows"));
        CopyFolder(Path.Combine(RepoRoot(), "samples"), Path.Combine(content, "samples"));
        var file = Path.Combine(content, "workflows", "local-approval.json");
        string folder;
        await using (var first = new CaseFlowApplication { ContentRoot = content })
        {
            first.DeleteOnDispose = false;
            folder = first.Folder;
            var designer = await first.DesignerAsync();
            var draft = DefinitionJson.Parse(await File.ReadAllTextAsync(file));
            draft.Name = "设计人员的草稿";
            (await designer.PutAsync("/api/definitions/local-approval/draft",
                new StringContent(DefinitionJson.Serialize(draft), Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var changed = DefinitionJson.Parse(await File.ReadAllTextAsync(file));
        changed.Name = "部署的新版本";
        await File.WriteAllTextAsync(file, DefinitionJson.Serialize(changed));
        try
        {
            await using var second = new CaseFlowApplication(folder) { ContentRoot = content };
            var versions = await GetArrayAsync(await second.DesignerAsync(), "/api/definitions/local-approval/versions");
            versions.Select(v => (v!["version"]!.GetValue<int>(), v["name"]!.GetValue<string>(), v["isPublished"]!.GetValue<bool>()))
                .ShouldBe([(1, "就地批办流程", true), (2, "部署的新版本", true), (3, "设计人员的草稿", false)]);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); Directory.Delete(content, recursive: true); } catch (IOException) { }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }
}

public sealed class PublicTrackingLimitTests
{
    [Fact]
    public async Task Guessing_case_numbers_is_slowed_down_with_429()
    {
        await using var app = new CaseFlowApplication { Settings = { ["PublicTracking:PermitsPerMinute"] = "3" } };
        var anonymous = app.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            codes.Add((await anonymous.GetAsync($"/api/public/cases/GUESS{i}?phone=13800138000")).StatusCode);
        codes.ShouldBe([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
    }
}

public sealed class ApiDocumentTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task The_OpenAPI_document_and_its_reference_page_are_served()
    {
        var client = app.CreateClient();
        var document = await client.GetAsync("/openapi/v1.json");
        document.StatusCode.ShouldBe(HttpStatusCode.OK, await document.Content.ReadAsStringAsync());
        var paths = JsonNode.Parse(await document.Content.ReadAsStringAsync())!["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldContain("/api/cases");
        paths.ShouldContain("/api/tasks/queues");
        paths.ShouldContain("/api/incidents");
        (await client.GetAsync("/api/reference")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class ConcurrentCreateTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task Eight_admins_creating_the_same_user_at_once_make_one_user_and_no_5xx()
    {
        var admin = await app.AdminAsync();
        var body = new JsonObject
        {
            ["userName"] = "race.clerk", ["displayName"] = "并发测试", ["password"] = "Race-clerk-password-2026",
            ["memberships"] = new JsonArray(new JsonObject { ["orgUnit"] = "500103-W01", ["role"] = "clerk" }),
        };
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => admin.PostAsJsonAsync("/api/admin/users", body, Json)));
        var codes = responses.Select(r => (int)r.StatusCode).ToList();
        codes.Count(c => c is 200 or 201).ShouldBe(1, string.Join(",", codes));
        codes.ShouldAllBe(c => c < 500, string.Join(",", codes));
        (await GetArrayAsync(admin, "/api/admin/users")).Count(u => u!["userName"]!.GetValue<string>() == "race.clerk").ShouldBe(1);
    }
}
