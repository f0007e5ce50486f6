using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Benchmarks;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Runtime;
using Microsoft.Data.Sqlite;

// CaseFlow benchmarks. `dotnet run -c Release --project tests/CaseFlow.Benchmarks` for the full figures,
// `-- --smoke` for a run of a few seconds (CI), `-- --inbox` for the inbox figure alone, `-- --http N [--clients N]` for the
// HTTP figure and its bare-endpoint baseline alone, `-- --reports [--cases N | --db PATH]`
// for the report figures alone (a bulk year of N cases, default 1 000 000, or one written earlier). Prints one line per figure.
var smoke = args.Contains("--smoke");
var lifecycles = smoke ? 2_000 : 50_000;
var commits = smoke ? 500 : 5_000;
var cases = smoke ? 12 : 1_000;
var pendingTimers = smoke ? 5_000 : 100_000;
var clients = args.SkipWhile(a => a != "--clients").Skip(1).Select(int.Parse).FirstOrDefault(4);
// The clerk's inbox on a large database: a million cases for the figure, a small one for CI's smoke run (kept small: it runs
// inside `dotnet test`, see BenchmarkSmokeTests).
var inboxPlan = smoke ? new InboxSeedPlan(5_000, 500, 100) : new InboxSeedPlan(1_000_000, 100_000, 1_000);
var inboxRequests = smoke ? 50 : 200;
// Every report on a bulk year (samples/DemoYear/Bulk): a million cases for the figures, a few thousand in the smoke run.
var reportCases = args.SkipWhile(a => a != "--cases").Skip(1).Select(int.Parse).FirstOrDefault(smoke ? 3_000 : 1_000_000);
var reportCalls = args.SkipWhile(a => a != "--calls").Skip(1).Select(int.Parse).FirstOrDefault(smoke ? 3 : 20);
// `--db PATH`: a bulk year written earlier (`dotnet run --project samples/DemoYear -- --bulk N --db PATH`) instead of a fresh one.
var reportPeriods = args.SkipWhile(a => a != "--periods").Skip(1).Select(p => p.Split(',')).FirstOrDefault(); // default,30,365
var reportDatabase = args.SkipWhile(a => a != "--db").Skip(1).Select(Path.GetFullPath).FirstOrDefault();

Console.WriteLine($"CaseFlow benchmarks ({(smoke ? "smoke" : "full")}), .NET {Environment.Version}, {Environment.ProcessorCount} cores");
if (args.Contains("--inbox")) return await InboxAsync(); // the inbox figure alone
if (args.Contains("--reports")) return await ReportsAsync(); // the report figures alone
if (args.Contains("--http")) return await HttpAsync(); // the end-to-end HTTP figure alone (`--http N`: N cases)
var engine = await EngineThroughput.RunAsync(lifecycles);
Console.WriteLine($"engine: {engine:F0} canonical lifecycles/s in memory ({lifecycles} lifecycles, 7 steps each)");
var sqlite = SqliteCommitRate.Run(commits);
Console.WriteLine($"sqlite: {sqlite:F0} commits/s (WAL, synchronous=NORMAL, {commits} single-row transactions)");
var timers = await TimerSweepBenchmark.RunAsync(pendingTimers);
Console.WriteLine($"timers: sweep finds due timers among {timers.Pending} pending in {timers.FindMedianMs:F2} ms (query for a batch of {timers.Batch}, {timers.Due} due, median of {timers.FindRuns}; the sweep's own {timers.SweepQueries} queries took {timers.SweepFindDue.TotalMilliseconds:F1} ms)");
Console.WriteLine($"timers: {timers.FiredPerSecond:F0} timers/s fired by the sweep ({timers.Fired} due timers in {timers.FireElapsed.TotalSeconds:F2} s, one transaction each, SQLite)");
await HttpAsync(cases);
await InboxAsync();
// The report figures on a million cases take long (see README "Benchmarks"): `--reports` runs them; the smoke run checks them small.
return smoke ? await ReportsAsync() : 0;

async Task<int> HttpAsync(int? count = null)
{
    count ??= args.SkipWhile(a => a != "--http").Skip(1).Where(a => !a.StartsWith("--")).Select(int.Parse).FirstOrDefault(cases);
    var (perSecond, requestsPerSecond) = await EndToEnd.RunAsync(count.Value, clients);
    Console.WriteLine($"http: {perSecond:F1} cases/s end to end on SQLite ({count} cases to Archived, {clients} clients, {requestsPerSecond:F0} requests/s, server in its own process)");
    // The bare endpoint by as many clients, with as many requests as the lifecycles made (7 each) and enough to be steady (issue 14).
    var bareRequests = Math.Max(count.Value * 7, smoke ? 100 : 5_000);
    var baseline = await BareEndpoint.RunAsync(bareRequests, clients);
    Console.WriteLine($"baseline: {baseline:F0} requests/s (bare authenticated ASP.NET Core + pooled EF Core POST inserting one SQLite row, {bareRequests} requests, {clients} clients, server in this process)");
    Console.WriteLine($"http: {requestsPerSecond / baseline:P1} of the baseline's requests/s");
    return 0;
}

async Task<int> InboxAsync()
{
    foreach (var line in InboxBenchmark.Lines(await InboxBenchmark.RunAsync(inboxPlan, inboxRequests))) Console.WriteLine(line);
    return 0;
}

async Task<int> ReportsAsync()
{
    foreach (var line in ReportBenchmark.Lines(await ReportBenchmark.RunAsync(reportCases, reportCalls, reportDatabase, smoke ? null : line => Console.Error.WriteLine("(measured) " + line), reportPeriods))) Console.WriteLine(line);
    return 0;
}

/// <summary>The canonical procedure's shape with the engine's own activities: intake, review with a supplement loop, decision, approval, delivery event.</summary>
static class EngineThroughput
{
    public static async Task<double> RunAsync(int count)
    {
        var registry = new ActivityRegistry(ActivityRegistry.BuiltIns());
        var runner = new WorkflowRunner(registry, new ExpressionEvaluator(), TimeProvider.System);
        var definition = DefinitionJson.Parse(Canonical);
        var problems = new DefinitionValidator(registry, new ExpressionEvaluator()).Validate(definition);
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("; ", problems.Select(p => p.Message)));
        var options = new RunOptions { SubjectSnapshot = () => new JsonObject { ["deliveryMethod"] = "mail" } };
        await Lifecycle(runner, definition, options); // warm-up: scripts parsed and cached
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) await Lifecycle(runner, definition, options);
        return count / watch.Elapsed.TotalSeconds;
    }

    private static async Task Lifecycle(WorkflowRunner runner, WorkflowDefinition definition, RunOptions options)
    {
        var state = runner.NewInstance(definition);
        await runner.StartAsync(definition, state, options);
        foreach (var outcome in new[] { "supplement", null, "pass", "approve", null })
            await runner.ResumeAsync(definition, state, state.Bookmarks[0].Id, new ResumeInput(outcome), options);
        if (state.Status != WorkflowStatus.Finished) throw new InvalidOperationException($"Lifecycle ended {state.Status}.");
    }

    private const string Canonical = """
    { "definitionId": "bench", "name": "bench", "root": {
      "activities": [
        { "id": "start", "type": "Start" },
        { "id": "review", "type": "HumanTask", "props": { "title": "形式审查", "role": "clerk", "outcomes": ["pass", "supplement"] } },
        { "id": "wait", "type": "WaitForEvent", "props": { "eventName": "supplement" } },
        { "id": "approval", "type": "HumanTask", "props": { "title": "审批", "role": "approver", "outcomes": ["approve", "reject"] } },
        { "id": "delivery", "type": "Decision", "props": { "expression": "case.deliveryMethod", "outcomes": ["mail", "window"] } },
        { "id": "mail", "type": "WaitForEvent", "props": { "eventName": "delivery" } },
        { "id": "archive", "type": "SetVariable", "props": { "name": "archived", "expression": "true" } },
        { "id": "end", "type": "End" }
      ],
      "connections": [
        { "from": "start", "to": "review" },
        { "from": "review", "port": "supplement", "to": "wait" }, { "from": "wait", "to": "review" },
        { "from": "review", "port": "pass", "to": "approval" },
        { "from": "approval", "port": "approve", "to": "delivery" }, { "from": "approval", "port": "reject", "to": "archive" },
        { "from": "delivery", "port": "mail", "to": "mail" }, { "from": "delivery", "port": "window", "to": "archive" },
        { "from": "mail", "to": "archive" }, { "from": "archive", "to": "end" }
      ] } }
    """;
}

/// <summary>The floor any SQLite-backed step rate stands on: one small write transaction after another.</summary>
static class SqliteCommitRate
{
    public static double Run(int count)
    {
        var file = Path.Combine(Path.GetTempPath(), $"caseflow-bench-{Guid.NewGuid():N}.db");
        try
        {
            using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
            connection.Open();
            Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);");
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                using var transaction = connection.BeginTransaction();
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO t (v) VALUES ($v)";
                insert.Parameters.AddWithValue("$v", "step " + i);
                insert.ExecuteNonQuery();
                transaction.Commit();
            }
            return count / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        }
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
