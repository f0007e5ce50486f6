using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport.Hostile;
using Xunit.Abstractions;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Hostile;

/// <summary>
/// The hostile-input walk (issue 9, point 9). It loads the server's own /openapi/v1.json from one in-process host on a real
/// SQLite file and sends, for every operation in it:
/// <list type="bullet">
/// <item>bad tokens (secured operations): none, a garbage bearer, a valid token with characters changed, an expired
///   token (8 h old on the bearer clock) and a garbage auth cookie — each must answer 401 — and, for writes, a valid
///   cookie session without its X-CSRF-TOKEN, which must be refused;</item>
/// <item>bad route values for each path parameter (<see cref="HostilePayloads.RouteValues"/>: not a number, overflowing,
///   negative, zero, unknown, traversal, an escaped NUL, injection) with the others valid;</item>
/// <item>bad query values for each query parameter (<see cref="HostilePayloads.QueryValues"/>);</item>
/// <item>malformed bodies derived from the request schema (<see cref="HostilePayloads.Bodies"/>): each property — and one
///   level into objects and an array's first item — set to null, the wrong JSON type, an unknown enum name and an integer
///   for enums, an injection string and (first two) a 1 MB string for strings, 1e400 and -1 for numbers; the whole body
///   invalid JSON, of the wrong type, empty, nested 1000 levels deep, with invalid UTF-8, or of the wrong media type.</item>
/// </list>
/// Each request is sent as a user whose role reaches the operation (admin for admin operations, the designer for
/// definitions, the supervisor to urge, the deciding approver for clocks, the window clerk otherwise) against real ids
/// made in the set-up (an open review task, a case awaiting supplement, a case in approval), so a body gets past 401/403.
/// It asserts, collecting every failure before failing once: no 5xx; every 4xx is <c>application/problem+json</c> with a
/// <c>urn:caseflow:problem:*</c> type; and a rejected request (4xx) changed nothing in the database — the SQLite file's
/// <c>PRAGMA data_version</c>, read on a connection of the test's own, moves on any committed insert, update or delete by
/// the server (the job server is off, so only requests write). Accepted requests (2xx) may change data; the walk does not
/// judge what a 2xx should have refused (that is the validation tests' job). It also checks itself: an accepted write
/// moves the data version (the detector works), and no spoiled body was refused with 401/403 (the bodies reached the
/// handlers). Bounded: ~1 700 requests in one host, about 20 s on a quiet 2-core machine and 70 s at a load of 30.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly HostileHost _host = new();
    private readonly List<string> _failures = [];
    private readonly SortedDictionary<string, SortedDictionary<int, int>> _statuses = [];
    private DatabaseChanges _changes = null!;
    private int _sent;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _changes?.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_problem_never_a_5xx_and_a_rejected_request_changes_nothing()
    {
        var clock = Stopwatch.StartNew();
        var anonymous = _host.CreateClient();
        var expired = await SignIn.BearerTokenAsync(anonymous, DemoUsers.Clerk2);
        // The token is good while its 8 h run (so its later 401 is its age, nothing else); then the bearer clock moves to now.
        using (var fresh = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", expired) } })
            (await anonymous.SendAsync(fresh)).StatusCode.ShouldBe(HttpStatusCode.OK);
        _host.TokenClock.SetUtcNow(DateTimeOffset.UtcNow);
        var world = await HostileWorld.CreateAsync(_host);
        var document = new ApiDocument(JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!.AsObject());
        document.Operations.Count.ShouldBeGreaterThan(50);
        _changes = new DatabaseChanges(_host.DatabasePath);
        // The detector sees the server's commits: an accepted comment moves the data version.
        var version = _changes.Version();
        (await world.Clerk.PostAsJsonAsync($"/api/tasks/{world.ReviewTask}/comments", new JsonObject { ["text"] = "检测" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        _changes.Version().ShouldNotBe(version, "an accepted write must move PRAGMA data_version");
        var validToken = world.Clerk.DefaultRequestHeaders.Authorization!.Parameter!;

        // Writes that move the set-up's cases or tasks on, and sign-out, go last so the rest meet the state they expect.
        foreach (var operation in document.Operations.OrderBy(o => HostileWorld.IsFinal(o) ? 1 : 0).ThenBy(o => o.Method == "GET" ? 0 : 1))
        {
            var (client, routes, body) = world.For(operation, document);
            if (operation.Secured)
                foreach (var (label, auth) in new (string, Action<HttpRequestMessage>)[]
                         {
                             ("no token", _ => { }),
                             ("a garbage bearer", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "garbage.garbage.garbage")),
                             ("a tampered token", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tamper(validToken))),
                             ("an expired token", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", expired)),
                             ("a garbage cookie", r => r.Headers.Add("Cookie", "caseflow.auth=CfDJ8garbage")),
                         })
                {
                    var response = await SendAsync(anonymous, operation, operation.Url(routes), body is null ? null : Json(body), auth, label);
                    if (response != HttpStatusCode.Unauthorized) Fail(operation, label, $"answered {(int)response}, not 401");
                }

            // A cookie session without its X-CSRF-TOKEN must not write.
            if (operation.Secured && operation.Method != "GET")
            {
                var status = await SendAsync(world.CookieClerk, operation, operation.Url(routes), body is null ? null : Json(body), null, "a cookie and no CSRF token");
                if ((int)status is < 400) Fail(operation, "a cookie and no CSRF token", $"answered {(int)status}: a write went through without its CSRF token");
            }

            foreach (var parameter in operation.InPath)
                foreach (var value in HostilePayloads.RouteValues)
                    await SendAsync(client, operation, operation.Url(new Dictionary<string, string>(routes) { [parameter.Name] = value }),
                        body is null ? null : Json(body), null, $"route {parameter.Name}={value}");

            foreach (var parameter in operation.InQuery)
                foreach (var value in HostilePayloads.QueryValues)
                    await SendAsync(client, operation, operation.Url(routes, $"{parameter.Name}={value}"), body is null ? null : Json(body), null,
                        $"query {parameter.Name}={(value.Length > 40 ? value[..40] + "…" : value)}");

            if (operation.BodySchema is { } schema && body is not null)
                foreach (var hostile in HostilePayloads.Bodies(document, schema, body))
                    await SendAsync(client, operation, operation.Url(routes), hostile, null, $"body: {hostile.Label}");
        }

        foreach (var (key, counts) in _statuses) output.WriteLine($"{key}: {string.Join(", ", counts.Select(c => $"{c.Key}×{c.Value}"))}");
        output.WriteLine($"{_sent} hostile requests over {document.Operations.Count} operations in {clock.Elapsed.TotalSeconds:F1} s; {_failures.Count} failures");
        // The walk reached every body: none of them was turned away at the door (401/403) for the user it was sent as
        // (sign-in excepted, where a spoiled password is a 401 by design).
        foreach (var (key, counts) in _statuses.Where(o => o.Key != "POST /api/auth/login" && o.Value.Keys.Any(k => k is 401 or 403)))
            _failures.Add($"{key}: spoiled bodies were refused before validation ({string.Join(", ", counts.Keys)}): the walk's user does not reach it");
        foreach (var failure in _failures) output.WriteLine(failure.Length > 400 ? failure[..400] : failure);
        _failures.ShouldBeEmpty(string.Join("\n", _failures.Take(200)));
    }

    private async Task<HttpStatusCode> SendAsync(HttpClient client, ApiOperation operation, string url, HostileBody? body,
        Action<HttpRequestMessage>? authorize, string label)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
        if (body is not null) request.Content = new ByteArrayContent(body.Bytes) { Headers = { ContentType = new MediaTypeHeaderValue(body.MediaType) } };
        authorize?.Invoke(request);
        var before = _changes.Version();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (Exception e) when (e is not ShouldAssertException)
        {
            Fail(operation, label, $"threw {e.GetType().Name}: {e.Message}");
            return HttpStatusCode.InternalServerError;
        }
        _sent++;
        if (label.StartsWith("body:", StringComparison.Ordinal))
        {
            var counts = _statuses.TryGetValue(operation.Key, out var c) ? c : _statuses[operation.Key] = [];
            counts[(int)response.StatusCode] = counts.GetValueOrDefault((int)response.StatusCode) + 1;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var changed = _changes.Version() != before;
            if (status >= 500) Fail(operation, label, $"answered {status}: {Clip(text)}");
            if (status >= 400)
            {
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    Fail(operation, label, $"answered {status} as '{response.Content.Headers.ContentType}', not a problem: {Clip(text)}");
                else if (ProblemType(text) is not { } type || !type.StartsWith("urn:caseflow:problem:", StringComparison.Ordinal))
                    Fail(operation, label, $"answered {status} with problem type '{ProblemType(text)}': {Clip(text)}");
                if (changed) Fail(operation, label, $"was refused ({status}) but changed the database: {Clip(text)}");
            }
            return response.StatusCode;
        }
    }

    private void Fail(ApiOperation operation, string label, string what) => _failures.Add($"{operation.Key} with {label} {what}");

    private static string? ProblemType(string text)
    {
        try { return JsonNode.Parse(text)?["type"]?.GetValue<string>(); }
        catch (Exception) { return null; }
    }

    private static string Clip(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private static HostileBody Json(JsonNode body) => new("good", Encoding.UTF8.GetBytes(body.ToJsonString()));

    /// <summary>The token with a run of characters in its middle changed: still base64url, no longer what the server issued.</summary>
    private static string Tamper(string token)
    {
        var chars = token.ToCharArray();
        for (var i = chars.Length / 2; i < chars.Length / 2 + 6; i++) chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new string(chars);
    }
}
