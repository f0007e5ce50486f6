using System.Diagnostics;
using System.Globalization;
using CaseFlow.TestSupport;
using CaseFlow.DemoYear.Bulk;
using Microsoft.Data.Sqlite;

namespace CaseFlow.DemoYear;

/// <summary>
/// The demo year in bulk mode (README "Benchmarks"): <c>--bulk N --db PATH</c> writes a year of N cases ending now into a
/// migrated CaseFlow SQLite database (and what it wrote, tallied per day, into <c>PATH.bulk.json</c>) — everything the reports read (cases, clocks, stops, timeline events, tasks, supervision
/// orders, ratings, stored daily reports) — with raw prepared INSERTs in large transactions instead of the server, so a
/// million cases take a few minutes rather than days. A file that does not exist yet is first created by starting the server
/// on it once (migrations, org trees, catalog, demo users).
/// </summary>
public static class BulkYear
{
    private const int CasesPerTransaction = 20_000;
    private static readonly TimeSpan History = TimeSpan.FromDays(372);

    public static async Task<int> MainAsync(string[] args)
    {
        var count = int.Parse(Argument(args, "--bulk") ?? throw new ArgumentException("--bulk N: the number of cases."), CultureInfo.InvariantCulture);
        var file = Path.GetFullPath(Argument(args, "--db") ?? throw new ArgumentException("--db PATH: the SQLite file to fill."));
        if (!File.Exists(file)) await PrepareAsync(file);
        var result = Write(file, count, DateTime.UtcNow);
        result.Save(file);
        await BulkRateDays.SummariseAsync(file, result.NowUtc, TimeSpan.FromMinutes(30));
        var year = result.Sum(BulkClock.Day(result.NowUtc).AddDays(-364), BulkClock.Day(result.NowUtc));
        Console.WriteLine($"bulk: {result.Cases} cases, {result.Rows} rows in {result.Elapsed.TotalSeconds:F0} s into {file}; "
            + $"last 365 days: {year.Received} received, {year.Finished} finished, {year.NotAccepted} not accepted, {year.Rated} ratings; "
            + $"open now: {result.Live.Open} ({result.Live.NearDue} 预警, {result.Live.Overdue} 超期, {result.Live.Stalled} 停滞, {result.Live.OpenOrders} open 督办单)");
        return 0;
    }

    /// <summary>Creates the database by starting the server on it once: the exact schema, the org units, the catalog and the demo users.</summary>
    public static async Task PrepareAsync(string file)
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-bulk-").FullName;
        try
        {
            await using (await ServerProcess.StartAsync(folder, file, TimeSpan.FromMinutes(2), "--Logging:LogLevel:Default=Warning")) { }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes <paramref name="count"/> cases received over the 372 days before <paramref name="nowUtc"/> into a migrated database without cases.</summary>
    public static BulkYearResult Write(string file, int count, DateTime nowUtc)
    {
        var watch = Stopwatch.StartNew();
        using var connection = BulkSql.Open(file);
        if (BulkSql.Scalar(connection, """SELECT (SELECT COUNT(*) FROM "Cases") + (SELECT COUNT(*) FROM "Tasks")""") != 0)
            throw new InvalidOperationException("The bulk writer expects a database without cases.");
        var random = new Random(20261202);
        var items = BulkSql.ReadItems(connection);
        var windows = BulkSql.ReadUnits(connection, "Window");
        var departments = BulkSql.ReadUnits(connection, "Department");
        var roots = BulkSql.ReadRoots(connection);
        var staff = BulkStaffing.Create(connection, windows, departments, random);
        var windowsByRegion = windows.ToLookup(w => w.Region);
        var windowsByRoot = windows.ToLookup(w => roots[w.Id]);

        var tallies = new Tallies();
        var sequences = new Dictionary<string, int>();
        var rows = 0L;
        LiveTally live;
        using (var writer = new BulkRows(connection, nowUtc, tallies, BulkSql.ReadCalendar(connection)))
        {
            for (var first = 0; first < count; first += CasesPerTransaction)
            {
                using var transaction = connection.BeginTransaction();
                writer.Begin(transaction);
                for (var k = first; k < Math.Min(count, first + CasesPerTransaction); k++)
                {
                    // Ids follow arrival, as they do when cases come in one by one.
                    var received = nowUtc - History + TimeSpan.FromTicks(History.Ticks / count * k);
                    var item = items[random.Next(items.Length)];
                    var department = BulkSql.PickDepartment(departments, item.Category, random);
                    var province = roots[department.Id];
                    var near = windowsByRegion[department.Region].ToArray() is { Length: > 0 } local ? local : windowsByRoot[province].ToArray();
                    var window = near.Length > 0 ? near[random.Next(near.Length)] : windows[random.Next(windows.Length)];
                    var place = new CasePlace(item, item.Situations[random.Next(item.Situations.Length)], department, window, province,
                        staff.Pick(window.Id, random), staff.Pick(item.DefinitionId == "local-approval" ? window.Id : department.Id, random));
                    var day = (received + BulkClock.ChinaOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                    var key = $"{item.Code}|{day}";
                    var seq = sequences[key] = sequences.GetValueOrDefault(key) + 1;
                    writer.Write(k + 1L, $"{item.Code}{day}{seq:D4}", CaseStory.Tell(item, received, nowUtc, random), place, random);
                }
                transaction.Commit();
            }
            rows = writer.Rows;
            live = writer.Live;
        }
        var daily = BulkDailyReports.Write(connection, sequences, tallies, roots, nowUtc);
        rows += sequences.Count + daily.Count;
        BulkSql.Exec(connection, "ANALYZE;");
        BulkSql.Exec(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return new BulkYearResult(count, rows, nowUtc, live, tallies.Days, daily, watch.Elapsed);
    }

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
