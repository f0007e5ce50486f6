using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CaseFlow.Server.Tests;

/// <summary>samples/walkthrough.sh against the real server in its own process, on a random port and a fresh database file.</summary>
public sealed class WalkthroughScriptTests
{
    [Fact]
    public async Task Walkthrough_script_drives_a_case_to_Archived_against_a_server_process()
    {
        var root = CaseFlowApplication.RepoRoot();
        var folder = Directory.CreateTempSubdirectory("caseflow-walkthrough-").FullName;
        var port = FreePort();
        var serverDll = Path.Combine(AppContext.BaseDirectory, "CaseFlow.Server.dll");
        using var server = Start("dotnet", folder,
            serverDll, $"--urls=http://127.0.0.1:{port}", $"--Content:Root={root}",
            $"--Database:ConnectionString=Data Source={Path.Combine(folder, "caseflow.db")}", "--environment=Development");
        try
        {
            await WaitHealthyAsync(port, server);
            using var script = Start("bash", root, Path.Combine(root, "samples", "walkthrough.sh"), $"http://127.0.0.1:{port}");
            var output = script.StandardOutput.ReadToEndAsync();
            var errors = script.StandardError.ReadToEndAsync();
            (await WaitAsync(script, TimeSpan.FromMinutes(2))).ShouldBeTrue("the walkthrough did not finish in 2 minutes");
            var text = await output + await errors;
            script.ExitCode.ShouldBe(0, text);
            text.ShouldContain("Archived");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process Start(string file, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
    }

    private static async Task WaitHealthyAsync(int port, Process server)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited) throw new InvalidOperationException("The server exited: " + await server.StandardError.ReadToEndAsync() + await server.StandardOutput.ReadToEndAsync());
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The server did not become healthy in 60 s.");
    }

    private static async Task<bool> WaitAsync(Process process, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cts.Token); return true; }
        catch (OperationCanceledException) { process.Kill(true); return false; }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

}
