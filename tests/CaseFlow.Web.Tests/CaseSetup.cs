using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Web.Tests;

/// <summary>Cases worked through the HTTP API as a window clerk and a department approver do (for the tracking and print tests).</summary>
internal static class CaseSetup
{
    public const string Phone = "13800138000";
    public const string IdNumber = "520102199001191234";
    private static readonly string[] ReviewPoints = ["R01", "R02", "R03", "R04"];

    public static JsonObject IdCardBody(string applicant, params string[] materials) => new()
    {
        ["itemCode"] = "11500000MB1234567X000107001000",
        ["situationCode"] = "01",
        ["applicant"] = new JsonObject { ["name"] = applicant, ["idNumber"] = IdNumber, ["phone"] = Phone, ["address"] = "重庆市渝中区解放碑街道民族路 1 号" },
        ["form"] = new JsonObject
        {
            ["homeRegion"] = "520102", ["applicantName"] = applicant, ["idNumber"] = IdNumber, ["reason"] = "有效期满换领",
            ["pickupMethod"] = "EMS邮寄送达", ["mailingAddress"] = "重庆市渝中区解放碑街道民族路 1 号",
        },
        ["materials"] = new JsonArray(materials.Select(m => (JsonNode)new JsonObject { ["code"] = m, ["state"] = "originalVerified" }).ToArray()),
        ["deliveryMethod"] = "mail",
        ["deliveryAddress"] = "重庆市渝中区解放碑街道民族路 1 号",
    };

    public static async Task<(long Id, string CaseNo)> ApplyAsync(HttpClient clerk, JsonObject body)
    {
        var response = await clerk.PostAsJsonAsync("/api/cases", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (created["id"]!.GetValue<long>(), created["caseNo"]!.GetValue<string>());
    }

    public static async Task CompleteAsync(HttpClient client, string caseNo, string activityId, string outcome, JsonObject? data = null)
    {
        var queue = (await client.GetFromJsonAsync<JsonObject>($"/api/tasks/queues?caseNo={Uri.EscapeDataString(caseNo)}"))!;
        var task = queue["items"]!.AsArray().Single(t => t!["activityId"]!.GetValue<string>() == activityId)!;
        var response = await client.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new JsonObject { ["outcome"] = outcome, ["data"] = data });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static JsonObject Checklist(string result, JsonObject? data = null)
    {
        data ??= [];
        data["checklist"] = new JsonArray(ReviewPoints.Select((code, i) => (JsonNode)new JsonObject
        {
            ["code"] = code, ["result"] = i == 0 ? result : "pass", ["basis"] = i == 0 && result == "fail" ? data["basis"]?.DeepClone() : null,
        }).ToArray());
        return data;
    }

    public static async Task PostOkAsync(HttpClient client, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(expected, $"{url}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>一次性告知 and 补正, acceptance at the window, a clock stop and the extension at home, approval, mail-back and 签收: archived.</summary>
    public static async Task<(long Id, string CaseNo)> FinishedAsync(HttpClient clerk, HttpClient approver, string applicant)
    {
        var (id, caseNo) = await ApplyAsync(clerk, IdCardBody(applicant, "M01"));
        await CompleteAsync(clerk, caseNo, "review", "supplement", Checklist("pass", new JsonObject { ["note"] = "请补正全部材料" }));
        await PostOkAsync(clerk, $"/api/cases/{id}/supplement", new { materials = new[] { new { code = "M02", state = "submitted" }, new { code = "M03", state = "submitted" } } });
        await CompleteAsync(clerk, caseNo, "review", "pass", Checklist("pass"));
        var stop = await approver.PostAsJsonAsync($"/api/cases/{id}/excluded-periods", new { reason = "ExpertReview", note = "组织专家评审" });
        stop.StatusCode.ShouldBe(HttpStatusCode.Created, await stop.Content.ReadAsStringAsync());
        var period = (await stop.Content.ReadFromJsonAsync<JsonObject>())!;
        await PostOkAsync(approver, $"/api/cases/{id}/excluded-periods/{period["id"]}/end", null);
        await PostOkAsync(approver, $"/api/cases/{id}/extension", new { reason = "需实地核查户籍信息" });
        await CompleteAsync(approver, caseNo, "approval", "approve", new JsonObject { ["opinion"] = "符合换领条件", ["basis"] = "《中华人民共和国居民身份证法》第十一条" });
        var waybill = (await clerk.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!["waybill"]!.GetValue<string>();
        await PostOkAsync(clerk, $"/api/cases/{id}/delivery", new { waybill, signedBy = applicant });
        return (id, caseNo);
    }

    /// <summary>Accepted at the window, refused at home citing the basis, served and archived.</summary>
    public static async Task<(long Id, string CaseNo)> RejectedAsync(HttpClient clerk, HttpClient approver, string applicant)
    {
        var (id, caseNo) = await ApplyAsync(clerk, IdCardBody(applicant, "M01", "M02", "M03"));
        await CompleteAsync(clerk, caseNo, "review", "pass", Checklist("pass"));
        await CompleteAsync(approver, caseNo, "approval", "reject", new JsonObject { ["opinion"] = "户籍信息与登记信息不一致", ["basis"] = "《中华人民共和国居民身份证法》第八条" });
        return (id, caseNo);
    }

    /// <summary>形式审查 fails a point: 不予受理, served and archived.</summary>
    public static async Task<(long Id, string CaseNo)> NotAcceptedAsync(HttpClient clerk, string applicant)
    {
        var (id, caseNo) = await ApplyAsync(clerk, IdCardBody(applicant, "M01", "M02", "M03"));
        await CompleteAsync(clerk, caseNo, "review", "reject",
            Checklist("fail", new JsonObject { ["reason"] = "申请人不属于换领情形", ["basis"] = "《中华人民共和国居民身份证法》第十一条" }));
        return (id, caseNo);
    }

    /// <summary>The code of the latest rating-code SMS of the case, read from the server's outbox as the phone would show it.</summary>
    public static async Task<string> LastRatingCodeAsync(WebServer server, long caseId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(server.Folder, "caseflow.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT \"PayloadJson\" FROM \"Outbox\" WHERE \"CaseId\" = $id AND \"Template\" = 'rating-code' ORDER BY \"Id\" DESC LIMIT 1";
        command.Parameters.AddWithValue("$id", caseId);
        var payload = (string)(await command.ExecuteScalarAsync())!;
        return JsonNode.Parse(payload)!["code"]!.GetValue<string>();
    }
}
