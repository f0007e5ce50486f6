using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain;
using CaseFlow.Domain.Notifications;
using CaseFlow.Server.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Ratings;

/// <summary>What the rating tests do on a <see cref="ReportWorld"/>: finish cases, ask for codes, read the SMS, rate.</summary>
internal static class RatingSteps
{
    /// <summary>A marriage registration (即办) reviewed, approved and issued on the spot by the demo clerk: finished and archived now.</summary>
    public static async Task<Applied> FinishedAsync(this ReportWorld w)
    {
        var f = await w.ApplyAsync(ReportWorld.Marriage);
        await CompleteAsync(w.Clerk, await OpenTaskAsync(w.Clerk, f.No, "review"), "pass", EveryPointPassed(MarriageReviewPoints));
        await CompleteAsync(w.Clerk, await OpenTaskAsync(w.Clerk, f.No, "approval"), "approve");
        await CompleteAsync(w.Clerk, await OpenTaskAsync(w.Clerk, f.No, "localIssuance"), "issued");
        return f;
    }

    public static Task<HttpResponseMessage> RequestCodeAsync(this ReportWorld w, string caseNo, string phone = Phone) =>
        w.App.CreateClient().PostAsJsonAsync($"/api/public/cases/{caseNo}/rating-code", new { phone }, Json);

    public static Task<HttpResponseMessage> RateOnlineAsync(this ReportWorld w, string caseNo, string? code, string phone = Phone,
        string? level = "Satisfied", JsonArray? criteria = null, string? comment = null) =>
        w.App.CreateClient().PostAsJsonAsync($"/api/public/cases/{caseNo}/rating",
            new JsonObject { ["phone"] = phone, ["code"] = code, ["level"] = level, ["criteria"] = criteria, ["comment"] = comment }, Json);

    public static Task<HttpResponseMessage> RecordAsync(HttpClient clerk, long caseId, string channel, string level, string? comment = null) =>
        clerk.PostAsJsonAsync($"/api/cases/{caseId}/rating", new JsonObject { ["channel"] = channel, ["level"] = level, ["comment"] = comment }, Json);

    /// <summary>The outbox messages of a template for a case, oldest first (what the SMS gateway would get).</summary>
    public static async Task<List<OutboxMessage>> OutboxAsync(this ReportWorld w, long caseId, string template)
    {
        using var scope = w.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        return await db.Outbox.AsNoTracking().Where(m => m.CaseId == caseId && m.Template == template).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The code of the latest SMS sent for the case, read from its payload as the phone would show it.</summary>
    public static async Task<string> LastCodeAsync(this ReportWorld w, long caseId)
    {
        var sms = (await w.OutboxAsync(caseId, NotificationTexts.RatingCode)).Last();
        return JsonNode.Parse(sms.PayloadJson)!["code"]!.GetValue<string>();
    }

    public static async Task<T> DbAsync<T>(this ReportWorld w, Func<CaseFlowDbContext, Task<T>> read)
    {
        using var scope = w.App.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>());
    }

    /// <summary>A 6-digit code that is not <paramref name="code"/>.</summary>
    public static string Other(string code) => ((int.Parse(code) + 1) % 1_000_000).ToString("D6");
}
