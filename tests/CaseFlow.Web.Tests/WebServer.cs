using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace CaseFlow.Web.Tests;

/// <summary>
/// The real server (built with its web app in wwwroot) in its own process on a free port, on a fresh temp SQLite file,
/// Development environment (demo users seeded). One per test run: the browser tests share it.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private WebServer(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        Folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Folder { get; }

    public string Log { get { lock (_log) return _log.ToString(); } }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaseFlow.sln"))) return dir.FullName;
        throw new InvalidOperationException("CaseFlow.sln not found above the test output.");
    }

    public static string WebAppDir => Path.Combine(RepoRoot(), "src", "CaseFlow.Web");

    public static async Task<WebServer> StartAsync()
    {
        var dll = typeof(WebServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ServerDll").Value!;
        File.Exists(dll).ShouldBeTrue($"The server is not built at {dll}.");
        var root = RepoRoot();
        var serverDir = Path.Combine(root, "src", "CaseFlow.Server");
        File.Exists(Path.Combine(serverDir, "wwwroot", "index.html")).ShouldBeTrue("The server's build did not build the web app into wwwroot.");
        var folder = Directory.CreateTempSubdirectory("caseflow-web-").FullName;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     dll, $"--urls=http://127.0.0.1:{port}", $"--contentRoot={serverDir}", $"--Content:Root={root}", "--environment=Development",
                     $"--Database:ConnectionString=Data Source={Path.Combine(folder, "caseflow.db")}", $"--Audit:KeyFile={Path.Combine(folder, "audit.key")}",
                     "--Logging:LogLevel:Default=Warning", "--Hangfire:Server=false",
                 })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        var server = new WebServer(process, folder, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitHealthyAsync();
        return server;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Log}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode is HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The server did not become healthy:\n{Log}");
    }

    /// <summary>A client signed in with a bearer token (for setting up data through the API).</summary>
    public async Task<HttpClient> BearerClientAsync(string userName, string password)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        finally
        {
            _process.Dispose();
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
