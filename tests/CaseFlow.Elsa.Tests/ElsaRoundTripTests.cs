using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa.Tests;

/// <summary>Export writes what the importer (and Elsa's) reads: Elsa → CaseFlow → Elsa → CaseFlow gives the same definition.</summary>
public sealed class ElsaRoundTripTests
{
    public static TheoryData<string> Fixtures() => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json").Select(f => Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Importing_the_export_of_an_import_gives_the_same_definition(string fixture)
    {
        var first = ElsaImporter.Import(ElsaHarness.Fixture(fixture)).Definition!;
        var again = ElsaImporter.Import(ElsaExporter.ExportJson(first));

        DefinitionJson.Serialize(again.Definition!).ShouldBe(DefinitionJson.Serialize(first));
    }

    [Fact]
    public void The_export_has_elsa_shape_nested_connections_and_positions()
    {
        var definition = new ElsaHarness().ImportValid("decision.json");
        var doc = ElsaExporter.Export(definition);

        doc["$schema"]!.GetValue<string>().ShouldBe(ElsaExporter.Schema);
        doc["definitionId"]!.GetValue<string>().ShouldBe("age-check");
        doc["root"]!["type"]!.GetValue<string>().ShouldBe("Elsa.Flowchart");
        var decision = doc["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "decision1")!;
        decision["type"]!.GetValue<string>().ShouldBe("Elsa.FlowDecision");
        decision["condition"]!["expression"]!["type"]!.GetValue<string>().ShouldBe("JavaScript");
        decision["condition"]!["expression"]!["value"]!.GetValue<string>().ShouldBe("getVariable('Age') >= 18");
        decision["metadata"]!["designer"]!["position"]!["x"]!.GetValue<double>().ShouldBeGreaterThan(0);
        doc["root"]!["connections"]!.AsArray().ShouldContain(c => c!["source"]!["activity"]!.GetValue<string>() == "decision1" && c["source"]!["port"]!.GetValue<string>() == "True");
        doc["variables"]!.AsArray().Single()!["typeName"]!.GetValue<string>().ShouldBe("Int64");
    }

    [Theory]
    [InlineData("decision-merge.json", "Merge", "done-merge")]
    [InlineData("decision-converge.json", "Converge", "done-converge")]
    public void A_merge_the_import_put_before_an_activity_exports_as_that_activitys_merge_mode(string fixture, string mode, string merge)
    {
        var doc = ElsaExporter.Export(ElsaImporter.Import(ElsaHarness.Fixture(fixture)).Definition!);

        var activities = doc["root"]!["activities"]!.AsArray();
        activities.ShouldNotContain(a => a!["id"]!.GetValue<string>() == merge);
        activities.Single(a => a!["id"]!.GetValue<string>() == "done")!["customProperties"]!["mergeMode"]!.GetValue<string>().ShouldBe(mode);
        doc["root"]!["connections"]!.AsArray().Count(c => c!["target"]!["activity"]!.GetValue<string>() == "done").ShouldBe(2);
    }

    [Fact]
    public void Our_own_activities_travel_as_custom_types_and_come_back_unchanged()
    {
        var definition = new WorkflowDefinition
        {
            DefinitionId = "native",
            Name = "原生流程",
            Variables = new JsonObject { ["approved"] = false, ["limit"] = 3 },
            Root = new Flowchart
            {
                Activities =
                [
                    new ActivityNode { Id = "start", Type = "Start" },
                    new ActivityNode { Id = "review", Type = "HumanTask", Name = "受理审查", Props = new JsonObject { ["title"] = "审查", ["role"] = "clerk", ["outcomes"] = new JsonArray("pass", "fail") } },
                    new ActivityNode { Id = "check", Type = "Decision", Props = new JsonObject { ["expression"] = "vars.approved === true" } },
                    new ActivityNode { Id = "wait", Type = "WaitForEvent", Props = new JsonObject { ["eventName"] = "mail.delivered", ["correlation"] = "vars.waybill" } },
                    new ActivityNode { Id = "end", Type = "End", Props = new JsonObject { ["outcome"] = "approved" } },
                    new ActivityNode { Id = "rejected", Type = "End", Props = new JsonObject { ["outcome"] = "rejected" } },
                ],
                Connections =
                [
                    new Connection { From = "start", To = "review" },
                    new Connection { From = "review", Port = "pass", To = "check" },
                    new Connection { From = "review", Port = "fail", To = "rejected" },
                    new Connection { From = "check", Port = "true", To = "wait" },
                    new Connection { From = "check", Port = "false", To = "rejected" },
                    new Connection { From = "wait", To = "end" },
                ],
            },
        };
        var doc = ElsaExporter.Export(definition);
        doc["root"]!["activities"]!.AsArray().Select(a => a!["type"]!.GetValue<string>())
            .ShouldBe(["Elsa.Start", "CaseFlow.HumanTask", "Elsa.FlowDecision", "CaseFlow.WaitForEvent", "Elsa.Complete", "Elsa.Complete"]);

        var back = ElsaImporter.Import(doc.ToJsonString());

        back.Problems.ShouldBeEmpty();
        DefinitionJson.Serialize(back.Definition!).ShouldBe(DefinitionJson.Serialize(definition));
    }
}
