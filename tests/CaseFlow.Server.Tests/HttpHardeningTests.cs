using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>Every error of every status is a urn:caseflow:problem:* problem, and every response carries the security headers.</summary>
public sealed class HttpHardeningTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonNode.Parse(text)!.AsObject();
        Str(problem["type"]).ShouldBe($"urn:caseflow:problem:{type}", text);
        problem["status"]!.GetValue<int>().ShouldBe((int)status, text);
        return problem;
    }

    [Fact]
    public async Task No_token_is_a_401_unauthenticated_problem() =>
        await ProblemAsync(await app.CreateClient().GetAsync("/api/cases"), HttpStatusCode.Unauthorized, "unauthenticated");

    [Fact]
    public async Task A_wrong_role_at_the_dashboard_is_a_403_forbidden_problem()
    {
        var clerk = await app.ClerkAsync();
        await ProblemAsync(await clerk.GetAsync("/hangfire"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_domain_refusal_keeps_its_own_problem()
    {
        var clerk = await app.ClerkAsync();
        var problem = await ProblemAsync(await clerk.GetAsync("/api/admin/users"), HttpStatusCode.Forbidden, "forbidden");
        Str(problem["title"]).ShouldBe("You may not do this.");
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_not_found_problem()
    {
        var clerk = await app.ClerkAsync();
        await ProblemAsync(await clerk.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        var clerk = await app.ClerkAsync();
        await ProblemAsync(await clerk.PostAsync("/api/auth/me", null), HttpStatusCode.MethodNotAllowed, "method-not-allowed");
        await ProblemAsync(await clerk.DeleteAsync("/api/cases"), HttpStatusCode.MethodNotAllowed, "method-not-allowed");
    }

    [Fact]
    public async Task A_wrong_content_type_is_a_415_problem()
    {
        var response = await app.CreateClient().PostAsync("/api/auth/login", new StringContent("userName=clerk", Encoding.UTF8, "text/plain"));
        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task A_body_that_fails_to_bind_names_the_json_path_of_the_bad_token()
    {
        var clerk = await app.ClerkAsync();
        var body = new StringContent("""{"itemCode": "x", "applicant": {"name": ["not", "a", "string"]}}""", Encoding.UTF8, "application/json");
        var problem = await ProblemAsync(await clerk.PostAsync("/api/cases", body), HttpStatusCode.BadRequest, "bad-request");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["applicant.name"], problem.ToJsonString());

        var truncated = new StringContent("""{"itemCode": """, Encoding.UTF8, "application/json");
        problem = await ProblemAsync(await clerk.PostAsync("/api/cases", truncated), HttpStatusCode.BadRequest, "bad-request");
        problem["errors"].ShouldNotBeNull(problem.ToJsonString());
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_api_answers_are_not_stored()
    {
        var clerk = await app.ClerkAsync();
        foreach (var url in new[] { "/api/auth/me", "/api/no-such-thing", "/health" })
        {
            var response = await clerk.GetAsync(url);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], url);
            response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"], url);
            response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"], url);
            string.Join(";", response.Headers.GetValues("Content-Security-Policy")).ShouldContain("frame-ancestors 'none'");
            response.Headers.Contains("Server").ShouldBeFalse(url);
            response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse($"{url}: no HSTS over plain HTTP");
        }
        var me = await clerk.GetAsync("/api/auth/me");
        me.Headers.CacheControl!.NoStore.ShouldBeTrue("an /api answer carries personal data");
    }

    [Fact]
    public void Kestrel_sends_no_server_header() =>
        app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.ShouldBeFalse();

    [Fact]
    public async Task Over_https_hsts_is_sent_and_the_sign_in_cookie_is_secure()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = DemoUsers.Clerk.UserName, password = DemoUsers.Clerk.Password, useCookies = true });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("caseflow.auth="));
        cookie.ToLowerInvariant().ShouldContain("secure");
    }

    [Fact]
    public async Task The_web_app_is_served_with_a_csp_that_allows_its_own_scripts_and_antd_inline_styles()
    {
        var response = await app.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<div id=\"root\">");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("script-src 'self' 'unsafe-inline'");
        csp.ShouldContain("style-src 'self' 'unsafe-inline'");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.CacheControl?.NoStore.ShouldNotBe(true, "the web app's shell is not personal data");
    }

    [Fact]
    public async Task The_printed_notice_renders_under_the_html_csp_and_is_not_stored()
    {
        var clerk = await app.ClerkAsync();
        var created = await ApplyAsync(clerk, IdCardBody("M01"));
        var caseNo = EngineThroughApiTests.No(created);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "supplement", EveryPointPassed(IdCardReviewPoints));
        var id = created["id"]!.GetValue<long>();
        var notice = (await GetArrayAsync(clerk, $"/api/cases/{id}/documents")).Single(d => Str(d!["kind"]) == "SupplementNotice")!;

        var print = await clerk.GetAsync($"/api/cases/{id}/documents/{notice["id"]}/print");
        print.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await print.Content.ReadAsStringAsync()).ShouldContain("一次性告知书");
        var csp = print.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("style-src 'self' 'unsafe-inline'");
        csp.ShouldContain("frame-ancestors 'none'");
        print.Headers.CacheControl!.NoStore.ShouldBeTrue("the notice names the applicant");
    }
}
