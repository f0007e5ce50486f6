using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport.Hostile;
using Xunit.Abstractions;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Hostile;

/// <summary>
/// The authorization matrix (issue 9, point 9): every demo role (samples/users/demo-users.json) and users of other districts
/// made through the admin API (a clerk of a 贵阳市 window, a supervisor of 贵州省 only, a clerk of 酉阳, an approver of a
/// 渝中区 department that is no party) × every operation × three cases — one taken in at 渝中区 and pushed to 南明区's 公安
/// (in approval), one taken in at 酉阳 and one at 南明区 (both in form review) — so each user meets cases it sees and
/// cases it does not. The expectation is the README's "Who may see and do what" written as code (<see cref="ReadmeAccessRules"/>
/// over the org tree of samples/org), not the server's answers: 404 for what is not visible, reads and acts alike; 403
/// naming the role for a visible case or task without it; for an allowed act a 2xx or a 4xx about the input or the state
/// (never 401/403/404/5xx). Allowed acts are sent so that they change little: a completion with an outcome the task does not
/// offer, a transfer to a user who does not exist, a return to a step that does not exist, and a claim is released again.
/// Operations the README gives no rule for (sign-in, sign-out, tracking, withdraw, delegations) are listed and skipped;
/// the API table's unrestricted reads (catalog, definitions, own tasks and notices) are expected open to every signed-in user.
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Operations the README states no access rule for; every other operation of the document is in the matrix.</summary>
    private static readonly string[] NoReadmeRule =
        ["SignIn", "SignOut", "TrackCase", "WithdrawTask", "CreateDelegation", "RevokeDelegation", "RequestRatingCode", "RateCaseOnline"];

    /// <summary>The README's admin-only groups (API table, "— admins"): every operation under them, as the document lists them.</summary>
    private static readonly string[] AdminGroups = ["/api/admin/users", "/api/admin/org-units", "/api/admin/rights", "/api/admin/calendars", "/api/admin/audit", "/api/incidents"];

    private readonly HostileHost _host = new();
    private readonly List<string> _mismatches = [];
    private readonly HashSet<string> _covered = [];
    private readonly SortedDictionary<string, int> _expected = [];
    private int _sent;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_role_and_district_gets_what_the_readme_says_on_every_operation_for_cases_it_sees_and_cases_it_does_not()
    {
        _host.TokenClock.SetUtcNow(DateTimeOffset.UtcNow);
        var rules = new ReadmeAccessRules(new OrgTree(RepoRoot()));
        // Every demo user with the memberships samples/users/demo-users.json gives it (the file the server seeds from).
        var actors = new List<MatrixActor>();
        foreach (var user in JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "samples", "users", "demo-users.json")))!.AsArray())
            actors.Add(new MatrixActor(Str(user!["userName"]), await _host.SignInAsync(Str(user["userName"]), Str(user["password"])),
                [.. user["memberships"]!.AsArray().Select(m => (Str(m!["orgUnit"]), Str(m["role"])))]));
        var admin = actors.Single(a => a.Name == "admin").Client;
        foreach (var (name, memberships) in new (string, (string, string)[])[]
                 {
                     ("m.guiyang.clerk", [("520102-W01", "clerk")]), ("m.guizhou.supervisor", [("520000", "supervisor")]),
                     ("m.youyang.clerk", [("500242-W01", "clerk")]), ("m.yuzhong.police", [("500103-GA", "approver")]),
                 })
            actors.Add(new MatrixActor(name, await _host.StaffUserAsync(admin, name, memberships), memberships));
        MatrixActor Actor(string name) => actors.Single(a => a.Name == name);
        var units = UnitCodes();
        var cases = new[]
        {
            await CaseAsync(admin, units, "渝中→南明 in approval", Actor("clerk").Client, Actor("approver").Client, pushed: true),
            await CaseAsync(admin, units, "酉阳 in review", Actor("m.youyang.clerk").Client, Actor("m.youyang.clerk").Client, pushed: false),
            await CaseAsync(admin, units, "南明 in review", Actor("m.guiyang.clerk").Client, Actor("m.guiyang.clerk").Client, pushed: false),
        };
        // The one-time notice (一次性告知书) is the printable document: a case at 渝中 awaiting supplement has one.
        var (notice, noticeUrl) = await NoticeCaseAsync(admin, Actor("clerk").Client);
        var document = new ApiDocument(JsonNode.Parse(await _host.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject());
        var definitionId = Str((await GetArrayAsync(admin, "/api/definitions"))[0]!["definitionId"]);
        var definition = await GetJsonAsync(admin, $"/api/definitions/{definitionId}/versions/1/export");
        var extensionRole = "approver"; // ItemTimekeeping's default; the sample items name no other.

        foreach (var actor in actors)
        {
            foreach (var c in cases)
            {
                foreach (var (op, url) in new[]
                         {
                             ("GetCase", $"/api/cases/{c.Id}"), ("GetCaseTimeline", $"/api/cases/{c.Id}/timeline"), ("ListCaseDocuments", $"/api/cases/{c.Id}/documents"),
                             ("ListCaseClocks", $"/api/cases/{c.Id}/clocks"), ("ListCaseAuditEvents", $"/api/cases/{c.Id}/audit"),
                             ("VerifyCaseAuditChain", $"/api/cases/{c.Id}/audit/verify"),
                             ("GetCaseWorkflow", $"/api/cases/{c.Id}/workflow"),
                         })
                    await CheckAsync(actor, op, c.Name, HttpMethod.Get, url, null, rules.CaseRead(actor, c));

                var task = c.OpenTask.Id;
                await CheckAsync(actor, "GetTask", c.Name, HttpMethod.Get, $"/api/tasks/{task}", null, rules.TaskRead(actor, c));
                await CheckAsync(actor, "ListCaseTasks", c.Name, HttpMethod.Get, $"/api/tasks/by-case/{c.Id}", null, rules.CaseRead(actor, c));
                await CheckAsync(actor, "ListTransferCandidates", c.Name, HttpMethod.Get, $"/api/tasks/{task}/transfer-candidates", null, rules.TaskAct(actor, c));
                await CheckAsync(actor, "ListSupervisedOpenTasks", c.Name, HttpMethod.Get, $"/api/reports/cases/{c.Id}/open-tasks", null, rules.SupervisedCase(actor, c));
                await CheckAsync(actor, "ClaimTask", c.Name, HttpMethod.Post, $"/api/tasks/{task}/claim", null, rules.TaskAct(actor, c));
                // A claim that went through is released again, so the next user meets the task open.
                await CheckAsync(actor, "ReleaseTask", c.Name, HttpMethod.Post, $"/api/tasks/{task}/release", null, rules.TaskAct(actor, c));
                await CheckAsync(actor, "CompleteTask", c.Name, HttpMethod.Post, $"/api/tasks/{task}/complete",
                    new JsonObject { ["outcome"] = "no-such-outcome", ["data"] = new JsonObject() }, rules.TaskAct(actor, c));
                await CheckAsync(actor, "TransferTask", c.Name, HttpMethod.Post, $"/api/tasks/{task}/transfer",
                    new JsonObject { ["toUser"] = "no.such.user", ["toRole"] = null, ["reason"] = "矩阵测试" }, rules.TaskAct(actor, c));
                await CheckAsync(actor, "ReturnTask", c.Name, HttpMethod.Post, $"/api/tasks/{task}/return",
                    new JsonObject { ["toActivityId"] = "no-such-step", ["reason"] = "矩阵测试" }, rules.TaskAct(actor, c));
                await CheckAsync(actor, "AddTaskComment", c.Name, HttpMethod.Post, $"/api/tasks/{task}/comments", new JsonObject { ["text"] = "矩阵测试" }, rules.Comment(actor, c));
                await CheckAsync(actor, "UrgeTask", c.Name, HttpMethod.Post, $"/api/tasks/{task}/urge", new JsonObject { ["message"] = "矩阵测试" }, rules.Urge(actor, c));
                await CheckAsync(actor, "SubmitSupplement", c.Name, HttpMethod.Post, $"/api/cases/{c.Id}/supplement",
                    new JsonObject { ["materials"] = MaterialsBody(["M02"])["materials"]!.DeepClone(), ["form"] = new JsonObject() }, rules.WindowAct(actor, c));
                await CheckAsync(actor, "ConfirmDelivery", c.Name, HttpMethod.Post, $"/api/cases/{c.Id}/delivery",
                    new JsonObject { ["waybill"] = "SF000", ["signedBy"] = null }, rules.WindowAct(actor, c));
                // 好差评 at the window: the clerk of the intake window (none of these cases is finished, so an allowed one is a 409).
                await CheckAsync(actor, "RecordCaseRating", c.Name, HttpMethod.Post, $"/api/cases/{c.Id}/rating",
                    new JsonObject { ["channel"] = "WindowPad", ["level"] = "Satisfied" }, rules.WindowAct(actor, c));
                await CheckAsync(actor, "GetCaseRating", c.Name, HttpMethod.Get, $"/api/cases/{c.Id}/rating", null, rules.CaseRead(actor, c));
                await CheckAsync(actor, "GetCaseRectification", c.Name, HttpMethod.Get, $"/api/cases/{c.Id}/rectification", null, rules.CaseRead(actor, c));
                // Clock acts on a case not yet pushed to the home department that decides it: the test below.
                if (c.HomeDepartment is null && !c.DecidedAtWindow) continue;
                var stop = await SendAsync(actor, HttpMethod.Post, $"/api/cases/{c.Id}/excluded-periods", new JsonObject { ["reason"] = "ExpertReview", ["note"] = "矩阵测试" });
                Judge(actor, "StartExcludedPeriod", c.Name, stop.Status, stop.Text, rules.ClockAct(actor, c));
                if (stop.Status == HttpStatusCode.Created)
                    await CheckAsync(actor, "EndExcludedPeriod", c.Name, HttpMethod.Post, $"/api/cases/{c.Id}/excluded-periods/{JsonNode.Parse(stop.Text)!["id"]}/end", null,
                        rules.ClockAct(actor, c));
                await CheckAsync(actor, "ExtendStatutoryLimit", c.Name, HttpMethod.Post, $"/api/cases/{c.Id}/extension", new JsonObject { ["reason"] = "矩阵测试" },
                    rules.ClockAct(actor, c, extensionRole));
            }

            await CheckAsync(actor, "PrintCaseDocument", notice.Name, HttpMethod.Get, noticeUrl, null, rules.CaseRead(actor, notice));
            await ListAsync(actor, rules, cases);
            await WithoutCaseAsync(actor, document, definitionId, definition);
        }
        foreach (var actor in actors)
            await CheckAsync(actor, "CreateCase", "-", HttpMethod.Post, "/api/cases", IdCardBody("M01", "M02", "M03"), ReadmeAccessRules.Apply(actor));

        foreach (var uncovered in document.Operations.Select(o => o.OperationId).Except(_covered).Except(NoReadmeRule))
            _mismatches.Add($"{uncovered} is not in the matrix: give it its README rule (or list it as having none)");
        output.WriteLine(string.Join(", ", _expected.Select(e => $"expected {e.Key}: {e.Value}")));
        output.WriteLine($"{_sent} requests, {actors.Count} users × {_covered.Count} operations × {cases.Length} cases; {_mismatches.Count} mismatches");
        _mismatches.ShouldBeEmpty(string.Join("\n", _mismatches));
    }

    /// <summary>
    /// README: clocks are stopped and extended by "the approver role over the deciding unit (home department, or the intake
    /// window for 就地批办)". A 跨省 id-card case still in form review at its window is decided by its home department, which
    /// it has not reached yet, so an approver over the intake window (the demo clerk at 渝中, the demo approver of 南明区
    /// over its window) is not its deciding side: 403 naming 'approver' (AccessPolicy.RequireDecidingApproverAsync), not the
    /// 409 "no clock yet" it answered while it took the intake window as the deciding unit until the push.
    /// </summary>
    [Fact]
    public async Task Before_the_push_an_approver_over_the_intake_window_is_not_the_deciding_side_of_a_case_decided_at_home()
    {
        _host.TokenClock.SetUtcNow(DateTimeOffset.UtcNow);
        var admin = await _host.AdminAsync();
        var guiyang = await _host.StaffUserAsync(admin, "d.guiyang.clerk", [("520102-W01", "clerk")]);
        foreach (var (approver, clerk, window) in new[] { (await _host.ClerkAsync(), await _host.ClerkAsync(), "渝中"), (await _host.ApproverAsync(), guiyang, "南明") })
        {
            var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
            var id = created["id"]!.GetValue<long>();
            (await GetCaseAsync(admin, id))["homeDepartmentId"].ShouldBeNull("still at the window");
            foreach (var (op, url, body) in new (string, string, JsonObject)[]
                     {
                         ("StartExcludedPeriod", $"/api/cases/{id}/excluded-periods", new JsonObject { ["reason"] = "ExpertReview", ["note"] = "推送前" }),
                         ("ExtendStatutoryLimit", $"/api/cases/{id}/extension", new JsonObject { ["reason"] = "推送前" }),
                     })
            {
                var (status, text) = await SendAsync(new MatrixActor(window, approver, []), HttpMethod.Post, url, body);
                Judge(new MatrixActor($"an approver over the {window} window", approver, []), op, "a 跨省 case in review", status, text, Expected.Forbidden("approver"));
            }
        }
        _mismatches.ShouldBeEmpty(string.Join("\n", _mismatches));
    }

    /// <summary>Lists show only what is visible: of the matrix's cases, the user's case list holds exactly those it sees.</summary>
    private async Task ListAsync(MatrixActor actor, ReadmeAccessRules rules, MatrixCase[] cases)
    {
        _covered.Add("ListCases");
        var (status, text) = await SendAsync(actor, HttpMethod.Get, "/api/cases?pageSize=100", null);
        if (status != HttpStatusCode.OK) { _mismatches.Add($"{actor.Name} ListCases answered {(int)status}: {text}"); return; }
        var listed = JsonNode.Parse(text)!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()).ToHashSet();
        foreach (var c in cases)
            if (listed.Contains(c.Id) != rules.SeesCase(actor, c))
                _mismatches.Add($"{actor.Name} ListCases: case '{c.Name}' {(listed.Contains(c.Id) ? "listed" : "missing")}, README says {(rules.SeesCase(actor, c) ? "visible" : "not visible")}");
    }

    /// <summary>Operations without a case: the admin groups, definitions (drafts and publishing for designers), the outbox, and the open reads.</summary>
    private async Task WithoutCaseAsync(MatrixActor actor, ApiDocument document, string definitionId, JsonObject definition)
    {
        // Unknown ids and an empty body: an admin gets 404 or 400 (nothing changes), anyone else the 403 first.
        var routes = new Dictionary<string, string> { ["userName"] = "no.such.user", ["id"] = "987654321", ["year"] = "2026", ["stream"] = "rights" };
        foreach (var operation in document.Operations.Where(o => AdminGroups.Any(g => o.Path.StartsWith(g, StringComparison.Ordinal))))
            await CheckAsync(actor, operation.OperationId, "-", new HttpMethod(operation.Method), operation.Url(routes),
                operation.Method == "GET" ? null : new JsonObject(), ReadmeAccessRules.AdminOnly(actor), unknownIdIsAllowed: true);

        await CheckAsync(actor, "VoidRating", "-", HttpMethod.Post, "/api/ratings/987654321/void", new JsonObject { ["reason"] = "矩阵测试" },
            ReadmeAccessRules.AdminOnly(actor), unknownIdIsAllowed: true);
        await CheckAsync(actor, "ListOutbox", "-", HttpMethod.Get, "/api/admin/outbox", null, ReadmeAccessRules.Outbox(actor));
        // The Prometheus scrape (README "Observability") is outside the OpenAPI document, so it is listed here by hand.
        await CheckAsync(actor, "ScrapeMetrics", "-", HttpMethod.Get, "/metrics", null, ReadmeAccessRules.AdminOnly(actor));
        // Reports count only the cases a user supervises (the district isolation of every figure is in Reports/ tests).
        foreach (var (op, url) in new[]
                 {
                     ("ListNearDueCases", "/api/reports/near-due"), ("ListOverdueCases", "/api/reports/overdue"), ("ListStalledCases", "/api/reports/stalled"),
                     ("ListOpenSupervisionOrders", "/api/reports/supervision-orders"), ("GetPeriodRates", "/api/reports/rates"),
                     ("GetDailyRates", "/api/reports/rates/daily"), ("GetRateBreakdown", "/api/reports/rates/by/department"),
                     ("GetTimelinessAssessment", "/api/reports/timeliness/departments"), ("ExportReport", "/api/reports/overdue/export?format=csv"),
                     ("GetRatingReport", "/api/reports/ratings"),
                     ("ListOverdueRectifications", "/api/reports/rectifications/overdue"),
                     ("ListDailyReports", "/api/reports/daily-reports"),
                 })
            await CheckAsync(actor, op, "-", HttpMethod.Get, url, null, ReadmeAccessRules.Reports(actor));
        var draft = definition.DeepClone().AsObject();
        draft["description"] = $"矩阵测试 {actor.Name}";
        await CheckAsync(actor, "SaveDefinitionDraft", "-", HttpMethod.Put, $"/api/definitions/{definitionId}/draft", draft, ReadmeAccessRules.Designer(actor));
        await CheckAsync(actor, "PublishDefinition", "-", HttpMethod.Post, $"/api/definitions/{definitionId}/publish", null, ReadmeAccessRules.Designer(actor));
        await CheckAsync(actor, "ImportElsaDefinition", "-", HttpMethod.Post, "/api/definitions/import/elsa", Elsa.ElsaEndpointTests.HelloWorld("matrix-elsa"), ReadmeAccessRules.Designer(actor));

        foreach (var (op, method, url, body) in new (string, HttpMethod, string, JsonNode?)[]
                 {
                     ("GetCurrentUser", HttpMethod.Get, "/api/auth/me", null), ("GetCsrfToken", HttpMethod.Get, "/api/auth/csrf", null),
                     ("ListServiceItems", HttpMethod.Get, "/api/catalog/items", null), ("GetServiceItem", HttpMethod.Get, $"/api/catalog/items/{IdCardItem}", null),
                     ("GetServiceItemVersion", HttpMethod.Get, $"/api/catalog/items/{IdCardItem}/versions/1", null),
                     ("ListDefinitions", HttpMethod.Get, "/api/definitions", null), ("ListActivityDescriptors", HttpMethod.Get, "/api/definitions/activities", null),
                     ("GetDefinition", HttpMethod.Get, $"/api/definitions/{definitionId}", null),
                     ("ListDefinitionVersions", HttpMethod.Get, $"/api/definitions/{definitionId}/versions", null),
                     ("GetDefinitionVersion", HttpMethod.Get, $"/api/definitions/{definitionId}/versions/1", null),
                     ("ExportDefinitionVersion", HttpMethod.Get, $"/api/definitions/{definitionId}/versions/1/export", null),
                     ("ValidateDefinition", HttpMethod.Post, "/api/definitions/validate", definition),
                     ("DryRunDefinition", HttpMethod.Post, "/api/definitions/dry-run", new JsonObject { ["definition"] = definition.DeepClone() }),
                     ("ExportElsaDefinition", HttpMethod.Get, $"/api/definitions/{definitionId}/export/elsa", null),
                     ("ListMyTasks", HttpMethod.Get, "/api/tasks/mine", null), ("ListQueuedTasks", HttpMethod.Get, "/api/tasks/queues", null),
                     ("ListDoneTasks", HttpMethod.Get, "/api/tasks/done", null),
                     ("ListDelegations", HttpMethod.Get, "/api/tasks/delegations", null), ("ListMyNotifications", HttpMethod.Get, "/api/notifications/mine", null),
                 })
            await CheckAsync(actor, op, "-", method, url, body, Expected.Allowed);
    }

    private async Task<HttpStatusCode> CheckAsync(MatrixActor actor, string op, string subject, HttpMethod method, string url, JsonNode? body, Expected expected,
        bool unknownIdIsAllowed = false)
    {
        var (status, text) = await SendAsync(actor, method, url, body);
        Judge(actor, op, subject, status, text, expected, unknownIdIsAllowed);
        return status;
    }

    private void Judge(MatrixActor actor, string op, string subject, HttpStatusCode status, string text, Expected expected, bool unknownIdIsAllowed = false)
    {
        _covered.Add(op);
        _expected[expected.Kind] = _expected.GetValueOrDefault(expected.Kind) + 1;
        var code = (int)status;
        var detail = text.Length > 240 ? text[..240] : text;
        var ok = expected.Kind switch
        {
            "404" => code == 404,
            "403" => code == 403 && text.Contains(expected.Role!, StringComparison.OrdinalIgnoreCase),
            _ => code < 500 && code is not (401 or 403) && (code != 404 || unknownIdIsAllowed),
        };
        if (!ok) _mismatches.Add($"{actor.Name} {op} on '{subject}': README says {expected}, server answered {code} {detail}");
    }

    private async Task<(HttpStatusCode Status, string Text)> SendAsync(MatrixActor actor, HttpMethod method, string url, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        using var response = await actor.Client.SendAsync(request);
        _sent++;
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// An id-card case taken in by the clerk at their window, pushed to its home department (review passed) or left in
    /// review; its open task read from the queue of a user who may take it (admins hold no task role, so theirs is empty).
    /// </summary>
    private static async Task<MatrixCase> CaseAsync(HttpClient admin, Dictionary<long, string> units, string name, HttpClient clerk, HttpClient queueHolder, bool pushed)
    {
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var (id, caseNo) = (created["id"]!.GetValue<long>(), Str(created["caseNo"]));
        var review = await OpenTaskAsync(clerk, caseNo, "review");
        if (pushed) await CompleteAsync(clerk, review, "pass", EveryPointPassed(IdCardReviewPoints));
        var view = await GetCaseAsync(admin, id);
        var intake = units[view["intakeWindowId"]!.GetValue<long>()];
        var queued = (await GetJsonAsync(queueHolder, $"/api/tasks/queues?caseNo={caseNo}"))["items"]!.AsArray().Single()!;
        var open = new MatrixTask(queued["id"]!.GetValue<long>(), units[queued["orgUnitId"]!.GetValue<long>()], Str(queued["role"]));
        MatrixTask[] tasks = pushed ? [new MatrixTask(review, intake, "clerk"), open] : [open];
        return new MatrixCase(name, id, intake, view["homeDepartmentId"] is JsonValue home ? units[home.GetValue<long>()] : null, open, tasks,
            DecidedAtWindow: Str(view["handlingMode"]) is "LocalApproval" or "Immediate");
    }

    private static async Task<(MatrixCase Case, string PrintUrl)> NoticeCaseAsync(HttpClient admin, HttpClient clerk)
    {
        var created = await ApplyAsync(clerk, IdCardBody("M01"));
        var id = created["id"]!.GetValue<long>();
        var review = await OpenTaskAsync(clerk, Str(created["caseNo"]), "review");
        await CompleteAsync(clerk, review, "supplement", EveryPointPassed(IdCardReviewPoints, new JsonObject { ["note"] = "请补正" }));
        var document = (await GetArrayAsync(admin, $"/api/cases/{id}/documents")).First(d => Str(d!["kind"]) == "SupplementNotice")!;
        var task = new MatrixTask(review, "500103-W01", "clerk");
        return (new MatrixCase("渝中 awaiting supplement", id, "500103-W01", null, task, [task]), $"/api/cases/{id}/documents/{document["id"]}/print");
    }

    /// <summary>Org unit ids to codes (the API answers units by code and tasks by unit id), read from the test's own database file.</summary>
    private Dictionary<long, string> UnitCodes()
    {
        using var connection = _host.OpenDatabaseAsync().GetAwaiter().GetResult();
        using var command = connection.Command("SELECT \"Id\", \"Code\" FROM \"OrgUnits\"");
        using var reader = command.ExecuteReader();
        var units = new Dictionary<long, string>();
        while (reader.Read()) units[reader.GetInt64(0)] = reader.GetString(1);
        return units;
    }

}
