using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

/// <summary>
/// The server in its own process, killed (SIGKILL) in the middle of an outbox drain: after the restart every message is
/// handed over, and at most the one in flight twice, with the same idempotency key (docs/architecture.md, "The outbox").
/// The hand-overs are counted in the jsonl drop file (<c>Notifications:Sender=jsonl</c>), which outlives the process.
/// </summary>
public sealed class OutboxCrashTests(ITestOutputHelper output)
{
    /// <summary>Urges of one task; each notifies both clerks of the window, so about twice as many messages, within one batch of 500.</summary>
    private const int Urges = 180;

    [Fact]
    public async Task A_server_killed_during_a_drain_hands_over_everything_after_its_restart_and_at_most_the_message_in_flight_twice()
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-crash-").FullName;
        var database = Path.Combine(folder, "caseflow.db");
        var dropFile = Path.Combine(folder, "handed-over.jsonl");
        string[] settings = ["--Notifications:Sender=jsonl", $"--Notifications:Path={dropFile}", $"--Audit:KeyFile={Path.Combine(folder, "audit.key")}",
            "--Logging:LogLevel:Default=Warning"];
        try
        {
            int beforeKill;
            await using (var server = await ServerProcess.StartAsync(folder, database, null, settings))
            {
                await SeedNoticesAsync(server);
                var seeded = Lines(dropFile).Count;
                // The minutely drain started now (not waited for), then the process killed in the middle of its hand-overs.
                await JobDashboard.TriggerAsync(server.BaseAddress, JobDashboard.OutboxDrain);
                var waited = Stopwatch.StartNew();
                while (Lines(dropFile).Count <= seeded)
                {
                    waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(90), "no drain started");
                    await Task.Delay(1);
                }
            } // disposing kills the process (SIGKILL)
            beforeKill = Lines(dropFile).Count;
            var (sent, pending) = await CountAsync(database);
            pending.ShouldBeGreaterThan(0, "the kill came in the middle of the drain");
            // Each hand-over is in the file before its row is saved as sent: at most one line more than sent rows.
            (beforeKill - sent).ShouldBeInRange(0, 1);

            await using (var restarted = await ServerProcess.StartAsync(folder, database, null, settings))
            {
                await JobDashboard.TriggerAsync(restarted.BaseAddress, JobDashboard.OutboxDrain);
                var waited = Stopwatch.StartNew();
                while ((await CountAsync(database)).Pending > 0)
                {
                    waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(120), "the restarted server did not drain the outbox");
                    await Task.Delay(250);
                }
            }

            var lines = Lines(dropFile);
            var ids = await OutboxIdsAsync(database);
            var keys = lines.Select(l => Str(l["key"])).ToList();
            keys.Distinct().Order().ShouldBe(ids.Select(id => $"caseflow-outbox-{id}").Order(), "every message handed over");
            var twice = keys.GroupBy(k => k).Where(g => g.Count() > 1).ToList();
            output.WriteLine($"{ids.Count} messages; killed after {beforeKill} hand-overs ({sent} saved as sent, {pending} pending); {lines.Count} lines; handed over twice: {string.Join(", ", twice.Select(g => g.Key))}");
            twice.ShouldAllBe(g => g.Count() == 2);
            twice.Count.ShouldBeLessThanOrEqualTo(1, "only the message in flight may be handed over again");
            if (twice.Count == 1)
            {
                // It is the last one handed over before the kill and the first after the restart (the lowest pending id).
                twice[0].Key.ShouldBe(keys[beforeKill - 1]);
                keys[beforeKill].ShouldBe(twice[0].Key);
            }
            lines.ShouldAllBe(l => l["messageId"]!.GetValue<long>() > 0);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Through the app: an application, then a supervisor's urges of its open review task (催办), each a notice to the window's clerks.</summary>
    private static async Task SeedNoticesAsync(ServerProcess server)
    {
        using var clerk = await SignedInAsync(server, DemoUsers.Clerk);
        using var supervisor = await SignedInAsync(server, DemoUsers.Supervisor);
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var task = await OpenTaskAsync(clerk, Str(created["caseNo"]), "review");
        for (var i = 0; i < Urges; i++)
        {
            var response = await supervisor.PostAsJsonAsync($"/api/tasks/{task}/urge", new { message = $"第{i + 1}次催办" }, Json);
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        }
    }

    private static async Task<HttpClient> SignedInAsync(ServerProcess server, DemoUser user)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.BearerTokenAsync(client, user));
        return client;
    }

    private static List<JsonObject> Lines(string path)
    {
        if (!File.Exists(path)) return [];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        // Only whole lines: the last may be being written while the test polls.
        var text = reader.ReadToEnd();
        return text[..(text.LastIndexOf('\n') + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    private static async Task<(int Sent, int Pending)> CountAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(SUM(State = 'Sent'), 0), COALESCE(SUM(State = 'Pending'), 0) FROM Outbox";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private static async Task<List<long>> OutboxIdsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Outbox ORDER BY Id";
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
