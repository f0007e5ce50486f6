using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using CaseFlow.TestSupport;

namespace CaseFlow.Web.Tests;

/// <summary>
/// The real server (built with its web app in wwwroot) in its own process on a free port, on a fresh temp SQLite file,
/// Development environment (demo users seeded). One per test run: the browser tests share it.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly ServerProcess _process;

    private WebServer(ServerProcess process, string folder)
    {
        _process = process;
        Folder = folder;
    }

    public Uri BaseAddress => _process.BaseAddress;

    public string Folder { get; }

    public string Log => _process.Output;

    public static string RepoRoot() => RepoFiles.Root;

    public static string WebAppDir => Path.Combine(RepoRoot(), "src", "CaseFlow.Web");

    /// <param name="extraArgs">More configuration for this server, after the defaults (so they win), e.g. <c>--Development:ClockFile=…</c>.</param>
    public static async Task<WebServer> StartAsync(params string[] extraArgs)
    {
        var dll = typeof(WebServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ServerDll").Value!;
        File.Exists(dll).ShouldBeTrue($"The server is not built at {dll}.");
        var serverDir = Path.Combine(RepoRoot(), "src", "CaseFlow.Server");
        File.Exists(Path.Combine(serverDir, "wwwroot", "index.html")).ShouldBeTrue("The server's build did not build the web app into wwwroot.");
        var folder = Directory.CreateTempSubdirectory("caseflow-web-").FullName;
        var process = await ServerProcess.StartBuiltAsync(dll, folder, Path.Combine(folder, "caseflow.db"), TimeSpan.FromMinutes(2),
            [$"--contentRoot={serverDir}", $"--Audit:KeyFile={Path.Combine(folder, "audit.key")}", "--Logging:LogLevel:Default=Warning", "--Hangfire:Server=false",
                ..extraArgs]);
        return new WebServer(process, folder);
    }

    /// <summary>A client signed in with a bearer token (for setting up data through the API).</summary>
    public async Task<HttpClient> BearerClientAsync(string userName, string password)
    {
        var http = _process.CreateClient();
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.DisposeAsync();
        }
        finally
        {
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
