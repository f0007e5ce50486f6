using System.Diagnostics;
using System.Net.Http.Headers;
using CaseFlow.TestSupport;

namespace CaseFlow.Benchmarks;

/// <summary>
/// The server in its own process on a given SQLite file, like production, and one keep-alive connection to it (as a browser
/// holds one to the API). The inbox and report benchmarks time their GETs through it.
/// </summary>
public sealed class BenchmarkServer : IAsyncDisposable
{
    private readonly ServerProcess _process;
    private readonly HttpClient _http;

    private BenchmarkServer(ServerProcess process, TimeSpan requestTimeout)
    {
        _process = process;
        _http = process.CreateClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 });
        _http.Timeout = requestTimeout;
    }

    /// <param name="startTimeout">How long to wait for health: a start on a seeded million-case file takes longer than on an empty one.</param>
    /// <param name="requestTimeout">How long one GET may take (a year's report on a million cases takes long before it is fast).</param>
    /// <param name="extraArguments">More configuration for the server, e.g. its <c>Development:ClockFile</c>.</param>
    public static async Task<BenchmarkServer> StartAsync(string folder, string file, TimeSpan startTimeout, TimeSpan requestTimeout, params string[] extraArguments) =>
        new(await ServerProcess.StartAsync(folder, file, startTimeout, ["--Logging:LogLevel:Default=Warning", .. extraArguments]), requestTimeout);

    public Task<string> SignInAsync(DemoUser user) => SignIn.BearerTokenAsync(_http, user);

    /// <summary>One GET, timed from sending to the last byte of the body; a failure status throws after the clock stops.</summary>
    public async Task<TimedAnswer> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var watch = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes)}");
        return new TimedAnswer(ms, bytes, response.Content.Headers.ContentType?.MediaType);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
    }
}

/// <summary>A GET's time and what it answered.</summary>
public sealed record TimedAnswer(double Ms, byte[] Body, string? MediaType)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}

public static class Percentiles
{
    /// <summary>Nearest rank: the smallest value with at least p % of the calls at or below it (<paramref name="sorted"/> ascending).</summary>
    public static double Nearest(double[] sorted, int p) => sorted[Math.Max(0, (int)Math.Ceiling(sorted.Length * p / 100.0) - 1)];
}
