using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Benchmarks;

/// <summary>Latency of one inbox query, timed request by request.</summary>
public sealed record InboxLatency(string Filter, int Requests, int Total, double P50, double P95, double P99, double Max);

/// <summary>What <see cref="InboxBenchmark"/> measured.</summary>
public sealed record InboxFigures(InboxSeedResult Seed, TimeSpan ServerStart, InboxLatency Default, IReadOnlyList<InboxLatency> Filtered);

/// <summary>
/// The clerk's queue (GET /api/tasks/queues: first page, sorted by deadline, with the total) over HTTP against the server in
/// its own process, on a SQLite database the <see cref="InboxSeeder"/> fills with many cases and open tasks. The server
/// creates the schema and imports org units, catalog and demo users on a first start; it is then stopped, the seeder runs,
/// and the server is started again on the seeded file.
/// </summary>
public static class InboxBenchmark
{
    private const int PageSize = 50;
    private const int WarmUp = 20;

    /// <summary>Healthy within 2 minutes: a start on a seeded million-case file takes longer than on an empty one.</summary>
    private static Task<BenchmarkServer> StartServerAsync(string folder, string file) =>
        BenchmarkServer.StartAsync(folder, file, TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(60));

    public static async Task<InboxFigures> RunAsync(InboxSeedPlan plan, int requests)
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-bench-inbox-").FullName;
        var file = Path.Combine(folder, "caseflow.db");
        try
        {
            // First start: migrations and the start-up import give the seeder the exact schema and the org units it places tasks in.
            await using (await StartServerAsync(folder, file)) { }
            SqliteConnection.ClearAllPools();
            var seed = InboxSeeder.Seed(file, plan);

            var startWatch = Stopwatch.StartNew();
            await using var server = await StartServerAsync(folder, file);
            var serverStart = startWatch.Elapsed;
            var token = await server.SignInAsync(DemoUsers.Clerk);

            // The plain queue first (the requirement's figure), then the filters a clerk uses most: overdue, a case number, a surname.
            var queries = new (string Filter, string Query, int Expected)[]
            {
                ("", "", plan.VisibleTasks),
                ("level=Red", "&level=Red", seed.VisibleRed),
                ("q=<case number>", $"&q={Uri.EscapeDataString(seed.VisibleCaseNo)}", 1),
                ($"q={seed.Surname}", $"&q={Uri.EscapeDataString(seed.Surname)}", seed.VisibleWithSurname),
            };
            // Warm-up: connections, JIT and EF's compiled queries for every shape measured below.
            foreach (var (_, query, expected) in queries)
                for (var i = 0; i < WarmUp; i++) await GetPageAsync(server, $"/api/tasks/queues?pageSize={PageSize}{query}", token, expected, PageSize);

            var results = new List<InboxLatency>();
            foreach (var (filter, query, expected) in queries)
            {
                var ms = new double[requests];
                for (var i = 0; i < requests; i++) ms[i] = await GetPageAsync(server, $"/api/tasks/queues?pageSize={PageSize}{query}", token, expected, PageSize);
                Array.Sort(ms);
                results.Add(new InboxLatency(filter, requests, expected, Percentiles.Nearest(ms, 50), Percentiles.Nearest(ms, 95), Percentiles.Nearest(ms, 99), ms[^1]));
            }
            return new InboxFigures(seed, serverStart, results[0], results.Skip(1).ToList());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One GET of a queue page, timed from sending to the last byte of the body; checks the page after the clock stops.</summary>
    private static async Task<double> GetPageAsync(BenchmarkServer server, string query, string token, int expectedTotal, int pageSize)
    {
        var answer = await server.GetAsync(query, token);
        var page = JsonNode.Parse(answer.Text)!;
        var total = page["total"]!.GetValue<int>();
        var items = page["items"]!.AsArray();
        if (total != expectedTotal || items.Count != Math.Min(pageSize, expectedTotal))
            throw new InvalidOperationException($"GET {query}: total {total} with {items.Count} items, expected {expectedTotal} seeded.");
        CheckDeadlineOrder(query, items);
        return answer.Ms;
    }

    /// <summary>Sorted by deadline: the step's own, else the case's; undated last.</summary>
    private static void CheckDeadlineOrder(string query, JsonArray items)
    {
        var deadlines = items.Select(t => (t!["dueAtUtc"] ?? t["caseDueAtUtc"])?.GetValue<DateTime>()).ToList();
        for (var i = 1; i < deadlines.Count; i++)
        {
            var (earlier, later) = (deadlines[i - 1], deadlines[i]);
            if (later is not null && (earlier is null || earlier > later))
                throw new InvalidOperationException($"GET {query}: items not sorted by deadline at position {i}.");
        }
    }

    /// <summary>The figures as the benchmark console prints them, one line each.</summary>
    public static IEnumerable<string> Lines(InboxFigures figures)
    {
        var seed = figures.Seed;
        var plan = seed.Plan;
        yield return $"inbox: {Latency(figures.Default)} over {figures.Default.Requests} requests (first page of {figures.Default.Total} queued tasks, sorted by deadline; "
            + $"{plan.Cases} cases, {plan.OpenTasks} open tasks; seeded in {seed.Elapsed.TotalSeconds:F0} s, server ready in {figures.ServerStart.TotalSeconds:F1} s; SQLite, server in its own process)";
        foreach (var filtered in figures.Filtered)
            yield return $"inbox: {filtered.Filter}: {Latency(filtered)} over {filtered.Requests} requests ({filtered.Total} of the queue's tasks match)";
    }

    private static string Latency(InboxLatency l) => string.Create(CultureInfo.InvariantCulture,
        $"p50 {l.P50:F1} ms, p95 {l.P95:F1} ms, p99 {l.P99:F1} ms, max {l.Max:F1} ms");
}
