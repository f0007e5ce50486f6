using System.Diagnostics;

namespace CaseFlow.Server.Tests;

/// <summary>The benchmark console's --smoke run (CI's check that every figure can still be produced; no speed is asserted).</summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task Smoke_run_prints_engine_sqlite_http_inbox_and_report_figures()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(CaseFlowApplication.RepoRoot(), "tests", "CaseFlow.Benchmarks", "bin", configuration, "net10.0", "CaseFlow.Benchmarks.dll");
        File.Exists(dll).ShouldBeTrue($"{dll} is missing: build the solution first");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--smoke");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The smoke run did not finish in 5 minutes: " + await output);
        }
        var text = await output + await errors;
        process.ExitCode.ShouldBe(0, text);
        text.ShouldMatch(@"engine: \d+ canonical lifecycles/s");
        text.ShouldMatch(@"sqlite: \d+ commits/s");
        text.ShouldMatch(@"http: [\d.]+ cases/s end to end");
        text.ShouldMatch(@"baseline: \d+ requests/s \(bare authenticated");
        text.ShouldMatch(@"http: [\d.]+ ?% of the baseline's requests/s");
        text.ShouldMatch(@"timers: \d+ timers/s fired");
        text.ShouldMatch(@"inbox: p50 [\d.]+ ms, p95 [\d.]+ ms");
        // Every report endpoint answered, for both users and both periods, each checked against the bulk writer's tallies.
        foreach (var report in new[] { "near-due", "overdue", "stalled", "supervision-orders", "rates", "rates/daily", "rates/by/department", "rates/by/item",
                     "rates/by/region", "timeliness/departments", "timeliness/people", "ratings", "daily-reports", "rates export \\(xlsx\\)" })
            foreach (var run in new[] { "supervisor, default", "admin, default", "supervisor, 365 days", "admin, 365 days" })
                text.ShouldMatch($@"report {report} \({run}\): p50 [\d.]+ ms, p95 [\d.]+ ms");
    }
}
