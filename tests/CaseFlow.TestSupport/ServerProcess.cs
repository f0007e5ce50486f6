using System.Diagnostics;
using System.Net;
using System.Text;

namespace CaseFlow.TestSupport;

/// <summary>
/// The server in its own process, as in production (`dotnet CaseFlow.Server.dll`), on a free loopback port, in Development
/// (demo users seeded), with the repository's workflows and samples and the given SQLite file. Started healthy; disposing
/// stops it. CaseFlow.Server.dll is taken from the caller's output folder (its project references the server).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>What the server wrote so far (stdout and stderr), for a failure message.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <param name="workingFolder">The process's working folder (a temp folder the caller owns).</param>
    /// <param name="databaseFile">The SQLite file; created with its schema on a first start.</param>
    /// <param name="extraArguments">More configuration, e.g. <c>--Logging:LogLevel:Default=Warning</c>.</param>
    public static Task<ServerProcess> StartAsync(string workingFolder, string databaseFile, TimeSpan? healthyWithin = null, params string[] extraArguments) =>
        StartBuiltAsync(Path.Combine(AppContext.BaseDirectory, "CaseFlow.Server.dll"), workingFolder, databaseFile, healthyWithin, extraArguments);

    /// <summary>The same for a server built elsewhere than beside the tests (the web tests run the one whose wwwroot holds the app).</summary>
    public static async Task<ServerProcess> StartBuiltAsync(string serverDll, string workingFolder, string databaseFile, TimeSpan? healthyWithin,
        params string[] extraArguments)
    {
        var port = FreePort.Next();
        var info = StartInfo(serverDll, workingFolder, databaseFile, port, extraArguments);
        var server = new ServerProcess(Process.Start(info) ?? throw new InvalidOperationException("Could not start the server process."), port);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            // Generous: on a busy shared machine a Debug start with migrations can take most of a minute.
            await server.WaitHealthyAsync(healthyWithin ?? TimeSpan.FromMinutes(2));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The server beside the tests run to its exit, as an operator runs a command (<c>migrate</c>) or a start that is refused;
    /// answers its exit code and everything it wrote. A process still serving after <paramref name="within"/> is killed and reported.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string workingFolder, string databaseFile, TimeSpan within, params string[] arguments)
    {
        var info = StartInfo(Path.Combine(AppContext.BaseDirectory, "CaseFlow.Server.dll"), workingFolder, databaseFile, FreePort.Next(), arguments);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the server process.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The server did not exit within {within} ({string.Join(' ', arguments)}): it went on serving.\n{await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static ProcessStartInfo StartInfo(string serverDll, string workingFolder, string databaseFile, int port, IEnumerable<string> extraArguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     serverDll, $"--urls=http://127.0.0.1:{port}", $"--Content:Root={RepoFiles.Root}",
                     "--environment=Development", $"--Database:ConnectionString=Data Source={databaseFile}",
                 }.Concat(extraArguments))
            info.ArgumentList.Add(argument);
        return info;
    }

    /// <summary>A client for this server (the caller disposes it).</summary>
    public HttpClient CreateClient(HttpMessageHandler? handler = null) =>
        new(handler ?? new SocketsHttpHandler()) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitHealthyAsync(TimeSpan within)
    {
        using var http = CreateClient();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < within)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}: {Output}");
            }
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The server did not become healthy in {within.TotalSeconds:F0} s: {Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
