using System.Net;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Server.Tests;

/// <summary>
/// Explicit migrations (README "Production"): with <c>Database:MigrateOnStart</c> off — the default on a server database —
/// the server refuses to start on a schema with pending migrations and changes nothing; <c>migrate</c> applies them, is
/// idempotent, and then the server starts; /health/live and /health/ready answer for a load balancer.
/// Run on SQLite with the switch set, since the rule is the same on every provider.
/// </summary>
public sealed class MigrateCommandTests
{
    private const string NoMigrateOnStart = "--Database:MigrateOnStart=false";

    [Fact]
    public async Task A_database_with_pending_migrations_is_refused_at_start_until_migrate_has_run_once_or_twice()
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-migrate-").FullName;
        var file = Path.Combine(folder, "caseflow.db");
        try
        {
            var refused = await RunToExitAsync(folder, file, NoMigrateOnStart);
            refused.ExitCode.ShouldBe(2, refused.Output);
            refused.Output.ShouldContain("pending migration");
            refused.Output.ShouldContain("-- migrate");
            Tables(file).ShouldBeEmpty("a refused start changes nothing");

            var first = await RunToExitAsync(folder, file, "migrate");
            first.ExitCode.ShouldBe(0, first.Output);
            first.Output.ShouldContain("Applied ");
            Tables(file).ShouldContain("__EFMigrationsHistory");
            Tables(file).ShouldContain("Cases");

            var again = await RunToExitAsync(folder, file, "migrate");
            again.ExitCode.ShouldBe(0, again.Output);
            again.Output.ShouldContain("up to date");

            await using var server = await ServerProcess.StartAsync(folder, file, null, NoMigrateOnStart, "--Logging:LogLevel:Default=Warning");
            using var http = server.CreateClient();
            var live = await http.GetAsync("/health/live");
            live.StatusCode.ShouldBe(HttpStatusCode.OK);
            JsonNode.Parse(await live.Content.ReadAsStringAsync())!["checks"]!.AsObject().Count.ShouldBe(0, "live asks nothing but the process");
            var ready = await http.GetAsync("/health/ready");
            ready.StatusCode.ShouldBe(HttpStatusCode.OK);
            JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!["database"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static List<string> Tables(string file)
    {
        if (!File.Exists(file)) return [];
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static Task<(int ExitCode, string Output)> RunToExitAsync(string folder, string file, params string[] arguments) =>
        ServerProcess.RunToExitAsync(folder, file, TimeSpan.FromMinutes(2), arguments);
}
