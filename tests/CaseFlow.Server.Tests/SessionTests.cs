using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CaseFlow.Domain;
using CaseFlow.Domain.Org;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>Revocable sessions (README, "Security"): sign-out, deactivation, a membership or password change end them at once.</summary>
public sealed class SessionTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task After_sign_out_the_same_bearer_token_answers_401()
    {
        var (userName, password) = await UserAsync("s.bearer");
        var token = await SignIn.BearerTokenAsync(app.CreateClient(), userName, password);
        var other = await SignIn.BearerTokenAsync(app.CreateClient(), userName, password);
        (await MeAsync(token)).ShouldBe(HttpStatusCode.OK);

        var bearer = WithToken(token);
        (await bearer.PostAsync("/api/auth/logout", null)).IsSuccessStatusCode.ShouldBeTrue();

        (await MeAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
        (await WithToken(token).PostAsJsonAsync("/api/cases", IdCardBody(), Json)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await MeAsync(other)).ShouldBe(HttpStatusCode.OK, "sign-out ends that session only");
    }

    [Fact]
    public async Task After_sign_out_the_replayed_cookie_answers_401()
    {
        var (userName, password) = await UserAsync("s.cookie");
        var browser = app.CreateClient();
        var login = await browser.PostAsJsonAsync("/api/auth/login", new { userName, password, useCookies = true }, Json);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("caseflow.auth=", StringComparison.Ordinal)).Split(';')[0];
        (await ReplayAsync(cookie)).ShouldBe(HttpStatusCode.OK, "the cookie works before sign-out");

        var csrf = await GetJsonAsync(browser, "/api/auth/csrf");
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Add("X-CSRF-TOKEN", Str(csrf["token"]));
        (await browser.SendAsync(logout)).IsSuccessStatusCode.ShouldBeTrue();

        (await ReplayAsync(cookie)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Deactivating_a_user_ends_all_of_their_sessions()
    {
        var (userName, password) = await UserAsync("s.gone");
        var tokens = new[] { await SignIn.BearerTokenAsync(app.CreateClient(), userName, password), await SignIn.BearerTokenAsync(app.CreateClient(), userName, password) };
        foreach (var token in tokens) (await MeAsync(token)).ShouldBe(HttpStatusCode.OK);

        var admin = await app.AdminAsync();
        (await admin.PostAsync($"/api/admin/users/{userName}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var token in tokens) (await MeAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
        (await EndReasonsAsync(userName)).ShouldBe([SessionEnd.Deactivated, SessionEnd.Deactivated]);
    }

    [Fact]
    public async Task Changing_a_users_memberships_ends_their_sessions_and_a_new_sign_in_has_the_new_roles()
    {
        var (userName, password) = await UserAsync("s.moved");
        var token = await SignIn.BearerTokenAsync(app.CreateClient(), userName, password);
        (await MeAsync(token)).ShouldBe(HttpStatusCode.OK);

        var admin = await app.AdminAsync();
        var changed = await admin.PutAsJsonAsync($"/api/admin/users/{userName}/memberships",
            new { memberships = new[] { new { orgUnit = "500103-W01", role = "supervisor" } } }, Json);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());

        (await MeAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
        var again = await app.SignInAsync(userName, password);
        var me = await GetJsonAsync(again, "/api/auth/me");
        me["memberships"]!.AsArray().Select(m => Str(m!["role"])).ShouldBe(["supervisor"]);
    }

    [Fact]
    public async Task Setting_a_users_password_ends_their_sessions_and_only_the_new_password_signs_in()
    {
        var (userName, password) = await UserAsync("s.reset");
        var token = await SignIn.BearerTokenAsync(app.CreateClient(), userName, password);
        var admin = await app.AdminAsync();

        var tooShort = await admin.PutAsJsonAsync($"/api/admin/users/{userName}/password", new { password = "short" }, Json);
        tooShort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooShort.Content.ReadFromJsonAsync<JsonObject>(Json))!["errors"]!["password"].ShouldNotBeNull();
        (await MeAsync(token)).ShouldBe(HttpStatusCode.OK, "a refused change ends nothing");
        var tooLong = await admin.PutAsJsonAsync($"/api/admin/users/{userName}/password", new { password = new string('p', 129) }, Json);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a password is at most 128 characters (InputLimits.Password)");
        (await MeAsync(token)).ShouldBe(HttpStatusCode.OK, "a refused change ends nothing");

        const string newPassword = "s.reset-New-Password-2026";
        (await admin.PutAsJsonAsync($"/api/admin/users/{userName}/password", new { password = newPassword }, Json)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await MeAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
        (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password }, Json)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await MeAsync(await SignIn.BearerTokenAsync(app.CreateClient(), userName, newPassword))).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_session_check_is_answered_from_memory_until_the_user_is_forgotten()
    {
        var (userName, password) = await UserAsync("s.cached");
        await SignIn.BearerTokenAsync(app.CreateClient(), userName, password);
        var registry = app.Services.GetRequiredService<SessionRegistry>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        var session = await db.UserSessions.AsNoTracking().SingleAsync(s => s.UserId == user.Id);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(SessionRegistry.ClaimType, session.Id.ToString())], "test"));
        (await registry.IsLiveAsync(principal, db, CancellationToken.None)).ShouldBeTrue();

        // Ended behind the registry's back (as another process would): the cached answer stands — no query was made.
        await db.UserSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, DateTime.UtcNow));
        (await registry.IsLiveAsync(principal, db, CancellationToken.None)).ShouldBeTrue();

        registry.Forget(user, SessionEnd.Deactivated);
        (await registry.IsLiveAsync(principal, db, CancellationToken.None)).ShouldBeFalse();
        (await registry.IsLiveAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id.ToString())], "test")), db,
            CancellationToken.None)).ShouldBeFalse("a token without a session id is no session");
    }

    [Fact]
    public async Task A_session_ended_on_one_server_stops_working_on_another_within_the_cache_ttl()
    {
        await using var first = new CaseFlowApplication { Settings = { ["Auth:Sessions:CacheTtl"] = "00:00:02" } };
        var (userName, password) = await UserAsync("s.twice", first);
        await using var second = new CaseFlowApplication(first.Folder) { Settings = { ["Auth:Sessions:CacheTtl"] = "00:00:02" } };
        var token = await SignIn.BearerTokenAsync(first.CreateClient(), userName, password);
        (await MeAsync(token, second)).ShouldBe(HttpStatusCode.OK);

        (await WithToken(token, first).PostAsync("/api/auth/logout", null)).IsSuccessStatusCode.ShouldBeTrue();
        (await MeAsync(token, first)).ShouldBe(HttpStatusCode.Unauthorized, "at once on the server that ended it");
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        (await MeAsync(token, second)).ShouldBe(HttpStatusCode.Unauthorized, "on the other once its cached answer expired");
    }

    private async Task<(string UserName, string Password)> UserAsync(string userName, CaseFlowApplication? host = null)
    {
        var password = $"{userName}-Session-2026";
        var admin = await (host ?? app).AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/users", new JsonObject
        {
            ["userName"] = userName, ["displayName"] = userName, ["password"] = password,
            ["memberships"] = new JsonArray(new JsonObject { ["orgUnit"] = "500103-W01", ["role"] = "clerk" }),
        }, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (userName, password);
    }

    private HttpClient WithToken(string token, CaseFlowApplication? host = null)
    {
        var client = (host ?? app).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpStatusCode> MeAsync(string token, CaseFlowApplication? host = null) =>
        (await WithToken(token, host).GetAsync("/api/auth/me")).StatusCode;

    /// <summary>The cookie sent as it was captured, by a client that keeps no cookies of its own (a replay).</summary>
    private async Task<HttpStatusCode> ReplayAsync(string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }

    private async Task<List<string?>> EndReasonsAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return await db.UserSessions.Where(s => s.UserId == userId).Select(s => s.EndReason).ToListAsync();
    }
}
