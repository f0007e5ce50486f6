using System.Diagnostics;

namespace CaseFlow.Server.Tests;

/// <summary>samples/walkthrough.sh against the real server in its own process, on a random port and a fresh database file.</summary>
public sealed class WalkthroughScriptTests
{
    [Fact]
    public async Task Walkthrough_script_drives_a_case_to_Archived_against_a_server_process()
    {
        var root = RepoFiles.Root;
        var folder = Directory.CreateTempSubdirectory("caseflow-walkthrough-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(folder, Path.Combine(folder, "caseflow.db"));
            using var script = Start("bash", root, Path.Combine(root, "samples", "walkthrough.sh"), $"http://127.0.0.1:{server.Port}");
            var output = script.StandardOutput.ReadToEndAsync();
            var errors = script.StandardError.ReadToEndAsync();
            (await WaitAsync(script, TimeSpan.FromMinutes(2))).ShouldBeTrue("the walkthrough did not finish in 2 minutes");
            var text = await output + await errors;
            script.ExitCode.ShouldBe(0, text);
            text.ShouldContain("Archived");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process Start(string file, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
    }

    private static async Task<bool> WaitAsync(Process process, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cts.Token); return true; }
        catch (OperationCanceledException) { process.Kill(true); return false; }
    }
}
