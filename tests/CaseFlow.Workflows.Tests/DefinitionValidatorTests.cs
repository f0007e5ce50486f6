using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Tests.Support;

namespace CaseFlow.Workflows.Tests;

public sealed class DefinitionValidatorTests
{
    private static DefinitionValidator Validator() => new(new ActivityRegistry(ActivityRegistry.BuiltIns()), new ExpressionEvaluator());

    [Fact]
    public void Every_problem_of_a_broken_definition_is_listed_at_once()
    {
        var definition = DefinitionJson.Parse("""
            {
              "definitionId": "broken",
              "name": "有问题的流程",
              "root": {
                "activities": [
                  { "id": "start", "type": "Start" },
                  { "id": "start2", "type": "Start" },
                  { "id": "mystery", "type": "Teleport" },
                  { "id": "review", "type": "HumanTask", "props": { "title": "审查" } },
                  { "id": "decide", "type": "Decision", "props": { "expression": "vars.amount >" } },
                  { "id": "join", "type": "Join", "props": { "forkId": "review" } },
                  { "id": "trap", "type": "HumanTask", "props": { "title": "原地打转", "role": "clerk" } },
                  { "id": "orphan", "type": "SetVariable", "props": { "name": "x", "expression": "1" } },
                  { "id": "end", "type": "End" }
                ],
                "connections": [
                  { "from": "start", "to": "review" },
                  { "from": "start", "to": "review" },
                  { "from": "review", "to": "decide" },
                  { "from": "review", "port": "maybe", "to": "end" },
                  { "from": "decide", "port": "true", "to": "end" },
                  { "from": "decide", "port": "false", "to": "trap" },
                  { "from": "trap", "to": "trap" },
                  { "from": "start2", "to": "mystery" },
                  { "from": "mystery", "to": "join" },
                  { "from": "join", "to": "end" },
                  { "from": "orphan", "to": "end" },
                  { "from": "ghost", "to": "end" }
                ]
              }
            }
            """);

        var problems = Validator().Validate(definition);

        string[] expected = ["start", "unknown-type", "unknown-port", "dangling", "duplicate-connection",
            "unreachable", "no-end", "required-prop", "expression", "join-fork"];
        expected.Except(problems.Select(p => p.Code)).ShouldBeEmpty();
        problems.ShouldContain(p => p.Code == "required-prop" && p.Path == "activities[review].props.role");
        problems.ShouldContain(p => p.Code == "unknown-type" && p.Path == "activities[mystery].type");
        problems.ShouldContain(p => p.Code == "unknown-port" && p.Message.Contains("'maybe'"));
        problems.ShouldContain(p => p.Code == "dangling" && p.Message.Contains("'ghost'"));
        problems.ShouldContain(p => p.Code == "unreachable" && p.Path == "activities[orphan]");
        problems.ShouldContain(p => p.Code == "no-end" && p.Path == "activities[trap]");
        problems.ShouldContain(p => p.Code == "expression" && p.Path == "activities[decide].props.expression");
        problems.ShouldContain(p => p.Code == "join-fork" && p.Path == "activities[join].props.forkId");
        // Only the trap is stuck: everything else reaches the End.
        problems.Where(p => p.Code == "no-end").Select(p => p.Path).ShouldBe(["activities[trap]"]);
    }

    [Fact]
    public void A_sound_definition_has_no_problems()
    {
        var definition = Flow.Start()
            .Then("fork", Act.Fork())
            .Then("a", Act.HumanTask("ok", "no")).Then("join", Act.Join("fork"), port: "ok")
            .From("a").Then("join", port: "no")
            .From("fork").Then("b", Act.Delay("P2D")).Then("join")
            .From("join").Then("end", Act.End("approved"))
            .Build();

        Validator().Validate(definition).ShouldBeEmpty();
    }

    [Fact]
    public void A_decision_leaving_by_a_port_it_does_not_declare_is_an_unknown_port()
    {
        var definition = Flow.Start()
            .Then("decide", Act.Decision("vars.kind", "a", "b"))
            .Then("end", Act.End(), port: "a")
            .From("decide").Then("end", port: "b")
            .From("decide").Then("end", port: "c")
            .Build();

        Validator().Validate(definition).ShouldHaveSingleItem().Code.ShouldBe("unknown-port");
    }

    [Fact]
    public void A_host_adds_its_own_props_to_every_human_task_and_the_validator_checks_them()
    {
        var budget = new PropDescriptor("budget", "预算", new System.Text.Json.Nodes.JsonObject { ["type"] = "integer" });
        var registry = new ActivityRegistry(ActivityRegistry.BuiltIns(taskProps: [budget]));
        registry.Get(HumanTaskActivity.TypeName).Descriptor.Props.ShouldContain(budget);
        new ActivityRegistry(ActivityRegistry.BuiltIns()).Get(HumanTaskActivity.TypeName).Descriptor.Props.ShouldNotContain(p => p.Name == "budget");
        var definition = Flow.Start().Then("task", Act.HumanTask("done")).Then("end", Act.End()).Build();
        definition.FindActivity("task")!.Props["budget"] = "many";

        var problems = new DefinitionValidator(registry, new ExpressionEvaluator()).Validate(definition);

        problems.ShouldHaveSingleItem().Path.ShouldBe("activities[task].props.budget");
    }
}
