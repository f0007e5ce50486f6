namespace CaseFlow.Web.Tests;

/// <summary>The web app's unit tests (property-panel generator, diff, undo/redo, clipboard) are part of `dotnet test`.</summary>
[Collection(WebCollection.Name)] // serial with the browser tests, so the speed figure is not measured under a parallel Vitest run
public sealed class VitestTests
{
    [Fact]
    public async Task The_web_apps_vitest_suite_passes()
    {
        var (exitCode, output) = await NodeTool.NpxAsync("vitest", "run");
        exitCode.ShouldBe(0, output);
        output.ShouldContain("passed");
        output.ShouldNotContain(" failed");
    }
}
