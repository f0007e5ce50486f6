using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

/// <summary>
/// Cases per second through the HTTP API: the server runs in its own process on SQLite (a fresh file), and a few clients
/// drive whole lifecycles (apply, review, approve, delivery) concurrently.
/// </summary>
static class EndToEnd
{
    private const string Item = "11500000MB1234567X000107001000";

    public static async Task<(double CasesPerSecond, double RequestsPerSecond)> RunAsync(string root, int cases, int clients)
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-bench-").FullName;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "CaseFlow.Server.dll"),
                     $"--urls=http://127.0.0.1:{port}", $"--Content:Root={root}", "--environment=Development",
                     $"--Database:ConnectionString=Data Source={Path.Combine(folder, "caseflow.db")}", "--Logging:LogLevel:Default=Warning",
                 })
            info.ArgumentList.Add(arg);
        using var server = Process.Start(info)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
            await WaitHealthyAsync(http, server);
            var clerk = await SignInAsync(http, "clerk", "CaseFlow-clerk-2026");
            var approver = await SignInAsync(http, "approver", "CaseFlow-approver-2026");
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
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One case from application to Archived; returns the number of requests it took.</summary>
    private static async Task<int> LifecycleAsync(HttpClient http, string clerk, string approver)
    {
        var created = await SendAsync(http, HttpMethod.Post, "/api/cases", clerk, new JsonObject
        {
            ["itemCode"] = Item, ["situationCode"] = "01",
            ["applicant"] = new JsonObject { ["name"] = "压测申请人", ["idNumber"] = "520102199001011234", ["phone"] = "13800138000" },
            ["form"] = new JsonObject { ["homeRegion"] = "520102", ["applicantName"] = "压测申请人", ["idNumber"] = "520102199001011234", ["reason"] = "有效期满换领", ["pickupMethod"] = "EMS邮寄送达" },
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

    private static async Task<string> SignInAsync(HttpClient http, string user, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName = user, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process server)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited) throw new InvalidOperationException($"The server exited with {server.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The server did not become healthy.");
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaseFlow.sln"))) return dir.FullName;
        throw new InvalidOperationException("CaseFlow.sln not found above the benchmark's output.");
    }
}
