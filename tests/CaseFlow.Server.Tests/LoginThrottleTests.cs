using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>
/// Login throttling through POST /api/auth/login. Each test runs the shared server with a throttle of its own on fake time
/// (the demo users other tests sign in with are never locked) and signs in as users it creates.
/// </summary>
public sealed class LoginThrottleTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Five_wrong_passwords_lock_the_user_name_even_for_the_right_password_and_answer_429_with_retry_after()
    {
        await using var host = Host(new LoginThrottleOptions());
        var user = await CreateUserAsync(host, "t.lock");
        for (var i = 0; i < 5; i++) (await LoginAsync(host, user, "wrong")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var refused = await LoginAsync(host, user, Password(user));
        var problem = await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Str(problem["type"]).ShouldBe("urn:caseflow:problem:too-many-attempts");
        Str(problem["detail"]).ShouldContain("5 failed sign-ins in a row");
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(60));
        // The user name is not case-sensitive for the throttle.
        (await LoginAsync(host, user.ToUpperInvariant(), Password(user))).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task After_the_lock_the_right_password_signs_in_and_resets_the_count_and_a_new_lock_grows()
    {
        await using var host = Host(new LoginThrottleOptions());
        var user = await CreateUserAsync(host, "t.reset");
        for (var i = 0; i < 5; i++) await LoginAsync(host, user, "wrong");
        time.Advance(TimeSpan.FromSeconds(61));
        (await LoginAsync(host, user, Password(user))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Reset: four more failures do not lock, the fifth does; another failure after that lock doubles it.
        for (var i = 0; i < 4; i++) await LoginAsync(host, user, "wrong");
        (await LoginAsync(host, user, Password(user))).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var i = 0; i < 5; i++) await LoginAsync(host, user, "wrong");
        time.Advance(TimeSpan.FromSeconds(61));
        (await LoginAsync(host, user, "wrong")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginAsync(host, user, Password(user))).Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password_and_is_locked_alike()
    {
        await using var host = Host(new LoginThrottleOptions());
        var user = await CreateUserAsync(host, "t.known");
        var wrong = await LoginAsync(host, user, "wrong");
        var unknown = await LoginAsync(host, "t.nobody", "wrong");
        Visible(await ProblemAsync(unknown, HttpStatusCode.Unauthorized)).ShouldBe(Visible(await ProblemAsync(wrong, HttpStatusCode.Unauthorized)));

        for (var i = 0; i < 4; i++) { await LoginAsync(host, user, "wrong"); await LoginAsync(host, "t.nobody", "wrong"); }
        var lockedKnown = await ProblemAsync(await LoginAsync(host, user, "wrong"), HttpStatusCode.TooManyRequests);
        var lockedUnknown = await ProblemAsync(await LoginAsync(host, "t.nobody", "wrong"), HttpStatusCode.TooManyRequests);
        Visible(lockedUnknown).ShouldBe(Visible(lockedKnown));
    }

    [Fact]
    public async Task A_client_address_over_its_failure_budget_gets_429_for_every_user_until_the_window_passes()
    {
        await using var host = Host(new LoginThrottleOptions { AddressFailures = 8, AddressWindow = TimeSpan.FromMinutes(10) });
        var user = await CreateUserAsync(host, "t.address");
        for (var i = 0; i < 8; i++) (await LoginAsync(host, $"t.guess{i}", "wrong")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var refused = await LoginAsync(host, user, Password(user));
        Str((await ProblemAsync(refused, HttpStatusCode.TooManyRequests))["detail"]).ShouldContain("client address made 8 failed sign-ins");
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromMinutes(10));
        time.Advance(TimeSpan.FromMinutes(10));
        (await LoginAsync(host, user, Password(user))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private WebApplicationFactory<Program> Host(LoginThrottleOptions options) => app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        s.AddSingleton(sp => new LoginThrottle(time, options, sp.GetRequiredService<ILogger<LoginThrottle>>()))));

    private static string Password(string userName) => $"{userName}-Throttle-2026";

    /// <summary>A clerk made through the admin API, with a name unique to this run (the tests share one database).</summary>
    private static async Task<string> CreateUserAsync(WebApplicationFactory<Program> host, string prefix)
    {
        var userName = $"{prefix}.{Guid.NewGuid():N}"[..24];
        var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.BearerTokenAsync(admin, DemoUsers.Admin));
        var response = await admin.PostAsJsonAsync("/api/admin/users", new JsonObject
        {
            ["userName"] = userName, ["displayName"] = userName, ["password"] = Password(userName),
            ["memberships"] = new JsonArray(new JsonObject { ["orgUnit"] = "500105-W01", ["role"] = "clerk" }),
        }, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return userName;
    }

    private static Task<HttpResponseMessage> LoginAsync(WebApplicationFactory<Program> host, string userName, string password) =>
        host.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password });

    /// <summary>What the answer says, without the per-request trace id.</summary>
    private static string Visible(JsonObject problem) =>
        string.Join("|", new[] { "type", "title", "status", "detail" }.Select(k => problem[k]?.ToJsonString() ?? "-"));

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
