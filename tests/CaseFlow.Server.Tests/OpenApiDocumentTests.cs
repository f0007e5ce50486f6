using System.Net;
using System.Text.Json.Nodes;

namespace CaseFlow.Server.Tests;

/// <summary>The live /openapi/v1.json is one a client generator can trust: ids, summaries, tags, security and problem responses.</summary>
public sealed class OpenApiDocumentTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    /// <summary>The operations anyone may call: sign-in and the applicant's tracking (health and the document itself are not in it).</summary>
    private static readonly string[] Anonymous = ["POST /api/auth/login", "GET /api/public/cases/{caseNo}", "POST /api/public/cases/{caseNo}/rating-code",
        "POST /api/public/cases/{caseNo}/rating"];

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonObject> DocumentAsync()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static IEnumerable<(string Key, string Method, string Path, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from entry in path.Value!.AsObject()
        where Methods.Contains(entry.Key)
        select ($"{entry.Key.ToUpperInvariant()} {path.Key}", entry.Key, path.Key, entry.Value!.AsObject());

    private static IEnumerable<string> Statuses(JsonObject operation) => operation["responses"]!.AsObject().Select(r => r.Key);

    [Fact]
    public async Task The_document_declares_a_bearer_scheme_and_a_cookie_scheme_with_the_csrf_header()
    {
        var schemes = (await DocumentAsync())["components"]!["securitySchemes"]!.AsObject();
        schemes["bearer"]!["type"]!.GetValue<string>().ShouldBe("http");
        schemes["bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        schemes["cookie"]!["type"]!.GetValue<string>().ShouldBe("apiKey");
        schemes["cookie"]!["in"]!.GetValue<string>().ShouldBe("cookie");
        schemes["cookie"]!["name"]!.GetValue<string>().ShouldBe("caseflow.auth");
        schemes["csrf"]!["in"]!.GetValue<string>().ShouldBe("header");
        schemes["csrf"]!["name"]!.GetValue<string>().ShouldBe("X-CSRF-TOKEN");
    }

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_a_summary_and_a_described_tag()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();
        operations.Count.ShouldBeGreaterThan(50);
        var tags = document["tags"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]?.GetValue<string>());
        foreach (var (key, _, _, operation) in operations)
        {
            operation["operationId"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace($"{key} has no operationId");
            operation["operationId"]!.GetValue<string>().ShouldMatch("^[A-Z][A-Za-z]+$", $"{key}: operationIds are PascalCase verb + noun");
            operation["summary"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace($"{key} has no summary");
            var tag = operation["tags"]!.AsArray().Single()!.GetValue<string>();
            tags.ShouldContainKey(tag, $"{key}: tag {tag} is not declared");
            tags[tag].ShouldNotBeNullOrWhiteSpace($"tag {tag} has no description");
        }
        operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).ShouldBeUnique();
    }

    [Fact]
    public async Task Every_operation_but_sign_in_and_tracking_requires_bearer_or_cookie_and_cookie_writes_send_the_csrf_token()
    {
        foreach (var (key, method, _, operation) in Operations(await DocumentAsync()))
        {
            var requirements = (operation["security"] as JsonArray ?? []).Select(r => r!.AsObject().Select(s => s.Key).Order().ToArray()).ToList();
            if (Anonymous.Contains(key))
            {
                requirements.ShouldBeEmpty($"{key} is anonymous");
                Statuses(operation).ShouldNotContain("403", key);
                continue;
            }
            requirements.Count.ShouldBe(2, $"{key}: bearer or cookie");
            requirements[0].ShouldBe(["bearer"], key);
            requirements[1].ShouldBe(method == "get" ? ["cookie"] : ["cookie", "csrf"], key);
            Statuses(operation).ShouldContain("401", key);
            Statuses(operation).ShouldContain("403", key);
        }
    }

    [Fact]
    public async Task Operations_list_the_problem_responses_they_can_return_as_problem_json()
    {
        var document = await DocumentAsync();
        foreach (var (key, method, path, operation) in Operations(document))
        {
            var statuses = Statuses(operation).ToList();
            if (path.Contains('{')) statuses.ShouldContain("404", key);
            if (method != "get") statuses.ShouldContain("400", key);
            if (method != "get" && !Anonymous.Contains(key)) statuses.ShouldContain("409", key);
            statuses.ShouldContain("503", key);
            foreach (var status in statuses.Where(s => s[0] is '4' or '5'))
                operation["responses"]![status]!["$ref"]!.GetValue<string>().StartsWith("#/components/responses/").ShouldBeTrue($"{key} {status} is not a problem response component");
        }
        var login = Operations(document).Single(o => o.Key == "POST /api/auth/login").Operation;
        Statuses(login).ShouldContain("401", "a wrong password is a 401 sign-in problem");
        Statuses(Operations(document).Single(o => o.Key == "GET /api/public/cases/{caseNo}").Operation).ShouldContain("429");

        var responses = document["components"]!["responses"]!.AsObject();
        foreach (var (name, response) in responses)
        {
            var media = response!["content"]!["application/problem+json"].ShouldNotBeNull($"{name} is not problem+json");
            media["schema"]!["$ref"]!.GetValue<string>().ShouldStartWith("#/components/schemas/");
            media["examples"]!.AsObject().Count.ShouldBeGreaterThan(0, name);
        }
        var types = responses.SelectMany(r => r.Value!["content"]!["application/problem+json"]!["examples"]!.AsObject())
            .Select(e => e.Value!["value"]!["type"]!.GetValue<string>()).ToList();
        foreach (var kind in new[] { "validation", "bad-request", "csrf", "sign-in", "forbidden", "not-found", "conflict", "busy" })
            types.ShouldContain($"urn:caseflow:problem:{kind}");
        responses["BadRequest"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>()
            .ShouldBe("#/components/schemas/HttpValidationProblemDetails");
        document["components"]!["schemas"]!["HttpValidationProblemDetails"]!["properties"]!["errors"].ShouldNotBeNull("400 names each field and its rule");
    }

    [Fact]
    public async Task The_Scalar_reference_page_still_serves()
    {
        var response = await app.CreateClient().GetAsync("/api/reference");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Scalar API Reference");
        page.ShouldContain("\"url\":\"openapi/v1.json\"");
    }
}
