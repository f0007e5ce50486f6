using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport.Hostile;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Hostile;

/// <summary>
/// What the hostile walk sends against: signed-in users whose roles reach each operation, real ids (a case with an open
/// review task, a case awaiting supplement, a case in approval at its home department, a definition, a user to change),
/// and for each operation a body it accepts, which the walk then spoils one property at a time.
/// </summary>
public sealed class HostileWorld
{
    private const string TargetUser = "h.target";
    private const string LoginUser = "h.login";
    private const string LoginPassword = "H-login-Hostile-2026";

    private readonly Dictionary<string, string> _routes = [];
    private readonly Dictionary<string, JsonNode> _bodies = [];

    private HostileWorld(HttpClient anonymous) => Anonymous = anonymous;

    public HttpClient Anonymous { get; }
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Clerk { get; private set; } = null!;
    public HttpClient Approver { get; private set; } = null!;
    public HttpClient Supervisor { get; private set; } = null!;
    public HttpClient Designer { get; private set; } = null!;
    /// <summary>The window clerk signed in with a cookie (the web app's way), holding no CSRF token.</summary>
    public HttpClient CookieClerk { get; private set; } = null!;
    public long ReviewCase { get; private set; }
    public long ReviewTask { get; private set; }
    public long SupplementCase { get; private set; }
    public long ApprovalCase { get; private set; }

    /// <summary>Acts that move the set-up's task or case on (or end a session): the walk sends them last.</summary>
    public static bool IsFinal(ApiOperation operation) =>
        operation.OperationId is "CompleteTask" or "TransferTask" or "ReturnTask" or "WithdrawTask" or "SignOut" or "PublishDefinition" or "DeactivateUser";

    public static async Task<HostileWorld> CreateAsync(HostileHost host)
    {
        var world = new HostileWorld(host.CreateClient())
        {
            Admin = await host.AdminAsync(), Clerk = await host.ClerkAsync(), Approver = await host.ApproverAsync(),
            Supervisor = await host.SignInAsync(DemoUsers.Supervisor), Designer = await host.DesignerAsync(),
        };
        world.CookieClerk = host.CreateClient();
        var cookie = await world.CookieClerk.PostAsJsonAsync("/api/auth/login",
            new JsonObject { ["userName"] = DemoUsers.Clerk.UserName, ["password"] = DemoUsers.Clerk.Password, ["useCookies"] = true }, Json);
        cookie.StatusCode.ShouldBe(HttpStatusCode.OK, await cookie.Content.ReadAsStringAsync());
        (await world.CookieClerk.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the cookie session works for reads");
        await world.CreateUserAsync(TargetUser, "H-target-Hostile-2026");
        await world.CreateUserAsync(LoginUser, LoginPassword);

        var review = await ApplyAsync(world.Clerk, IdCardBody("M01", "M02", "M03"));
        world.ReviewCase = review["id"]!.GetValue<long>();
        world.ReviewTask = await OpenTaskAsync(world.Clerk, Str(review["caseNo"]), "review");

        var supplement = await ApplyAsync(world.Clerk, IdCardBody("M01"));
        world.SupplementCase = supplement["id"]!.GetValue<long>();
        await CompleteAsync(world.Clerk, await OpenTaskAsync(world.Clerk, Str(supplement["caseNo"]), "review"), "supplement",
            EveryPointPassed(IdCardReviewPoints, new JsonObject { ["note"] = "请补正" }));
        var documents = await GetArrayAsync(world.Clerk, $"/api/cases/{world.SupplementCase}/documents");

        var approval = await ApplyAsync(world.Clerk, IdCardBody("M01", "M02", "M03"));
        world.ApprovalCase = approval["id"]!.GetValue<long>();
        await CompleteAsync(world.Clerk, await OpenTaskAsync(world.Clerk, Str(approval["caseNo"]), "review"), "pass", EveryPointPassed(IdCardReviewPoints));

        var definitionId = Str((await GetArrayAsync(world.Designer, "/api/definitions"))[0]!["definitionId"]);
        var definition = await GetJsonAsync(world.Designer, $"/api/definitions/{definitionId}/versions/1/export");

        foreach (var (name, value) in new Dictionary<string, object>
                 {
                     ["id"] = world.ReviewCase, ["documentId"] = documents.Count > 0 ? documents[0]!["id"]!.GetValue<long>() : 1, ["periodId"] = 1,
                     ["code"] = IdCardItem, ["version"] = 1, ["definitionId"] = definitionId, ["userName"] = TargetUser, ["year"] = 2026,
                     ["stream"] = "rights", ["caseNo"] = Str(review["caseNo"]),
                 })
            world._routes[name] = value.ToString()!;
        world.AddBodies(definition);
        return world;
    }

    /// <summary>The client (a role that reaches the operation), route values and the good body (null: none) for an operation.</summary>
    public (HttpClient Client, Dictionary<string, string> Routes, JsonNode? Body) For(ApiOperation operation, ApiDocument document)
    {
        var routes = new Dictionary<string, string>(_routes);
        var path = operation.Path;
        HttpClient client;
        if (path.StartsWith("/api/admin", StringComparison.Ordinal) || path.StartsWith("/api/incidents", StringComparison.Ordinal)
            || path.StartsWith("/api/ratings", StringComparison.Ordinal)) client = Admin;
        else if (path.StartsWith("/api/definitions", StringComparison.Ordinal)) client = Designer;
        else if (path.StartsWith("/api/auth/login", StringComparison.Ordinal) || path.StartsWith("/api/public", StringComparison.Ordinal)) client = Anonymous;
        else if (path.EndsWith("/urge", StringComparison.Ordinal)) client = Supervisor;
        else if (path.Contains("/excluded-periods", StringComparison.Ordinal) || path.EndsWith("/extension", StringComparison.Ordinal)) client = Approver;
        else client = Clerk;

        if (path.StartsWith("/api/tasks/{id}", StringComparison.Ordinal)) routes["id"] = ReviewTask.ToString();
        else if (path.StartsWith("/api/tasks/delegations/{id}", StringComparison.Ordinal) || path.StartsWith("/api/incidents/{id}", StringComparison.Ordinal)) routes["id"] = "1";
        else if (path.StartsWith("/api/admin/rights/{id}", StringComparison.Ordinal)) routes["id"] = "1";
        else if (path.EndsWith("/supplement", StringComparison.Ordinal) || path.Contains("/documents/", StringComparison.Ordinal)) routes["id"] = SupplementCase.ToString();
        else if (path.EndsWith("/delivery", StringComparison.Ordinal) || client == Approver) routes["id"] = ApprovalCase.ToString();

        JsonNode? body = null;
        if (operation.BodySchema is { } schema)
            body = _bodies.TryGetValue(operation.OperationId, out var good) ? good : HostilePayloads.Sample(document, schema);
        return (client, routes, body);
    }

    private void AddBodies(JsonObject definition)
    {
        JsonArray Memberships() => [new JsonObject { ["orgUnit"] = "500103-W01", ["role"] = "clerk" }];
        _bodies["CreateCase"] = IdCardBody("M01", "M02", "M03");
        _bodies["SubmitSupplement"] = new JsonObject { ["materials"] = MaterialsBody(["M02", "M03"])["materials"]!.DeepClone(), ["form"] = new JsonObject() };
        _bodies["ConfirmDelivery"] = new JsonObject { ["waybill"] = "SF1234567890", ["signedBy"] = "张三" };
        _bodies["CompleteTask"] = new JsonObject { ["outcome"] = "pass", ["data"] = EveryPointPassed(IdCardReviewPoints) };
        _bodies["TransferTask"] = new JsonObject { ["toUser"] = null, ["toRole"] = "clerk", ["reason"] = "转办" };
        _bodies["AddTaskComment"] = new JsonObject { ["text"] = "申请人来电询问进度" };
        _bodies["UrgeTask"] = new JsonObject { ["message"] = "请加快办理" };
        _bodies["ReturnTask"] = new JsonObject { ["toActivityId"] = "review", ["reason"] = "退回补查" };
        _bodies["WithdrawTask"] = new JsonObject { ["reason"] = "申请人撤回" };
        _bodies["CreateDelegation"] = new JsonObject { ["toUser"] = "clerk2", ["from"] = "2026-12-02", ["to"] = "2026-12-04", ["reason"] = "休假" };
        _bodies["StartExcludedPeriod"] = new JsonObject { ["reason"] = "ExpertReview", ["note"] = "专家评审" };
        _bodies["ExtendStatutoryLimit"] = new JsonObject { ["reason"] = "情况复杂需延长" };
        _bodies["CreateUser"] = new JsonObject { ["userName"] = "h.new", ["displayName"] = "新用户", ["password"] = "H-new-Hostile-2026", ["memberships"] = Memberships() };
        _bodies["SetUserMemberships"] = new JsonObject { ["memberships"] = Memberships() };
        _bodies["CreateOrgUnit"] = new JsonObject { ["code"] = "500103-W09", ["name"] = "渝中区测试窗口", ["kind"] = "window", ["parentCode"] = "500103", ["category"] = null };
        _bodies["GrantWindowRight"] = new JsonObject
        {
            ["window"] = "500103-W01", ["right"] = "FormReview", ["implementationCode"] = null, ["category"] = null, ["validFrom"] = "2026-01-01", ["validTo"] = "2026-12-31",
        };
        _bodies["SignIn"] = new JsonObject { ["userName"] = LoginUser, ["password"] = LoginPassword, ["useCookies"] = false };
        _bodies["ValidateDefinition"] = definition;
        _bodies["SaveDefinitionDraft"] = definition;
        _bodies["DryRunDefinition"] = new JsonObject { ["definition"] = definition.DeepClone(), ["choices"] = new JsonObject(), ["variables"] = new JsonObject(), ["case"] = null };
        _bodies["RetryIncident"] = new JsonObject { ["variables"] = new JsonObject() };
        _bodies["CancelIncident"] = new JsonObject { ["reason"] = "取消" };
    }

    private async Task CreateUserAsync(string userName, string password)
    {
        var response = await Admin.PostAsJsonAsync("/api/admin/users", new JsonObject
        {
            ["userName"] = userName, ["displayName"] = userName, ["password"] = password,
            ["memberships"] = new JsonArray(new JsonObject { ["orgUnit"] = "500103-W01", ["role"] = "clerk" }),
        }, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
