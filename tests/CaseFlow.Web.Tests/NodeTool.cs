using System.Diagnostics;

namespace CaseFlow.Web.Tests;

/// <summary>Runs an npx command in src/CaseFlow.Web and returns its exit code and output.</summary>
public static class NodeTool
{
    public static async Task<(int ExitCode, string Output)> NpxAsync(params string[] args)
    {
        var info = new ProcessStartInfo("npx") { WorkingDirectory = WebServer.WebAppDir, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("--no-install");
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["CI"] = "true";
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("npx could not be started: is Node installed?");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
