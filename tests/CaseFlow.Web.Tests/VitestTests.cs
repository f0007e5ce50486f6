namespace CaseFlow.Web.Tests;

/// <summary>The web app's unit tests (property-panel generator, diff, undo/redo, clipboard) are part of `dotnet test`.</summary>
[Collection(WebCollection.Name)] // serial with SpeedTests (same collection), so the speed figure is not measured under a parallel Vitest run
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

/// <summary>Vite builds without type-checking: the compiler checks the whole app against the generated API types here.</summary>
[Collection(WebCollection.Name)]
public sealed class TypeCheckTests
{
    [Fact]
    public async Task The_web_app_type_checks_against_the_generated_api_types()
    {
        var (exitCode, output) = await NodeTool.NpxAsync("tsc", "--noEmit");
        exitCode.ShouldBe(0, output);
    }
}
