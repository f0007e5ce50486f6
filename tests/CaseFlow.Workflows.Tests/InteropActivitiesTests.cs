using System.Text.Json.Nodes;
using CaseFlow.Workflows.Runtime;
using CaseFlow.Workflows.Tests.Support;

namespace CaseFlow.Workflows.Tests;

/// <summary>Log, Script, Switch, Merge and Fault: the activities added for Elsa definitions (issue 15).</summary>
public sealed class InteropActivitiesTests
{
    private static NodeSpec Spec(string type, JsonObject props) => new(type, props);

    [Fact]
    public async Task Log_writes_its_message_into_the_completed_journal_entry()
    {
        var host = new TestHost();
        var flow = Flow.Start().Then("log", Spec("Log", new() { ["message"] = "'第 ' + (vars.n + 1) + ' 次'" })).Then("end", Act.End())
            .WithVariables(new JsonObject { ["n"] = 1 }).Build();
        await host.StartAsync(flow);
        host.JournalOf("log", JournalEvent.Completed).Single().Message.ShouldBe("第 2 次");
    }

    [Fact]
    public async Task Script_writes_back_the_variables_it_changed_through_the_helpers()
    {
        var host = new TestHost();
        var flow = Flow.Start().Then("script", Spec("Script", new() { ["script"] = "setVariable('a', getVariable('a') * 2);\nvariables.b = 'new';" }))
            .Then("end", Act.End()).WithVariables(new JsonObject { ["a"] = 21, ["keep"] = "same" }).Build();
        var (state, _) = await host.StartAsync(flow);
        state.Variables["a"]!.GetValue<long>().ShouldBe(42);
        state.Variables["b"]!.GetValue<string>().ShouldBe("new");
        state.Variables["keep"]!.GetValue<string>().ShouldBe("same");
    }

    [Theory]
    [InlineData(5, "small")]
    [InlineData(50, "large")]
    [InlineData(-1, "default")]
    public async Task Switch_takes_the_first_true_case_else_default(int value, string port)
    {
        var host = new TestHost();
        var cases = new JsonArray(
            new JsonObject { ["label"] = "small", ["condition"] = "vars.v >= 0 && vars.v < 10" },
            new JsonObject { ["label"] = "large", ["condition"] = "vars.v >= 0" });
        var flow = Flow.Start().Then("switch", Spec("Switch", new() { ["cases"] = cases })).Then("small", Act.End("small"))
            .From("switch").Then("large", Act.End("large"), port: "large").From("switch").Then("other", Act.End("default"), port: "default")
            .WithVariables(new JsonObject { ["v"] = value }).Build();
        flow.Root.Connections.Single(c => c.From == "switch" && c.To == "small").Port = "small";
        var (state, _) = await host.StartAsync(flow);
        state.Outcome.ShouldBe(port);
    }

    [Fact]
    public void Switch_without_a_label_or_condition_is_refused_by_the_validator()
    {
        var flow = Flow.Start().Then("switch", Spec("Switch", new() { ["cases"] = new JsonArray(new JsonObject { ["label"] = "x" }) }))
            .Then("end", Act.End(), port: "default").Build();
        new TestHost().Validator.Validate(flow).ShouldContain(p => p.Path == "activities[switch].props" && p.Message.Contains("condition"));
    }

    [Fact]
    public async Task Merge_lets_each_arrival_pass()
    {
        var host = new TestHost();
        var flow = Flow.Start().Then("merge", Spec("Merge", [])).Then("end", Act.End()).Build();
        var (state, _) = await host.StartAsync(flow);
        state.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Fault_parks_the_token_with_an_incident_carrying_code_and_message()
    {
        var host = new TestHost();
        var flow = Flow.Start().Then("fault", Spec("Fault", new() { ["message"] = "材料缺失", ["code"] = "E1" })).Then("end", Act.End()).Build();
        var (state, _) = await host.StartAsync(flow);
        state.Status.ShouldBe(WorkflowStatus.Faulted);
        state.Incidents.Single().Message.ShouldBe("[E1] 材料缺失");
    }
}
