using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport;

/// <summary>
/// Cases per second through the HTTP API: the server runs in its own process on SQLite (a fresh file), and a few clients
/// drive whole lifecycles (apply, review, approve, delivery) concurrently.
/// </summary>
static class EndToEnd
{
    private const string Item = "11500000MB1234567X000107001000";

    public static async Task<(double CasesPerSecond, double RequestsPerSecond)> RunAsync(int cases, int clients)
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-bench-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(folder, Path.Combine(folder, "caseflow.db"), null, "--Logging:LogLevel:Default=Warning");
            using var http = server.CreateClient();
            var clerk = await SignIn.BearerTokenAsync(http, DemoUsers.Clerk);
            var approver = await SignIn.BearerTokenAsync(http, DemoUsers.Approver);
            await LifecycleAsync(http, clerk, approver); // warm-up
            var requests = 0;
            var next = 0;
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
            {
                while (Interlocked.Increment(ref next) <= cases)
                    Interlocked.Add(ref requests, await LifecycleAsync(http, clerk, approver));
            }));
            var seconds = watch.Elapsed.TotalSeconds;
            return (cases / seconds, requests / seconds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One case from application to Archived; returns the number of requests it took.</summary>
    private static async Task<int> LifecycleAsync(HttpClient http, string clerk, string approver)
    {
        var created = await SendAsync(http, HttpMethod.Post, "/api/cases", clerk, new JsonObject
        {
            ["itemCode"] = Item, ["situationCode"] = "01",
            ["applicant"] = new JsonObject { ["name"] = "压测申请人", ["idNumber"] = "520102199001191234", ["phone"] = "13800138000" },
            ["form"] = new JsonObject { ["homeRegion"] = "520102", ["applicantName"] = "压测申请人", ["idNumber"] = "520102199001191234", ["reason"] = "有效期满换领", ["pickupMethod"] = "EMS邮寄送达" },
            ["materials"] = new JsonArray(new JsonObject { ["code"] = "M01" }, new JsonObject { ["code"] = "M02" }, new JsonObject { ["code"] = "M03" }),
            ["deliveryMethod"] = "mail", ["deliveryAddress"] = "重庆市渝中区民族路 1 号",
        });
        var id = created["id"]!.GetValue<long>();
        var caseNo = created["caseNo"]!.GetValue<string>();
        var review = await TaskIdAsync(http, clerk, caseNo, "review");
        await SendAsync(http, HttpMethod.Post, $"/api/tasks/{review}/complete", clerk, new JsonObject
        {
            ["outcome"] = "pass",
            ["data"] = new JsonObject { ["checklist"] = new JsonArray(new[] { "R01", "R02", "R03", "R04" }.Select(c => (JsonNode)new JsonObject { ["code"] = c, ["result"] = "pass" }).ToArray()) },
        });
        var approval = await TaskIdAsync(http, approver, caseNo, "approval");
        await SendAsync(http, HttpMethod.Post, $"/api/tasks/{approval}/complete", approver, new JsonObject { ["outcome"] = "approve" });
        var waybill = (await SendAsync(http, HttpMethod.Get, $"/api/cases/{id}", clerk, null))["waybill"]!.GetValue<string>();
        var done = await SendAsync(http, HttpMethod.Post, $"/api/cases/{id}/delivery", clerk, new JsonObject { ["waybill"] = waybill });
        if (done["status"]!.GetValue<string>() != "Archived") throw new InvalidOperationException($"Case {caseNo} ended {done["status"]}.");
        return 7;
    }

    private static async Task<long> TaskIdAsync(HttpClient http, string token, string caseNo, string activityId)
    {
        var page = await SendAsync(http, HttpMethod.Get, $"/api/tasks/queues?caseNo={caseNo}", token, null);
        return page["items"]!.AsArray().Single(t => t!["activityId"]!.GetValue<string>() == activityId)!["id"]!.GetValue<long>();
    }

    private static async Task<JsonNode> SendAsync(HttpClient http, HttpMethod method, string path, string token, JsonObject? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
