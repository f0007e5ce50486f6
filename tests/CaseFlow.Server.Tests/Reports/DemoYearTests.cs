extern alias DemoYear;
using System.Text.Json.Nodes;
using DemoYear::CaseFlow.DemoYear;
using Microsoft.Data.Sqlite;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Reports;

/// <summary>
/// The demo-year generator (README "Reports (效能监管)") on a short period: the database it leaves holds every kind of case it
/// promises, the reports answer with something to show, the audit chains verify on the server started afterwards, and
/// the same seed gives the same figures.
/// </summary>
public sealed class DemoYearTests
{
    private const int Days = 24; // the end anchors need 15 working days before the last day

    [Fact]
    public async Task A_short_period_holds_every_kind_of_case_the_reports_answer_the_chains_verify_and_the_same_seed_repeats_it()
    {
        var first = Directory.CreateTempSubdirectory("caseflow-demoyear-").FullName;
        var second = Directory.CreateTempSubdirectory("caseflow-demoyear-").FullName;
        try
        {
            var result = await DemoYearGenerator.RunAsync(Options(first), log: null);

            foreach (var fate in Enum.GetValues<Fate>()) result.Generated.GetValueOrDefault("fate:" + fate).ShouldBeGreaterThan(0, fate.ToString());
            result.Cases.ShouldBe(result.Generated.Where(g => g.Key.StartsWith("fate:", StringComparison.Ordinal)).Sum(g => g.Value));
            result.ByStatus.GetValueOrDefault("Archived").ShouldBeGreaterThan(0);
            result.ByStatus.Where(s => s.Key is not ("Archived" or "Decided" or "Delivering")).Sum(s => s.Value).ShouldBeGreaterThan(0, "cases open at the end");
            result.Rates["finished"]!.GetValue<int>().ShouldBeGreaterThan(0);
            result.Rates["notAccepted"]!.GetValue<int>().ShouldBeGreaterThan(0);
            result.Rates["deemedAccepted"]!.GetValue<int>().ShouldBeGreaterThan(0);
            result.Rates["extensions"]!.GetValue<int>().ShouldBeGreaterThan(0);
            result.Rates["clockStops"]!.GetValue<int>().ShouldBeGreaterThan(0);
            result.Rates["supplemented"]!.GetValue<int>().ShouldBeGreaterThan(0);
            result.NearDue.ShouldBeGreaterThan(0);
            result.Overdue.ShouldBeGreaterThan(0);
            result.Stalled.ShouldBeGreaterThan(0);
            result.SupervisionOrders.ShouldBeGreaterThan(0);
            result.Ratings.ShouldBeGreaterThan(0);

            await ServerAfterwardsShowsItAsync(first, result);

            var again = await DemoYearGenerator.RunAsync(Options(second), log: null);
            again.ByStatus.ShouldBe(result.ByStatus);
            again.Generated.ShouldBe(result.Generated);
            again.Rates.ToJsonString().ShouldBe(result.Rates.ToJsonString());
            (again.NearDue, again.Overdue, again.Stalled, again.SupervisionOrders, again.Ratings)
                .ShouldBe((result.NearDue, result.Overdue, result.Stalled, result.SupervisionOrders, result.Ratings));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var folder in new[] { first, second })
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The server started afterwards on the same files and the real clock, as a newcomer would start it.</summary>
    private static async Task ServerAfterwardsShowsItAsync(string folder, DemoYearResult result)
    {
        await using var app = new CaseFlowApplication(folder) { DeleteOnDispose = false };
        var admin = await app.AdminAsync();
        var supervisor = await app.SignInAsync(DemoUsers.Supervisor);

        var cases = await GetJsonAsync(admin, "/api/cases?pageSize=200");
        cases["total"]!.GetValue<int>().ShouldBe(result.Cases);
        var ids = cases["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()).Order().ToList();
        var kinds = new HashSet<string>();
        foreach (var id in ids)
            foreach (var entry in await GetArrayAsync(admin, $"/api/cases/{id}/timeline")) kinds.Add(Str(entry!["kind"]));
        string[] promised = ["supplement-notice", "not-accepted", "rejected", "approved", "deemed-accepted", "clock-stopped", "clock-resumed",
            "extended", "stalled", "clock-overdue", "supervision-order", "urged", "mailed", "delivered", "issued"];
        promised.Where(kind => !kinds.Contains(kind)).ShouldBeEmpty("timeline kinds the generator promises");
        // A poor rating's rectification is walked by the generic task work (a short period may have none to walk).
        if (result.PoorRatings > 0) kinds.ShouldContain("rectification-started");

        // Every fifth case's audit chain, from its first event to the head signed with the key the server uses now.
        foreach (var id in ids.Where((_, i) => i % 5 == 0))
            (await GetJsonAsync(admin, $"/api/cases/{id}/audit/verify"))["valid"]!.GetValue<bool>().ShouldBeTrue($"case {id}");

        var rates = await GetJsonAsync(supervisor, $"/api/reports/rates?from={result.From:yyyy-MM-dd}&to={result.To:yyyy-MM-dd}");
        rates["totals"]!["finished"]!.GetValue<int>().ShouldBe(result.Rates["finished"]!.GetValue<int>());
        (await GetJsonAsync(supervisor, "/api/reports/overdue"))["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
        (await GetJsonAsync(supervisor, "/api/reports/supervision-orders"))["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
        var ratings = await GetJsonAsync(supervisor, $"/api/reports/ratings?from={result.From:yyyy-MM-dd}&to={result.To:yyyy-MM-dd}");
        ratings["figures"]!["rated"]!.GetValue<int>().ShouldBe(result.Ratings);
        (await GetJsonAsync(supervisor, "/api/reports/daily-reports"))["items"]!.AsArray().ShouldNotBeEmpty();
    }

    private static DemoYearOptions Options(string folder) => new()
    {
        DatabasePath = Path.Combine(folder, "caseflow.db"), AuditKeyPath = Path.Combine(folder, "audit.key"), Days = Days,
    };
}
