using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using static CaseFlow.Server.Tests.CaseFlowApplication;
using static CaseFlow.TestSupport.ChinaTime;

namespace CaseFlow.Server.Tests;

/// <summary>One sweep runs as the job server starts (docs/architecture.md, "A timer's path").</summary>
public sealed class StartupSweepTests
{
    [Fact]
    public async Task A_timer_that_fell_due_while_the_server_was_down_fires_right_after_the_start_not_at_the_next_minutely_sweep()
    {
        var time = new FakeTimeProvider(Beijing(3, 2, 9)); // Mon 2026-03-02 09:00
        string folder;
        long id;
        await using (var first = new CaseFlowApplication { DomainTime = time })
        {
            first.DeleteOnDispose = false;
            folder = first.Folder;
            var clerk = await first.ClerkAsync();
            var created = await ApplyAsync(clerk, EngineThroughApiTests.BodyFor("social-security-card-replacement.json"));
            id = EngineThroughApiTests.Id(created);
            await CompleteAsync(clerk, await OpenTaskAsync(clerk, EngineThroughApiTests.No(created), "review"), "pass", EveryPointPassed(SocialSecurityCardReviewPoints));
            (await KindsAsync(first, id)).ShouldNotContain("stalled");
        }

        try
        {
            // Thu 03-05, two working days without a step: the stall timer fell due while no server ran.
            time.SetUtcNow(Beijing(3, 5));
            // The minutely recurring sweep runs on the wall clock at a minute's start: begin early in a minute, so only the
            // start-up sweep can fire the timer within the wait below.
            while (DateTime.UtcNow.Second > 40) await Task.Delay(500);
            await using var second = new CaseFlowApplication(folder) { DomainTime = time };
            var deadline = DateTime.UtcNow.AddSeconds(12);
            var kinds = await KindsAsync(second, id);
            while (!kinds.Contains("stalled") && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
                kinds = await KindsAsync(second, id);
            }
            kinds.Count(k => k == "stalled").ShouldBe(1, "the start-up sweep fires the overdue timer, once");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<List<string>> KindsAsync(CaseFlowApplication app, long caseId) =>
        (await GetArrayAsync(await app.AdminAsync(), $"/api/cases/{caseId}/timeline")).Select(e => Str(e!["kind"])).ToList();
}
