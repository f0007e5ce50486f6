using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Server.Tests;

/// <summary>The server on a fresh temp SQLite file (or an existing one, to simulate a restart), with demo users seeded.</summary>
public sealed class CaseFlowApplication : WebApplicationFactory<Program>
{
    public const string IdCardItem = "11500000MB1234567X000107001000";
    public const string Phone = "13800138000";

    public static readonly JsonSerializerOptions Json = CreateJson();

    private readonly bool _ownsFolder;

    public CaseFlowApplication() : this(null) { }

    /// <summary>Reuses an existing folder (and its caseflow.db) — a restart. Internal: xUnit fixtures allow one public constructor.</summary>
    internal CaseFlowApplication(string? existingFolder)
    {
        _ownsFolder = existingFolder is null;
        Folder = existingFolder ?? Directory.CreateTempSubdirectory("caseflow-tests-").FullName;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "caseflow.db");

    public string AuditKeyPath => Path.Combine(Folder, "audit.key");

    /// <summary>A folder with its own workflows/ and samples/ to import at start-up; the repository's when null.</summary>
    public string? ContentRoot { get; init; }

    /// <summary>The domain clock for this host (DESIGN decision 15): sign-ins keep the system clock.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider? DomainTime { get; init; }

    /// <summary>Extra configuration for this host (e.g. a lower rate limit).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Set false before disposing to keep the db file for a second instance.</summary>
    public bool DeleteOnDispose { get; set; } = true;

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("Content:SeedDemoUsers", "true");
        // The audit key beside the database, so a restart on the same folder signs with the same key.
        builder.UseSetting("Audit:KeyFile", AuditKeyPath);
        if (ContentRoot is not null) builder.UseSetting("Content:Root", ContentRoot);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (DomainTime is { } time)
            builder.ConfigureTestServices(services => services.AddSingleton(new CaseFlow.Domain.Common.DomainClock(time)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder && DeleteOnDispose) TryDelete();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsFolder && DeleteOnDispose) TryDelete();
    }

    private void TryDelete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password }, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Json);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["accessToken"]!.GetValue<string>());
        return client;
    }

    public Task<HttpClient> ClerkAsync() => SignInAsync("clerk", "CaseFlow-clerk-2026");
    public Task<HttpClient> ApproverAsync() => SignInAsync("approver", "CaseFlow-approver-2026");
    public Task<HttpClient> AdminAsync() => SignInAsync("admin", "CaseFlow-admin-2026");
    public Task<HttpClient> DesignerAsync() => SignInAsync("designer", "CaseFlow-designer-2026");

    /// <summary>The id-card application from samples/walkthrough.sh (only M01 handed in).</summary>
    public static JsonObject IdCardBody(params string[] materials) => new()
    {
        ["itemCode"] = IdCardItem,
        ["situationCode"] = "01",
        ["applicant"] = new JsonObject { ["name"] = "张三", ["idNumber"] = "520102199001011234", ["phone"] = Phone, ["address"] = "重庆市渝中区解放碑街道民族路 1 号" },
        ["form"] = new JsonObject
        {
            ["homeRegion"] = "520102", ["applicantName"] = "张三", ["idNumber"] = "520102199001011234", ["reason"] = "有效期满换领",
            ["pickupMethod"] = "EMS邮寄送达", ["mailingAddress"] = "重庆市渝中区解放碑街道民族路 1 号",
        },
        ["materials"] = new JsonArray((materials.Length == 0 ? ["M01"] : materials)
            .Select(m => (JsonNode)new JsonObject { ["code"] = m, ["state"] = "originalVerified" }).ToArray()),
        ["deliveryMethod"] = "mail",
        ["deliveryAddress"] = "重庆市渝中区解放碑街道民族路 1 号",
    };

    public static async Task<JsonObject> ApplyAsync(HttpClient client, JsonObject? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/cases", body ?? IdCardBody(), Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
    }

    public static async Task<JsonObject> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
    }

    public static async Task<JsonArray> GetArrayAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonArray>(Json))!;
    }

    public static Task<JsonObject> GetCaseAsync(HttpClient client, long caseId) => GetJsonAsync(client, $"/api/cases/{caseId}");

    /// <summary>Id of the open, unclaimed task of this case at the step, from the caller's queues.</summary>
    public static async Task<long> OpenTaskAsync(HttpClient client, string caseNo, string activityId)
    {
        var page = await GetJsonAsync(client, $"/api/tasks/queues?caseNo={Uri.EscapeDataString(caseNo)}");
        var ids = page["items"]!.AsArray().Where(t => t!["activityId"]!.GetValue<string>() == activityId).Select(t => t!["id"]!.GetValue<long>()).ToList();
        ids.Count.ShouldBe(1, $"open '{activityId}' tasks of {caseNo}: {page.ToJsonString()}");
        return ids[0];
    }

    /// <summary>
    /// Completes a task. A review (形式审查) sent without a checklist gets the one the clerk's screen fills in for that outcome
    /// (every point passes; a rejection fails the first point with the given basis), so tests about other things stay short;
    /// the checklist rules themselves are tested with explicit checklists.
    /// </summary>
    public static async Task<HttpResponseMessage> PostCompleteAsync(HttpClient client, long taskId, string outcome, JsonObject? data = null)
    {
        if (data?["checklist"] is null)
        {
            var task = await client.GetAsync($"/api/tasks/{taskId}");
            var body = task.IsSuccessStatusCode ? await task.Content.ReadFromJsonAsync<JsonObject>(Json) : null;
            if (body?["activityType"]?.GetValue<string>() == "FormReview")
            {
                var @case = await client.GetFromJsonAsync<JsonObject>($"/api/cases/{body["caseId"]}", Json);
                var item = await client.GetFromJsonAsync<JsonObject>($"/api/catalog/items/{@case!["implementationCode"]}", Json);
                var codes = item!["reviewPoints"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()).ToList();
                data ??= new JsonObject();
                data["checklist"] = new JsonArray(codes.Select((code, i) => (JsonNode)new JsonObject
                {
                    ["code"] = code,
                    ["result"] = outcome == "reject" && i == 0 ? "fail" : "pass",
                    ["basis"] = outcome == "reject" && i == 0 ? data["basis"]?.DeepClone() : null,
                }).ToArray());
            }
        }
        return await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new JsonObject { ["outcome"] = outcome, ["data"] = data }, Json);
    }

    public static async Task CompleteAsync(HttpClient client, long taskId, string outcome, JsonObject? data = null)
    {
        var response = await PostCompleteAsync(client, taskId, outcome, data);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"complete {taskId} '{outcome}': {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonObject> PostOkAsync(HttpClient client, string url, JsonNode? body)
    {
        var response = await client.PostAsJsonAsync(url, body, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
    }

    public static string[] RequiredMaterials(JsonObject createdCase) =>
        createdCase["materials"]!.AsArray().Where(m => m!["required"]!.GetValue<bool>()).Select(m => m!["code"]!.GetValue<string>()).ToArray();

    public static JsonObject MaterialsBody(IEnumerable<string> codes) => new()
    {
        ["materials"] = new JsonArray(codes.Select(c => (JsonNode)new JsonObject { ["code"] = c, ["state"] = "submitted" }).ToArray()),
    };

    public static string Str(JsonNode? node) => node!.GetValue<string>();

    /// <summary>The checkout's root (workflows/, samples/), found above the test output.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaseFlow.sln"))) return dir.FullName;
        throw new InvalidOperationException("CaseFlow.sln not found above the test output.");
    }
}
