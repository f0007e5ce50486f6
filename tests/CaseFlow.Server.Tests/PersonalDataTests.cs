using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>
/// Personal data (README "Personal data") through the HTTP API: the form is checked against its item's schema (types, bounds,
/// GB 11643 ID numbers) and nothing is stored when it fails; the fields the schema marks personal are masked for every
/// non-admin in the case answers and the audit trail; admins read them in full.
/// </summary>
public sealed class PersonalDataTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    private const string IdNumber = "520102199001191234";
    private const string MaskedIdNumber = "520102********1234";
    private const string Address = "重庆市渝中区解放碑街道民族路 1 号";

    public static TheoryData<string> HostileIdNumbers() => new() { "0", "[]", "{}", "\"' OR 1=1; DROP TABLE Cases; --\"", "\"520102199001011234\"", "true" };

    [Theory]
    [MemberData(nameof(HostileIdNumbers))]
    public async Task A_form_id_number_that_is_not_a_GB_11643_number_text_is_refused_naming_the_field_and_nothing_is_stored(string json)
    {
        var clerk = await app.ClerkAsync();
        var body = IdCardBody("M01", "M02", "M03");
        body["form"]!["idNumber"] = JsonNode.Parse(json);
        var before = await RowCountsAsync();

        var response = await clerk.PostAsJsonAsync("/api/cases", body, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        problem["type"]!.GetValue<string>().ShouldStartWith("urn:caseflow:problem:");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["form.idNumber"]);
        (await RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_applicants_and_the_agents_id_numbers_are_held_to_the_same_GB_11643_check()
    {
        var clerk = await app.ClerkAsync();
        var body = IdCardBody("M01", "M02", "M03");
        body["applicant"]!["idNumber"] = "520102199001011234"; // well-formed, wrong check digit (X)
        body["assistance"] = new JsonObject
        {
            ["kind"] = "agent", ["reason"] = "委托代办", ["agent"] = new JsonObject { ["name"] = "王五", ["idNumber"] = "500103199001051235" },
        };

        var response = await clerk.PostAsJsonAsync("/api/cases", body, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!["errors"]!.AsObject();
        Str(errors["applicant.idNumber"]![0]).ShouldContain("GB 11643");
        Str(errors["assistance.agent.idNumber"]![0]).ShouldContain("GB 11643");
    }

    [Fact]
    public async Task The_catalog_shows_each_form_fields_bounds_format_and_personal_marker()
    {
        var item = await GetJsonAsync(await app.ClerkAsync(), $"/api/catalog/items/{IdCardItem}");
        var idNumber = item["formFields"]!.AsArray().Single(f => Str(f!["name"]) == "idNumber")!;
        Str(idNumber["format"]).ShouldBe("idNumber");
        idNumber["personal"]!.GetValue<bool>().ShouldBeTrue();
        idNumber["maxLength"]!.GetValue<int>().ShouldBe(18);
        item["formFields"]!.AsArray().Single(f => Str(f!["name"]) == "reason")!["personal"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_field_a_too_long_text_and_a_missing_required_field_are_each_refused_by_name()
    {
        var clerk = await app.ClerkAsync();
        var before = await RowCountsAsync();
        var body = IdCardBody("M01", "M02", "M03");
        body["form"]!["nickname"] = "小张";
        body["form"]!["mailingAddress"] = new string('路', 201);
        body["form"]!.AsObject().Remove("reason");

        var response = await clerk.PostAsJsonAsync("/api/cases", body, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!["errors"]!.AsObject();
        Str(errors["form.nickname"]![0]).ShouldContain("not a field");
        Str(errors["form.mailingAddress"]![0]).ShouldContain("at most 200");
        Str(errors["form.reason"]![0]).ShouldContain("is required");
        (await RowCountsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("clerk")]
    [InlineData("approver")]
    [InlineData("supervisor")]
    [InlineData("designer")]
    public async Task A_non_admin_reads_the_forms_personal_fields_masked(string role)
    {
        var clerk = await app.ClerkAsync();
        var (id, _) = await CaseWorkflowTests.ToApprovalAsync(clerk);
        var reader = role switch
        {
            "clerk" => clerk,
            "approver" => await app.ApproverAsync(),
            "supervisor" => await app.SignInAsync(DemoUsers.Supervisor),
            _ => await app.DesignerAsync(),
        };

        var response = await reader.GetAsync($"/api/cases/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{role} sees the case (README \"Who may see and do what\")");
        var text = await response.Content.ReadAsStringAsync();
        var form = JsonNode.Parse(text)!["form"]!;
        Str(form["idNumber"]).ShouldBe(MaskedIdNumber);
        Str(form["mailingAddress"]).ShouldBe("重庆市渝中区****");
        Str(form["reason"]).ShouldBe("有效期满换领", "a field that is not personal shows as given");
        text.ShouldNotContain(IdNumber);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task An_admin_reads_the_form_in_full_and_the_database_keeps_it_as_given()
    {
        var clerk = await app.ClerkAsync();
        var id = (await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03")))["id"]!.GetValue<long>();

        var form = (await GetCaseAsync(await app.AdminAsync(), id))["form"]!;

        Str(form["idNumber"]).ShouldBe(IdNumber);
        Str(form["mailingAddress"]).ShouldBe(Address);
        Str(JsonNode.Parse(await StoredFormAsync(id))!["idNumber"]).ShouldBe(IdNumber);
    }

    [Fact]
    public async Task The_application_and_supplement_answers_mask_the_form_and_a_bad_supplement_form_changes_nothing()
    {
        var clerk = await app.ClerkAsync();
        var response = await clerk.PostAsJsonAsync("/api/cases", IdCardBody("M01"), Json);
        var answer = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, answer);
        answer.ShouldNotContain(IdNumber);
        var created = JsonNode.Parse(answer)!.AsObject();
        Str(created["form"]!["idNumber"]).ShouldBe(MaskedIdNumber);
        var id = created["id"]!.GetValue<long>();
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review"), "supplement", EveryPointPassed(IdCardReviewPoints));

        var bad = MaterialsBody(RequiredMaterials(created));
        bad["form"] = new JsonObject { ["idNumber"] = new JsonArray() };
        var before = await RowCountsAsync();
        var refused = await clerk.PostAsJsonAsync($"/api/cases/{id}/supplement", bad, Json);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("form.idNumber");
        (await RowCountsAsync()).ShouldBe(before);
        Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("AwaitingSupplement");

        var good = MaterialsBody(RequiredMaterials(created));
        good["form"] = new JsonObject { ["mailingAddress"] = "贵州省贵阳市南明区花果园 3 栋" };
        var supplemented = await clerk.PostAsJsonAsync($"/api/cases/{id}/supplement", good, Json);
        var text = await supplemented.Content.ReadAsStringAsync();
        supplemented.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        text.ShouldNotContain(IdNumber);
        Str(JsonNode.Parse(text)!["form"]!["mailingAddress"]).ShouldBe("贵州省贵阳市南明区****");
        Str(JsonNode.Parse(await StoredFormAsync(id))!["mailingAddress"]).ShouldBe("贵州省贵阳市南明区花果园 3 栋");
    }

    [Fact]
    public async Task The_audit_trail_masks_the_forms_personal_fields_by_their_format_for_non_admins()
    {
        var clerk = await app.ClerkAsync();
        var id = (await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03")))["id"]!.GetValue<long>();

        var masked = (await GetArrayAsync(clerk, $"/api/cases/{id}/audit"))[0]!["changes"]!;
        masked.ToJsonString().ShouldNotContain(IdNumber);
        Str(masked["Applicant.Address"]!["after"]).ShouldBe("重庆市渝中区****");
        Str(masked["DeliveryAddress"]!["after"]).ShouldBe("重庆市渝中区****");
        var form = JsonNode.Parse(Str(masked["FormDataJson"]!["after"]))!;
        Str(form["mailingAddress"]).ShouldBe("重庆市渝中区****");
        Str(form["idNumber"]).ShouldBe(MaskedIdNumber);
        Str(form["applicantName"]).ShouldBe("张三", "the applicant's own name is not masked (README \"Personal data\")");

        var full = (await GetArrayAsync(await app.AdminAsync(), $"/api/cases/{id}/audit"))[0]!["changes"]!;
        Str(full["Applicant.Address"]!["after"]).ShouldBe(Address);
        Str(JsonNode.Parse(Str(full["FormDataJson"]!["after"]))!["mailingAddress"]).ShouldBe(Address);
    }

    [Fact]
    public async Task The_public_tracking_and_the_print_page_are_not_stored_by_caches()
    {
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01"));
        var id = created["id"]!.GetValue<long>();
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review"), "supplement", EveryPointPassed(IdCardReviewPoints));

        var tracking = await app.CreateClient().GetAsync($"/api/public/cases/{EngineThroughApiTests.No(created)}?phone={Phone}");
        tracking.StatusCode.ShouldBe(HttpStatusCode.OK);
        tracking.Headers.CacheControl!.NoStore.ShouldBeTrue();

        var notice = (await GetArrayAsync(clerk, $"/api/cases/{id}/documents")).Single(d => Str(d!["kind"]) == "SupplementNotice")!;
        var print = await clerk.GetAsync($"/api/cases/{id}/documents/{notice["id"]}/print");
        print.StatusCode.ShouldBe(HttpStatusCode.OK);
        print.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await print.Content.ReadAsStringAsync()).ShouldNotContain(IdNumber);
    }

    private async Task<string> StoredFormAsync(long caseId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.Command("SELECT \"FormDataJson\" FROM \"Cases\" WHERE \"Id\" = $id", ("$id", caseId));
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Row counts and version sums of what an application or a supplement writes: equal means nothing was stored.</summary>
    private async Task<string> RowCountsAsync()
    {
        await using var connection = await app.OpenDatabaseAsync();
        var parts = new List<string>();
        foreach (var query in new[]
        {
            "SELECT count(*) FROM \"Cases\"", "SELECT coalesce(sum(\"Version\"), 0) FROM \"Cases\"", "SELECT count(*) FROM \"CaseEvents\"",
            "SELECT count(*) FROM \"Tasks\"", "SELECT count(*) FROM \"AuditEvents\"", app.OnPostgreSql ? "SELECT string_agg(\"FormDataJson\", ',' ORDER BY \"Id\") FROM \"Cases\"" : "SELECT group_concat(\"FormDataJson\") FROM \"Cases\"",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = query;
            parts.Add($"{await command.ExecuteScalarAsync()}");
        }
        return string.Join(" | ", parts);
    }
}
