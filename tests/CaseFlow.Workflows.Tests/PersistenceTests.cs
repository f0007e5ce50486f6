using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;
using CaseFlow.Workflows.Tests.Support;

namespace CaseFlow.Workflows.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task State_saved_as_JSON_between_steps_resumes_where_it_left_off()
    {
        var definition = Flow.Start()
            .Then("fork", Act.Fork())
            .Then("review", Act.HumanTask("ok", "no")).Then("join", Act.Join("fork"), port: "ok")
            .From("review").Then("join", port: "no")
            .From("fork").Then("delivery", Act.WaitForEvent("courier.delivered", "vars.waybill")).Then("join")
            .From("join").Then("end", Act.End("done"))
            .Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition, new JsonObject { ["waybill"] = "SF9" });
        await host.ResumeAsync(definition, state, "review", "ok", new JsonObject { ["opinion"] = "同意" });

        var json = JsonSerializer.Serialize(state, DefinitionJson.Options);
        var restored = JsonSerializer.Deserialize<WorkflowState>(json, DefinitionJson.Options)!;

        JsonSerializer.Serialize(restored, DefinitionJson.Options).ShouldBe(json);
        restored.Tokens.ShouldHaveSingleItem().BranchId.ShouldBe("delivery");
        restored.Forks.ShouldHaveSingleItem().Arrived.ShouldBe(["review"]);
        TestHost.OpenBookmark(restored, "delivery").CorrelationKey.ShouldBe("SF9");

        var result = await host.ResumeAsync(definition, restored, "delivery");

        result.Finished.ShouldBeTrue();
        restored.Outcome.ShouldBe("done");
        restored.Variables["branches"]!["review"]!["review"]!["opinion"]!.GetValue<string>().ShouldBe("同意");
    }

    [Fact]
    public void ContentHash_ignores_version_and_publishing_flags_but_not_the_content()
    {
        var definition = Flow.Start().Then("accept", Act.HumanTask()).Then("end", Act.End()).Build();
        var hash = DefinitionJson.ContentHash(definition);

        var republished = DefinitionJson.Clone(definition);
        republished.Version = 7;
        republished.IsPublished = true;
        republished.IsLatest = true;
        DefinitionJson.ContentHash(republished).ShouldBe(hash);

        var edited = DefinitionJson.Clone(definition);
        edited.FindActivity("accept")!.Props["role"] = "director";
        DefinitionJson.ContentHash(edited).ShouldNotBe(hash);
    }

    [Fact]
    public void A_definition_survives_its_JSON_form()
    {
        var definition = Flow.Start().Then("decide", Act.Decision("vars.x > 1")).Then("end", Act.End("big"), port: "true")
            .From("decide").Then("end", port: "false").Build();

        var json = DefinitionJson.Serialize(definition);

        json.ShouldContain("\"from\": \"decide\"");
        DefinitionJson.Serialize(DefinitionJson.Parse(json)).ShouldBe(json);
        DefinitionJson.ContentHash(DefinitionJson.Parse(json)).ShouldBe(DefinitionJson.ContentHash(definition));
    }
}
