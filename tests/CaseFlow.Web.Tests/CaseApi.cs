using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Web.Tests;

/// <summary>Setting up cases through the HTTP API for the browser tests (the same requests as the server tests' helpers).</summary>
internal static class CaseApi
{
    public const string Phone = "13800138000";

    /// <summary>A valid application for a sample item: every form field filled, every material of its first situation handed in.</summary>
    public static JsonObject BodyFor(string catalogFile)
    {
        var item = JsonNode.Parse(File.ReadAllText(Path.Combine(WebServer.RepoRoot(), "samples", "catalog", catalogFile)))!;
        var situation = item["situations"]![0]!;
        var form = new JsonObject();
        foreach (var field in item["formFields"]!.AsArray())
        {
            var name = field!["name"]!.GetValue<string>();
            form[name] = field["type"]!.GetValue<string>() switch
            {
                "region" => "520102",
                "select" => field["options"]![0]!.GetValue<string>(),
                "date" => "2026-01-05",
                "number" => "1",
                _ when name.Contains("idNumber", StringComparison.OrdinalIgnoreCase) => "520102199001191234",
                _ when name.Contains("phone", StringComparison.OrdinalIgnoreCase) => Phone,
                _ => "测试",
            };
        }
        var delivery = item["deliveryOptions"]!.AsArray().Select(o => o!.GetValue<string>()).DefaultIfEmpty("window").First();
        return new JsonObject
        {
            ["itemCode"] = item["implementationCode"]!.GetValue<string>(),
            ["situationCode"] = situation["code"]!.GetValue<string>(),
            ["applicant"] = new JsonObject { ["name"] = "李四", ["idNumber"] = "500103199001183456", ["phone"] = Phone },
            ["form"] = form,
            ["materials"] = new JsonArray(situation["materials"]!.AsArray().Select(m => (JsonNode)new JsonObject { ["code"] = m!["code"]!.GetValue<string>() }).ToArray()),
            ["deliveryMethod"] = delivery,
            ["deliveryAddress"] = "重庆市渝中区民族路 1 号",
        };
    }

    /// <summary>Applies; answers the case's id and number.</summary>
    public static async Task<(long Id, string No)> ApplyAsync(HttpClient clerk, JsonObject body)
    {
        var response = await clerk.PostAsJsonAsync("/api/cases", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (created["id"]!.GetValue<long>(), created["caseNo"]!.GetValue<string>());
    }

    public static async Task<long> OpenTaskAsync(HttpClient client, string caseNo, string activityId)
    {
        var page = (await client.GetFromJsonAsync<JsonObject>($"/api/tasks/queues?caseNo={Uri.EscapeDataString(caseNo)}"))!;
        var ids = page["items"]!.AsArray().Where(t => t!["activityId"]!.GetValue<string>() == activityId).Select(t => t!["id"]!.GetValue<long>()).ToList();
        ids.Count.ShouldBe(1, $"open '{activityId}' tasks of {caseNo}: {page.ToJsonString()}");
        return ids[0];
    }

    /// <summary>Completes a review with every checklist point passed.</summary>
    public static async Task PassReviewAsync(HttpClient clerk, string caseNo, params string[] points)
    {
        var task = await OpenTaskAsync(clerk, caseNo, "review");
        var checklist = new JsonArray(points.Select(code => (JsonNode)new JsonObject { ["code"] = code, ["result"] = "pass", ["basis"] = null }).ToArray());
        var response = await clerk.PostAsJsonAsync($"/api/tasks/{task}/complete", new JsonObject { ["outcome"] = "pass", ["data"] = new JsonObject { ["checklist"] = checklist } });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reads until the value is the one expected or the time is up (a server job or the page catching up).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        T value;
        while (!done(value = await read()) && DateTime.UtcNow < deadline) await Task.Delay(500);
        done(value).ShouldBeTrue($"{what}: {value}");
        return value;
    }
}
