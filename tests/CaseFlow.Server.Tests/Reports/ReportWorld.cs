using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain;
using CaseFlow.Domain.Reports;
using CaseFlow.Server.Jobs;
using CaseFlow.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static CaseFlow.Server.Tests.CaseFlowApplication;
using static CaseFlow.TestSupport.ChinaTime;

namespace CaseFlow.Server.Tests.Reports;

/// <summary>
/// A small known world for the report tests: the real server on its own SQLite file with a fake domain clock; cases are
/// applied, reviewed, stopped, extended and decided through the HTTP API on chosen Beijing days, and the timer sweep is
/// run by hand after the clock moves (as in TimeLimitTests).
/// </summary>
internal sealed class ReportWorld : IAsyncDisposable
{
    public const string SocialSecurityCard = "social-security-card-replacement.json";
    public const string SocialSecurityCardItem = "11500000MB1946083E000620006000";
    public const string Marriage = "marriage-registration.json";

    public FakeTimeProvider Time { get; } = new(Beijing(3, 2, 9));
    public CaseFlowApplication App { get; }
    public HttpClient Clerk { get; private set; } = null!;
    public HttpClient Approver { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;

    private ReportWorld(IReadOnlyDictionary<string, string>? settings)
    {
        App = new CaseFlowApplication { DomainTime = Time };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) App.Settings[key] = value;
    }

    /// <summary>The server with extra configuration, if given (e.g. the 时效考核 weights).</summary>
    public static async Task<ReportWorld> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var world = new ReportWorld(settings);
        world.Clerk = await world.App.ClerkAsync();
        world.Approver = await world.App.ApproverAsync();
        world.Admin = await world.App.AdminAsync();
        return world;
    }

    public void At(int month, int day, int hour = 10) => Time.SetUtcNow(Beijing(month, day, hour));

    public Task SweepAsync() => App.Services.GetRequiredService<TimerSweep>().RunAsync(CancellationToken.None);

    /// <summary>A new account (password of 12+ characters) with the given memberships, signed in.</summary>
    public async Task<HttpClient> UserAsync(string userName, params (string OrgUnit, string Role)[] memberships)
    {
        var response = await Admin.PostAsJsonAsync("/api/admin/users", new JsonObject
        {
            ["userName"] = userName, ["displayName"] = "测试 " + userName, ["password"] = "Report-test-2026",
            ["memberships"] = new JsonArray(memberships.Select(m => (JsonNode)new JsonObject { ["orgUnit"] = m.OrgUnit, ["role"] = m.Role }).ToArray()),
        }, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await App.SignInAsync(userName, "Report-test-2026");
    }

    /// <summary>An application for a sample item, taken in by <paramref name="clerk"/> (the demo clerk when null); optionally without its first material.</summary>
    public async Task<Applied> ApplyAsync(string catalogFile, HttpClient? clerk = null, string? channel = null, bool materialMissing = false)
    {
        var body = EngineThroughApiTests.BodyFor(catalogFile);
        if (channel is not null) body["channel"] = channel;
        if (materialMissing) body["materials"]!.AsArray().RemoveAt(0);
        var created = await CaseFlowApplication.ApplyAsync(clerk ?? Clerk, body);
        return new Applied(EngineThroughApiTests.Id(created), EngineThroughApiTests.No(created), clerk ?? Clerk);
    }

    /// <summary>Applied and accepted now: the review passes and the window accepts (the social security card item).</summary>
    public async Task<Applied> AcceptedAsync(HttpClient? clerk = null, string? channel = null)
    {
        var applied = await ApplyAsync(SocialSecurityCard, clerk, channel);
        await PassReviewAsync(applied);
        return applied;
    }

    public async Task PassReviewAsync(Applied c) =>
        await CompleteAsync(c.Clerk, await OpenTaskAsync(c.Clerk, c.No, "review"), "pass", EveryPointPassed(SocialSecurityCardReviewPoints));

    /// <summary>审批 approve by the home department (Guizhou 南明区 for the sample bodies): the case is decided now.</summary>
    public async Task ApproveAsync(Applied c) => await CompleteAsync(Approver, await OpenTaskAsync(Approver, c.No, "approval"), "approve");

    public async Task<long> StartStopAsync(Applied c, string reason = "ExpertReview")
    {
        var response = await Approver.PostAsJsonAsync($"/api/cases/{c.Id}/excluded-periods", new { reason, note = "组织专家评审" }, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!["id"]!.GetValue<long>();
    }

    public Task EndStopAsync(Applied c, long periodId) => PostOkAsync(Approver, $"/api/cases/{c.Id}/excluded-periods/{periodId}/end", null);

    public async Task ExtendAsync(Applied c)
    {
        var response = await Approver.PostAsJsonAsync($"/api/cases/{c.Id}/extension", new { reason = "需实地核查" }, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Takes away the figures stored at each decision and step close (docs/decisions.md, decision 33), as on a database whose
    /// cases were decided before they existed; returns how many cases and steps had them.
    /// </summary>
    public async Task<(int Cases, int Steps)> ForgetStoredFiguresAsync()
    {
        await using var connection = await App.OpenDatabaseAsync(readOnly: false);
        var cases = await connection.Command("""UPDATE "Cases" SET "FiguresRecorded" = FALSE, "CommittedOnTime" = NULL, "StatutoryOnTime" = NULL, "TimeCut" = NULL WHERE "FiguresRecorded" = TRUE""").ExecuteNonQueryAsync();
        var steps = await connection.Command("""UPDATE "Tasks" SET "FiguresRecorded" = FALSE, "OnTime" = NULL, "UsedShare" = NULL WHERE "FiguresRecorded" = TRUE""").ExecuteNonQueryAsync();
        return (cases, steps);
    }

    /// <summary>Runs the rate-days job's catch-up now (docs/decisions.md, decision 34); returns how many days it summarised.</summary>
    public async Task<int> SummariseRateDaysAsync()
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RateDays>().CatchUpAsync(CancellationToken.None);
    }

    /// <summary>The days that have a rate summary, in order.</summary>
    public async Task<List<DateOnly>> SummarisedDaysAsync()
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().RateDays.Select(d => d.Day).OrderBy(d => d).ToListAsync();
    }

    /// <summary>Deletes every rate summary: the reports count every day from the cases again.</summary>
    public async Task ForgetRateDaysAsync()
    {
        await using var connection = await App.OpenDatabaseAsync(readOnly: false);
        await connection.Command("""DELETE FROM "RateDays" """).ExecuteNonQueryAsync();
        await connection.Command("""DELETE FROM "RateDayCounts" """).ExecuteNonQueryAsync();
        await connection.Command("""DELETE FROM "StepDayCounts" """).ExecuteNonQueryAsync();
    }

    /// <summary>The answers of the given report URLs, as text, for comparing before and after <see cref="ForgetStoredFiguresAsync"/>.</summary>
    public async Task<List<string>> AnswersAsync(params string[] urls)
    {
        var answers = new List<string>();
        foreach (var url in urls) answers.Add((await GetJsonAsync(Admin, url)).ToJsonString());
        return answers;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

internal sealed record Applied(long Id, string No, HttpClient Clerk);
