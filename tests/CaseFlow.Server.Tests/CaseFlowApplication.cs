using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CaseFlow.Server.Tests;

/// <summary>
/// The server on a fresh temp SQLite file (or an existing one, to simulate a restart), with demo users seeded — the shared
/// <see cref="CaseFlowHost{TEntryPoint}"/> for this server — and the API helpers the tests use (<c>using static</c>).
/// </summary>
public sealed class CaseFlowApplication : CaseFlowHost<Program>
{
    public const string IdCardItem = "11500000MB1234567X000107001000";
    public const string Phone = "13800138000";

    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>审核要点 of the sample items (samples/catalog/*.json): the points a review's checklist names, in order.</summary>
    public static readonly string[] IdCardReviewPoints = ["R01", "R02", "R03", "R04"];
    public static readonly string[] MarriageReviewPoints = ["R01", "R02", "R03", "R04"];
    public static readonly string[] RealEstateReviewPoints = ["R01", "R02", "R03", "R04", "R05"];
    public static readonly string[] SocialSecurityCardReviewPoints = ["R01", "R02", "R03"];
    public static readonly string[] HouseholdTransferReviewPoints = ["R01", "R02", "R03"];

    public CaseFlowApplication() : this(null) { }

    /// <summary>Reuses an existing folder (and its caseflow.db) — a restart. Internal: xUnit fixtures allow one public constructor.</summary>
    internal CaseFlowApplication(string? existingFolder) : base(existingFolder) { }

#if CASEFLOW_POSTGRESQL
    // The same tests compiled into CaseFlow.Server.PostgreSql.Tests run every host on PostgreSQL (docs/decisions.md, decision 31).
    protected override string Provider => "PostgreSql";
#endif

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }

    /// <summary>The id-card application from samples/walkthrough.sh (only M01 handed in).</summary>
    public static JsonObject IdCardBody(params string[] materials) => new()
    {
        ["itemCode"] = IdCardItem,
        ["situationCode"] = "01",
        ["applicant"] = new JsonObject { ["name"] = "张三", ["idNumber"] = "520102199001191234", ["phone"] = Phone, ["address"] = "重庆市渝中区解放碑街道民族路 1 号" },
        ["form"] = new JsonObject
        {
            ["homeRegion"] = "520102", ["applicantName"] = "张三", ["idNumber"] = "520102199001191234", ["reason"] = "有效期满换领",
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

    /// <summary>Completes a task with exactly the outcome and data given (a review sends its checklist in the data).</summary>
    public static Task<HttpResponseMessage> PostCompleteAsync(HttpClient client, long taskId, string outcome, JsonObject? data = null) =>
        client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new JsonObject { ["outcome"] = outcome, ["data"] = data }, Json);

    /// <summary>A review's data (the other fields of <paramref name="data"/>, if any) with a checklist in which every point passes.</summary>
    public static JsonObject EveryPointPassed(string[] points, JsonObject? data = null) => WithChecklist(data ?? new JsonObject(), points, failFirst: false);

    /// <summary>A rejecting review's data: the first point fails citing the data's <c>basis</c>, the others pass.</summary>
    public static JsonObject FirstPointFailed(string[] points, JsonObject data) => WithChecklist(data, points, failFirst: true);

    private static JsonObject WithChecklist(JsonObject data, string[] points, bool failFirst)
    {
        data["checklist"] = new JsonArray(points.Select((code, i) => (JsonNode)new JsonObject
        {
            ["code"] = code,
            ["result"] = failFirst && i == 0 ? "fail" : "pass",
            ["basis"] = failFirst && i == 0 ? data["basis"]?.DeepClone() : null,
        }).ToArray());
        return data;
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
    public static string RepoRoot() => RepoFiles.Root;
}
