using System.Text.Json.Nodes;
using Shouldly;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests;

public sealed class DefinitionVersionTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task The_versions_list_counts_the_instances_still_running_on_each_version()
    {
        var clerk = await app.ClerkAsync();
        var designer = await app.DesignerAsync();
        var created = await ApplyAsync(clerk);
        var @case = await GetCaseAsync(clerk, created["id"]!.GetValue<long>());
        var definitionId = Str(@case["definitionId"]);
        var version = @case["definitionVersion"]!.GetValue<int>();

        int Running(JsonArray rows) => rows.Single(r => r!["version"]!.GetValue<int>() == version)!["runningInstances"]!.GetValue<int>();
        var before = Running(await GetArrayAsync(designer, $"/api/definitions/{definitionId}/versions"));
        before.ShouldBeGreaterThanOrEqualTo(1);

        await ApplyAsync(clerk);
        Running(await GetArrayAsync(designer, $"/api/definitions/{definitionId}/versions")).ShouldBe(before + 1);
        var latest = (await GetArrayAsync(designer, "/api/definitions")).Single(r => Str(r!["definitionId"]) == definitionId)!;
        latest["version"]!.GetValue<int>().ShouldBe(version);
        latest["runningInstances"]!.GetValue<int>().ShouldBe(before + 1);
    }
}
