using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Web.Tests;

/// <summary>POST /api/definitions/dry-run: the engine runs a draft in memory against a scratch case and answers the path.</summary>
[Collection(WebCollection.Name)]
public sealed class DryRunTests(WebFixture web)
{
    private static string[] Completed(JsonNode result) => result["path"]!.AsArray()
        .Where(s => s!["event"]!.GetValue<string>() == "Completed").Select(s => s!["activityId"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task A_dry_run_follows_the_chosen_outcomes_and_the_scratch_case_to_the_end_and_saves_nothing()
    {
        using var http = await web.Server.BearerClientAsync("designer", "CaseFlow-designer-2026");
        var definition = JsonNode.Parse(await http.GetStringAsync("/api/definitions/local-approval"))!;
        var versionsBefore = JsonNode.Parse(await http.GetStringAsync("/api/definitions/local-approval/versions"))!.AsArray().Count;

        var response = await http.PostAsJsonAsync("/api/definitions/dry-run", new JsonObject
        {
            ["definition"] = definition.DeepClone(),
            ["case"] = new JsonObject { ["deliveryMethod"] = "window" },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        result["status"]!.GetValue<string>().ShouldBe("finished");
        Completed(result).ShouldBe(["start", "intake", "review", "accept", "approval", "delivery", "localIssuance", "archive", "end"]);
        result["visited"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldContain("end");

        var rejected = await http.PostAsJsonAsync("/api/definitions/dry-run", new JsonObject
        {
            ["definition"] = definition.DeepClone(),
            ["choices"] = new JsonObject { ["review"] = "reject" },
        });
        var rejectedPath = Completed((await rejected.Content.ReadFromJsonAsync<JsonObject>())!);
        rejectedPath.ShouldBe(["start", "intake", "review", "serveDecision", "archive", "end"]);

        JsonNode.Parse(await http.GetStringAsync("/api/definitions/local-approval/versions"))!.AsArray().Count.ShouldBe(versionsBefore);
        using var admin = await web.Server.BearerClientAsync("admin", "CaseFlow-admin-2026");
        JsonNode.Parse(await admin.GetStringAsync("/api/cases"))!["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task An_invalid_draft_answers_its_problems_and_a_choice_of_an_unknown_port_is_refused()
    {
        using var http = await web.Server.BearerClientAsync("designer", "CaseFlow-designer-2026");
        var definition = JsonNode.Parse(await http.GetStringAsync("/api/definitions/local-approval"))!;

        var broken = definition.DeepClone();
        broken["root"]!["connections"]!.AsArray().RemoveAt(0);
        var invalid = (await (await http.PostAsJsonAsync("/api/definitions/dry-run", new JsonObject { ["definition"] = broken })).Content.ReadFromJsonAsync<JsonObject>())!;
        invalid["status"]!.GetValue<string>().ShouldBe("invalid");
        invalid["problems"]!.AsArray().ShouldNotBeEmpty();
        invalid["path"]!.AsArray().ShouldBeEmpty();

        var badChoice = await http.PostAsJsonAsync("/api/definitions/dry-run", new JsonObject
        {
            ["definition"] = definition.DeepClone(),
            ["choices"] = new JsonObject { ["review"] = "maybe" },
        });
        badChoice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badChoice.Content.ReadAsStringAsync()).ShouldContain("choices.review");
    }
}
