using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CaseFlow.DemoYear;
using CaseFlow.DemoYear.Bulk;
using CaseFlow.TestSupport;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Benchmarks;

/// <summary>Latency of one report for one user and period, timed call by call.</summary>
public sealed record ReportLatency(string Report, string User, string Period, int Calls, double P50, double P95, double Max);

/// <summary>What <see cref="ReportBenchmark"/> measured.</summary>
public sealed record ReportFigures(BulkYearResult Bulk, TimeSpan ServerStart, IReadOnlyList<ReportLatency> Latencies);

/// <summary>
/// Every report endpoint over HTTP against the server in its own process, on a SQLite database <see cref="BulkYear"/> fills
/// with a year of cases: the supervisor (重庆市 and 贵州省, through the access policy's subtree scope) and the admin (everything),
/// each with the default period (this month up to today), the last 30 days and the last 365 days. Each answer is checked against what the bulk
/// writer tallied (totals, live counts, tasks, ratings, stored daily reports) after the clock stops.
/// </summary>
public static class ReportBenchmark
{
    private sealed record Report(string Name, string Path, Action<JsonNode, DayTally, LiveTally, int>? Check);

    /// <param name="database">A database the bulk mode wrote earlier today (with its <c>.bulk.json</c>), instead of writing one into a temp folder.</param>
    /// <param name="periods">Which periods to run ("default", "30", "365"); all when null.</param>
    public static async Task<ReportFigures> RunAsync(int cases, int calls, string? database = null, Action<string>? progress = null, IReadOnlyCollection<string>? periods = null)
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-bench-reports-").FullName;
        var file = database ?? Path.Combine(folder, "caseflow.db");
        try
        {
            if (database is null) await BulkYear.PrepareAsync(file);
            var bulk = database is null ? BulkYear.Write(file, cases, DateTime.UtcNow) : BulkYearResult.Load(file);
            // Measured in the steady state, with every past day's rates summarised (a file from before decision 34 gets them here).
            await BulkRateDays.SummariseAsync(file, bulk.NowUtc, TimeSpan.FromMinutes(30));
            // The server's domain clock is held at the moment the bulk writer stopped, so that the live lists (near-due, overdue,
            // stalled) answer what it tallied however long ago the file was written and however long the run takes: the offset
            // is written again before each checked call (Development:ClockFile, README "Configuration").
            var clockFile = Path.Combine(folder, "clock");
            void HoldClock() => File.WriteAllText(clockFile, (bulk.NowUtc - DateTime.UtcNow).ToString("c", CultureInfo.InvariantCulture));
            HoldClock();
            var startWatch = Stopwatch.StartNew();
            await using var server = await BenchmarkServer.StartAsync(folder, file, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5), $"--Development:ClockFile={clockFile}");
            var serverStart = startWatch.Elapsed;
            var users = new[] { ("supervisor", await server.SignInAsync(DemoUsers.Supervisor)), ("admin", await server.SignInAsync(DemoUsers.Admin)) };

            var today = BulkClock.Day(bulk.NowUtc);
            var chosen = new (string Key, string Name, string Query, DateOnly From, DateOnly To)[]
            {
                ("default", "default", "", new DateOnly(today.Year, today.Month, 1), today),
                ("30", "30 days", $"from={today.AddDays(-29):yyyy-MM-dd}&to={today:yyyy-MM-dd}", today.AddDays(-29), today),
                ("365", "365 days", $"from={today.AddDays(-364):yyyy-MM-dd}&to={today:yyyy-MM-dd}", today.AddDays(-364), today),
            }.Where(p => periods is null || periods.Contains(p.Key));
            var results = new List<ReportLatency>();
            foreach (var (_, periodName, query, from, to) in chosen)
            {
                var expected = bulk.Sum(from, to);
                // Stored daily reports up to yesterday; the endpoint's default (no period) is every stored one.
                var stored = bulk.DailyReports.Count(r => query == "" || (r.Day >= from && r.Day <= to));
                foreach (var report in Reports(to.DayNumber - from.DayNumber + 1, query != ""))
                    foreach (var (user, token) in users)
                    {
                        var path = report.Path.Contains('?') ? $"{report.Path}&{query}" : $"{report.Path}?{query}";
                        HoldClock();
                        var (first, body) = await GetAsync(server, path, token);
                        report.Check?.Invoke(JsonNode.Parse(body)!, expected, bulk.Live, stored);
                        var ms = new double[calls];
                        for (var i = 0; i < calls; i++) ms[i] = (await GetAsync(server, path, token)).Ms;
                        Array.Sort(ms);
                        results.Add(new ReportLatency(report.Name, user, periodName, calls, Percentiles.Nearest(ms, 50), Percentiles.Nearest(ms, 95), Math.Max(ms[^1], first)));
                        // Printed as measured too: a full-year run at a million cases takes long, and a partial one is still worth its lines.
                        progress?.Invoke(Line(results[^1]));
                    }
            }
            return new ReportFigures(bulk, serverStart, results);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every report endpoint, each with what its answer must show of the bulk data.</summary>
    private static IEnumerable<Report> Reports(int days, bool periodGiven)
    {
        // A live list given a period keeps the open cases received in it: the whole list without one, part of it with one.
        void Live(string what, JsonNode? total, int all)
        {
            if (periodGiven) Within(what, total?.GetValue<int>() ?? -1, all);
            else Same(what, total, all);
        }
        yield return new("near-due", "/api/reports/near-due", (j, _, live, _) => Live("near-due total", j["total"], live.NearDue));
        yield return new("overdue", "/api/reports/overdue", (j, _, live, _) => Live("overdue total", j["total"], live.Overdue));
        yield return new("stalled", "/api/reports/stalled", (j, _, live, _) => Live("stalled total", j["total"], live.Stalled));
        yield return new("supervision-orders", "/api/reports/supervision-orders", (j, _, live, _) => Live("open orders", j["total"], live.OpenOrders));
        yield return new("rates", "/api/reports/rates", (j, t, _, _) => Totals(j["totals"]!, t));
        yield return new("rates/daily", "/api/reports/rates/daily", (j, t, _, _) =>
        {
            Same("daily points", j["points"]!.AsArray().Count, days);
            Same("daily received", j["points"]!.AsArray().Sum(p => p!["figures"]!["received"]!.GetValue<int>()), t.Received);
        });
        foreach (var by in new[] { "department", "item", "region" })
            yield return new($"rates/by/{by}", $"/api/reports/rates/by/{by}", (j, t, _, _) =>
                Same($"finished by {by}", j["points"]!.AsArray().Sum(p => p!["figures"]!["finished"]!.GetValue<int>()), t.Finished));
        foreach (var by in new[] { "departments", "people" })
            yield return new($"timeliness/{by}", $"/api/reports/timeliness/{by}", (j, t, _, _) =>
            {
                Same($"tasks done by {by}", j["rows"]!.AsArray().Sum(r => r!["done"]!.GetValue<int>()), t.TasksCompleted);
                Same($"orders by {by}", j["rows"]!.AsArray().Sum(r => r!["supervisionOrders"]!.GetValue<int>()), t.OrdersRaised);
            });
        yield return new("ratings", "/api/reports/ratings", (j, t, _, _) =>
        {
            Same("ratings counted", j["figures"]!["rated"], t.Rated);
            Same("ratings voided", j["figures"]!["appeals"], t.RatingsVoided);
        });
        yield return new("daily-reports", "/api/reports/daily-reports", (j, _, _, stored) => Same("stored daily reports", j["items"]!.AsArray().Count, Math.Min(1000, stored)));
        yield return new("rates export (xlsx)", "/api/reports/rates/export?format=xlsx", null);
    }

    private static void Totals(JsonNode totals, DayTally t)
    {
        foreach (var (field, value) in new (string, int)[]
                 {
                     ("received", t.Received), ("finished", t.Finished), ("notAccepted", t.NotAccepted), ("withinCommitted", t.WithinCommitted),
                     ("withinStatutory", t.WithinStatutory), ("immediate", t.Immediate), ("fullyOnline", t.FullyOnline), ("trips", t.Trips),
                     ("supplemented", t.Supplemented), ("deemedAccepted", t.DeemedAccepted), ("extensions", t.Extensions), ("clockStops", t.ClockStops),
                 })
            Same($"rates {field}", totals[field], value);
    }

    private static void Within(string what, int actual, int all)
    {
        if (actual < 0 || actual > all) throw new InvalidOperationException($"{what}: the server says {actual}, the bulk writer wrote {all} in all (a period keeps some of them).");
    }

    private static void Same(string what, JsonNode? actual, int expected) => Same(what, actual?.GetValue<int>() ?? -1, expected);

    private static void Same(string what, int actual, int expected)
    {
        if (actual != expected) throw new InvalidOperationException($"{what}: the server says {actual}, the bulk writer wrote {expected}.");
    }

    /// <summary>One GET; an empty file where an XLSX workbook should be throws.</summary>
    private static async Task<(double Ms, string Body)> GetAsync(BenchmarkServer server, string path, string token)
    {
        var answer = await server.GetAsync(path, token);
        var xlsx = answer.MediaType?.Contains("spreadsheet") == true;
        if (xlsx && (answer.Body.Length < 4 || answer.Body[0] != 'P' || answer.Body[1] != 'K')) throw new InvalidOperationException($"GET {path}: not an XLSX file.");
        return (answer.Ms, xlsx ? "{}" : answer.Text);
    }

    /// <summary>The figures as the benchmark console prints them, one line per report, user and period.</summary>
    public static IEnumerable<string> Lines(ReportFigures figures)
    {
        var bulk = figures.Bulk;
        yield return $"reports: {bulk.Cases} cases ({bulk.Rows} rows) written in {bulk.Elapsed.TotalSeconds:F0} s, server ready in {figures.ServerStart.TotalSeconds:F1} s; "
            + $"{bulk.Live.Open} open; SQLite, server in its own process";
        foreach (var l in figures.Latencies) yield return Line(l);
    }

    private static string Line(ReportLatency l) => string.Create(CultureInfo.InvariantCulture,
        $"report {l.Report} ({l.User}, {l.Period}): p50 {l.P50:F1} ms, p95 {l.P95:F1} ms, max {l.Max:F1} ms over {l.Calls} calls");
}
