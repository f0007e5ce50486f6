using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport;
using CaseFlow.Workflows.Definitions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>Issue 9 "Input": every bad input answers a 4xx problem naming the field (its JSON path) and changes nothing.</summary>
public sealed class InputValidationTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonNode.Parse(text)!.AsObject();
        Str(problem["type"]).ShouldStartWith("urn:caseflow:problem:", Case.Sensitive, text);
        if (fields.Length > 0)
        {
            var named = problem["errors"]?.AsObject().Select(e => e.Key).ToList() ?? [];
            foreach (var field in fields) named.ShouldContain(field, text);
        }
        return problem;
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<long> RowsAsync(string table)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<JsonObject> DefinitionAsync(HttpClient designer) =>
        JsonNode.Parse(await designer.GetStringAsync("/api/definitions/multi-department/versions/1/export"))!.AsObject();

    [Fact]
    public async Task Nulls_in_a_definition_answer_400_naming_their_json_path_and_store_nothing()
    {
        var designer = await app.DesignerAsync();
        var definitions = await RowsAsync("Definitions");
        foreach (var (change, field) in new (Action<JsonObject>, string)[]
                 {
                     (d => d["root"] = null, "root"),
                     (d => d["root"]!["activities"] = null, "root.activities"),
                     (d => d["root"]!["connections"] = null, "root.connections"),
                     (d => d["root"]!["activities"]!.AsArray().Insert(1, null), "root.activities[1]"),
                     (d => d["root"]!["connections"]!.AsArray().Insert(0, null), "root.connections[0]"),
                     (d => d["root"]!["activities"]![0]!["props"] = null, "root.activities[0].props"),
                     (d => d["name"] = null, "name"),
                     (d => d["variables"] = null, "variables"),
                     (d => d["root"]!["activities"]![0]!["name"] = new string('名', 201), "root.activities[0].name"),
                     (d => d["root"]!["connections"]![0]!["port"] = new string('p', 65), "root.connections[0].port"),
                 })
        {
            var definition = await DefinitionAsync(designer);
            change(definition);
            await ProblemAsync(await designer.PostAsync("/api/definitions/validate", Body(definition.ToJsonString())), HttpStatusCode.BadRequest, field);
            await ProblemAsync(await designer.PutAsync("/api/definitions/multi-department/draft", Body(definition.ToJsonString())), HttpStatusCode.BadRequest, field);
            await ProblemAsync(await designer.PostAsync("/api/definitions/dry-run", Body(new JsonObject { ["definition"] = definition.DeepClone() }.ToJsonString())),
                HttpStatusCode.BadRequest, "definition." + field);
        }
        (await RowsAsync("Definitions")).ShouldBe(definitions);

        var valid = await designer.PostAsync("/api/definitions/validate", Body((await DefinitionAsync(designer)).ToJsonString()));
        valid.StatusCode.ShouldBe(HttpStatusCode.OK, await valid.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_engine_validator_lists_nulls_in_a_definition_file_by_json_path_instead_of_failing()
    {
        var validator = app.Services.GetRequiredService<DefinitionValidator>();
        var definition = DefinitionJson.Parse("""
            {"definitionId": "nulls", "name": "空值", "root": {"activities": [null, {"id": "start", "type": "Start", "props": null}], "connections": null}}
            """);
        var problems = validator.Validate(definition);
        problems.Select(p => p.Path).ShouldBe(["root.activities[0]", "root.activities[1].props", "root.connections"], ignoreOrder: true);
        validator.Validate(DefinitionJson.Parse("""{"definitionId": "nulls", "name": "空值", "root": null}""")).Select(p => p.Path).ShouldBe(["root"]);
    }

    [Fact]
    public async Task A_supplement_with_an_unknown_or_numeric_material_state_is_refused_and_the_case_does_not_move()
    {
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk);
        var (id, caseNo) = (created["id"]!.GetValue<long>(), Str(created["caseNo"]));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "supplement", EveryPointPassed(IdCardReviewPoints, new JsonObject { ["note"] = "请补正" }));
        var before = await GetCaseAsync(clerk, id);
        var events = await RowsAsync("CaseEvents");

        foreach (var state in new[] { "NoSuch", "2", "0", "submitted, missing" })
        {
            var body = MaterialsBody(RequiredMaterials(created));
            body["materials"]![0]!["state"] = state;
            await ProblemAsync(await clerk.PostAsJsonAsync($"/api/cases/{id}/supplement", body, Json), HttpStatusCode.BadRequest, "materials[0].state");
        }
        var after = await GetCaseAsync(clerk, id);
        Str(after["status"]).ShouldBe(Str(before["status"]));
        after["supplementRounds"]!.GetValue<int>().ShouldBe(before["supplementRounds"]!.GetValue<int>());
        (await RowsAsync("CaseEvents")).ShouldBe(events);
    }

    [Fact]
    public async Task A_clock_stop_reason_is_a_name_never_a_number()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("household-registration-transfer.json"));
        var (id, caseNo) = (EngineThroughApiTests.Id(created), EngineThroughApiTests.No(created));
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "pass", EveryPointPassed(HouseholdTransferReviewPoints));
        await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "acceptAtHome"), "accept");
        var periods = await RowsAsync("ExcludedPeriods");

        foreach (var reason in new[] { "0", "7", "\"3\"", "\"NoSuch\"" })
            await ProblemAsync(await approver.PostAsync($"/api/cases/{id}/excluded-periods", Body($$"""{"reason": {{reason}}}""")), HttpStatusCode.BadRequest, "reason");
        await ProblemAsync(await approver.PostAsync($"/api/cases/{id}/excluded-periods", Body($$"""{"reason": "ExpertReview", "note": "{{new string('长', 1001)}}"}""")),
            HttpStatusCode.BadRequest, "note");
        (await RowsAsync("ExcludedPeriods")).ShouldBe(periods);

        var started = await approver.PostAsync($"/api/cases/{id}/excluded-periods", Body("""{"reason": "expertReview", "note": "组织专家评审"}"""));
        started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Enum_filters_in_query_strings_take_names_only()
    {
        var clerk = await app.ClerkAsync();
        await ProblemAsync(await clerk.GetAsync("/api/tasks/mine?level=NoSuch"), HttpStatusCode.BadRequest, "level");
        await ProblemAsync(await clerk.GetAsync("/api/tasks/mine?level=2"), HttpStatusCode.BadRequest, "level");
        await ProblemAsync(await clerk.GetAsync("/api/cases?status=NoSuch"), HttpStatusCode.BadRequest, "status");
        (await clerk.GetAsync("/api/tasks/mine?level=Red")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await app.AdminAsync();
        await ProblemAsync(await admin.GetAsync("/api/incidents?status=1"), HttpStatusCode.BadRequest, "status");
        await ProblemAsync(await admin.GetAsync("/api/admin/outbox?state=0"), HttpStatusCode.BadRequest, "state");
        (await admin.GetAsync("/api/incidents?status=Resolved")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Strings_over_their_bound_are_refused_naming_the_field_and_no_case_is_made()
    {
        var clerk = await app.ClerkAsync();
        var cases = await RowsAsync("Cases");
        foreach (var (path, length, field) in new[]
                 {
                     ("applicant.name", 50 + 1, "applicant.name"), ("applicant.address", 200 + 1, "applicant.address"),
                     ("applicant.phone", 20 + 1, "applicant.phone"), ("deliveryAddress", 200 + 1, "deliveryAddress"),
                     ("form.reason", 2 * 1000 + 1, "form.reason"),
                 })
        {
            var body = IdCardBody();
            var parts = path.Split('.');
            var target = parts.Length == 1 ? body : body[parts[0]]!.AsObject();
            target[parts[^1]] = new string('渝', length);
            await ProblemAsync(await clerk.PostAsJsonAsync("/api/cases", body, Json), HttpStatusCode.BadRequest, field);
        }
        var many = IdCardBody();
        many["materials"] = new JsonArray(Enumerable.Range(0, 100 + 1).Select(_ => (JsonNode)new JsonObject { ["code"] = "M01" }).ToArray());
        await ProblemAsync(await clerk.PostAsJsonAsync("/api/cases", many, Json), HttpStatusCode.BadRequest, "materials");
        (await RowsAsync("Cases")).ShouldBe(cases);

        await ProblemAsync(await clerk.GetAsync($"/api/catalog/items?q={new string('q', 101)}"), HttpStatusCode.BadRequest, "q");
        await ProblemAsync(await app.CreateClient().GetAsync($"/api/public/cases/X?phone={new string('1', 21)}"), HttpStatusCode.BadRequest, "phone");
    }

    [Fact]
    public async Task A_number_is_no_name_for_a_material_state_a_delivery_method_or_a_window_right()
    {
        var clerk = await app.ClerkAsync();
        var admin = await app.AdminAsync();
        var (cases, rights) = (await RowsAsync("Cases"), await RowsAsync("WindowRights"));
        var body = IdCardBody();
        body["materials"]![0]!["state"] = "2";
        body["deliveryMethod"] = "0";
        await ProblemAsync(await clerk.PostAsJsonAsync("/api/cases", body, Json), HttpStatusCode.BadRequest, "materials[0].state", "deliveryMethod");
        await ProblemAsync(await admin.PostAsJsonAsync("/api/admin/rights", new JsonObject
        {
            ["window"] = "500103-W01", ["right"] = "1", ["implementationCode"] = IdCardItem, ["validFrom"] = "2026-03-02",
        }, Json), HttpStatusCode.BadRequest, "right");
        (await RowsAsync("Cases")).ShouldBe(cases);
        (await RowsAsync("WindowRights")).ShouldBe(rights);
    }

    [Fact]
    public async Task Comments_urges_and_reasons_are_bounded()
    {
        var clerk = await app.ClerkAsync();
        var supervisor = await app.SignInAsync(DemoUsers.Supervisor);
        var created = await ApplyAsync(clerk);
        var review = await OpenTaskAsync(clerk, Str(created["caseNo"]), "review");
        var events = await RowsAsync("CaseEvents");
        var text = new string('催', 1000 + 1);
        await ProblemAsync(await clerk.PostAsJsonAsync($"/api/tasks/{review}/comments", new JsonObject { ["text"] = text }, Json), HttpStatusCode.BadRequest, "text");
        await ProblemAsync(await supervisor.PostAsJsonAsync($"/api/tasks/{review}/urge", new JsonObject { ["message"] = text }, Json), HttpStatusCode.BadRequest, "message");
        await ProblemAsync(await clerk.PostAsJsonAsync($"/api/tasks/{review}/transfer", new JsonObject { ["toRole"] = "clerk", ["reason"] = text }, Json),
            HttpStatusCode.BadRequest, "reason");
        (await RowsAsync("CaseEvents")).ShouldBe(events);
    }

    [Fact]
    public async Task A_delegation_starts_no_earlier_than_yesterday_and_lasts_at_most_a_year()
    {
        var clerk = await app.ClerkAsync();
        var delegations = await RowsAsync("Delegations");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        await ProblemAsync(await clerk.PostAsJsonAsync("/api/tasks/delegations", new { toUser = "clerk2", from = "0001-01-01", to = "9999-12-31" }, Json),
            HttpStatusCode.BadRequest, "from", "to");
        await ProblemAsync(await clerk.PostAsJsonAsync("/api/tasks/delegations", new { toUser = "clerk2", from = today.AddDays(-2), to = today }, Json),
            HttpStatusCode.BadRequest, "from");
        await ProblemAsync(await clerk.PostAsJsonAsync("/api/tasks/delegations", new { toUser = "clerk2", from = today, to = today.AddYears(1).AddDays(1) }, Json),
            HttpStatusCode.BadRequest, "to");
        await ProblemAsync(await clerk.PostAsJsonAsync("/api/tasks/delegations", new { toUser = "clerk2", from = today, to = today, reason = new string('假', 1001) }, Json),
            HttpStatusCode.BadRequest, "reason");
        (await RowsAsync("Delegations")).ShouldBe(delegations);

        var given = await clerk.PostAsJsonAsync("/api/tasks/delegations", new { toUser = "clerk2", from = today.AddDays(-1), to = today.AddDays(-1).AddYears(1) }, Json);
        given.StatusCode.ShouldBe(HttpStatusCode.Created, await given.Content.ReadAsStringAsync());
        (await clerk.PostAsync($"/api/tasks/delegations/{(await given.Content.ReadFromJsonAsync<JsonObject>())!["id"]}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("/api/cases")]
    [InlineData("/api/tasks/queues")]
    public async Task A_page_beyond_the_last_is_empty_with_the_right_total_and_paging_and_dates_are_bounded(string list)
    {
        var clerk = await app.ClerkAsync();
        await ApplyAsync(clerk);
        var first = await GetJsonAsync(clerk, $"{list}?page=1&pageSize=1");
        first["items"]!.AsArray().Count.ShouldBe(1);
        var total = first["total"]!.GetValue<int>();
        foreach (var page in new[] { total + 1, int.MaxValue })
        {
            var beyond = await GetJsonAsync(clerk, $"{list}?page={page}&pageSize=200");
            beyond["items"]!.AsArray().ShouldBeEmpty(beyond.ToJsonString());
            beyond["total"]!.GetValue<int>().ShouldBe(total);
            beyond["pageNumber"]!.GetValue<int>().ShouldBe(page);
        }
        await ProblemAsync(await clerk.GetAsync($"{list}?page=0"), HttpStatusCode.BadRequest, "page");
        await ProblemAsync(await clerk.GetAsync($"{list}?pageSize=201"), HttpStatusCode.BadRequest, "pageSize");
        await ProblemAsync(await clerk.GetAsync($"{list}?from=0001-01-01"), HttpStatusCode.BadRequest, "from");
        await ProblemAsync(await clerk.GetAsync($"{list}?to=9999-12-31"), HttpStatusCode.BadRequest, "to");
        await ProblemAsync(await clerk.GetAsync($"{list}?page=2147483648"), HttpStatusCode.BadRequest, "page");
        (await clerk.GetAsync($"{list}?from=2026-01-01&to=2099-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_naming_the_limit_and_nothing_is_stored()
    {
        var clerk = await app.ClerkAsync();
        var cases = await RowsAsync("Cases");
        var body = IdCardBody();
        body["applicant"]!["address"] = new string('a', 10 * 1024 * 1024);
        var problem = await ProblemAsync(await clerk.PostAsJsonAsync("/api/cases", body, Json), HttpStatusCode.RequestEntityTooLarge);
        Str(problem["type"]).ShouldBe("urn:caseflow:problem:too-large");
        problem["limit"]!.GetValue<long>().ShouldBe(2 * 1024 * 1024);

        // Chunked (no Content-Length): cut off while it is read.
        var chunked = new PushStreamContent(body.ToJsonString());
        problem = await ProblemAsync(await clerk.PostAsync("/api/cases", chunked), HttpStatusCode.RequestEntityTooLarge);
        Str(problem["type"]).ShouldBe("urn:caseflow:problem:too-large");
        (await RowsAsync("Cases")).ShouldBe(cases);

        // A definition may be larger (4 MB): 3 MB reaches validation, which names the too-long field.
        var designer = await app.DesignerAsync();
        var definition = await DefinitionAsync(designer);
        definition["description"] = new string('d', 3 * 1024 * 1024);
        await ProblemAsync(await designer.PostAsync("/api/definitions/validate", Body(definition.ToJsonString())), HttpStatusCode.BadRequest, "description");
        definition["description"] = new string('d', 5 * 1024 * 1024);
        problem = await ProblemAsync(await designer.PostAsync("/api/definitions/validate", Body(definition.ToJsonString())), HttpStatusCode.RequestEntityTooLarge);
        problem["limit"]!.GetValue<long>().ShouldBe(4 * 1024 * 1024);
    }

    [Fact]
    public async Task Every_operation_with_a_body_names_the_json_path_of_a_bad_token()
    {
        var admin = await app.AdminAsync();
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var checkedOperations = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"] is null) continue;
                var url = System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", m => m.Value.Contains("year") ? "2026" : "1");
                foreach (var (json, field) in new[] { ("""{"x": [1, """, "x"), ("[]", "$"), ("""{"materials": 5, "memberships": 5, "reason": [1]}""", null) })
                {
                    var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = Body(json) });
                    var text = await response.Content.ReadAsStringAsync();
                    if (url.StartsWith("/api/admin/calendars")) { ((int)response.StatusCode).ShouldBeLessThan(500, $"{method} {url}: {text}"); continue; }
                    if (field is null && response.StatusCode != HttpStatusCode.BadRequest) continue;
                    var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
                    problem["errors"].ShouldNotBeNull($"{method} {url} {json}: {text}");
                    if (field is not null) problem["errors"]!.AsObject().Count.ShouldBe(1, $"{method} {url}: {text}");
                }
                checkedOperations++;
            }
        checkedOperations.ShouldBeGreaterThan(15);
    }

    /// <summary>A body sent chunked, without a Content-Length.</summary>
    private sealed class PushStreamContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
