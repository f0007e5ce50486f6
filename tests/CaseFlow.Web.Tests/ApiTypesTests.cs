using System.Text.Json.Nodes;

namespace CaseFlow.Web.Tests;

/// <summary>The web app's generated API types and its copy of the activity descriptors cannot drift from the live server.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTypesTests(WebFixture web)
{
    [Fact]
    public async Task The_checked_in_api_types_are_what_openapi_typescript_makes_of_the_live_document()
    {
        using var http = new HttpClient { BaseAddress = web.Server.BaseAddress };
        var document = await http.GetStringAsync("/openapi/v1.json");
        var folder = Directory.CreateTempSubdirectory("caseflow-api-").FullName;
        try
        {
            var input = Path.Combine(folder, "openapi.json");
            var output = Path.Combine(folder, "schema.d.ts");
            await File.WriteAllTextAsync(input, document);
            var (exitCode, log) = await NodeTool.NpxAsync("openapi-typescript", input, "-o", output);
            exitCode.ShouldBe(0, log);
            var expected = await File.ReadAllTextAsync(output);
            var checkedIn = await File.ReadAllTextAsync(Path.Combine(WebServer.WebAppDir, "src", "api", "schema.d.ts"));
            Normalize(checkedIn).ShouldBe(Normalize(expected), "src/CaseFlow.Web/src/api/schema.d.ts is stale: run `npm run gen:api` with the server running.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_vitest_fixture_holds_the_servers_activity_descriptors()
    {
        using var http = await web.Server.BearerClientAsync("designer", "CaseFlow-designer-2026");
        var live = JsonNode.Parse(await http.GetStringAsync("/api/definitions/activities"));
        var fixture = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(WebServer.WebAppDir, "test", "fixtures", "activities.json")));
        JsonNode.DeepEquals(live, fixture).ShouldBeTrue(
            "src/CaseFlow.Web/test/fixtures/activities.json differs from GET /api/definitions/activities: run `npm run gen:api` with the server running.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Trim();
}
