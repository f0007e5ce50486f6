using System.Text.Json.Nodes;
using CaseFlow.Workflows.Runtime;
using CaseFlow.Workflows.Tests.Support;

namespace CaseFlow.Workflows.Tests;

public sealed class DecisionTests
{
    [Theory]
    [InlineData(50, "large")]
    [InlineData(5, "small")]
    public async Task Decision_routes_a_boolean_to_the_true_or_false_port(int amount, string expected)
    {
        var definition = Flow.Start()
            .Then("decide", Act.Decision("vars.amount > 10"))
            .Then("large", Act.End("large"), port: "true")
            .From("decide").Then("small", Act.End("small"), port: "false")
            .Build();
        var host = new TestHost();

        var (state, _) = await host.StartAsync(definition, new JsonObject { ["amount"] = amount });

        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Outcome.ShouldBe(expected);
    }

    [Theory]
    [InlineData("individual", "person")]
    [InlineData("company", "firm")]
    [InlineData("other", "else")]
    public async Task Decision_routes_to_the_port_its_expression_names(string kind, string expected)
    {
        var definition = Flow.Start()
            .Then("decide", Act.Decision("vars.applicant.kind", "individual", "company", "other"))
            .Then("person", Act.End("person"), port: "individual")
            .From("decide").Then("firm", Act.End("firm"), port: "company")
            .From("decide").Then("else", Act.End("else"), port: "other")
            .Build();
        var host = new TestHost();

        var (state, _) = await host.StartAsync(definition, new JsonObject { ["applicant"] = new JsonObject { ["kind"] = kind } });

        state.Outcome.ShouldBe(expected);
    }

    [Fact]
    public async Task Decision_reads_the_case_snapshot_as_it_is_when_the_decision_runs()
    {
        var definition = Flow.Start()
            .Then("register", Act.HumanTask())
            .Then("decide", Act.Decision("case.applicant.age >= 18 && vars.channel === 'window' ? 'adult' : 'minor'", "adult", "minor"))
            .Then("adult", Act.End("adult"), port: "adult")
            .From("decide").Then("minor", Act.End("minor"), port: "minor")
            .Build();
        var host = new TestHost();
        var age = 16;
        // The subject changes between steps; the expression must see the value at evaluation time.
        var options = new RunOptions { SubjectSnapshot = () => new JsonObject { ["applicant"] = new JsonObject { ["age"] = age } } };
        var (state, _) = await host.StartAsync(definition, new JsonObject { ["channel"] = "window" }, options);

        age = 18;
        await host.ResumeAsync(definition, state, "register", options: options);

        state.Outcome.ShouldBe("adult");
    }

    [Theory]
    [InlineData(75, "pass")]
    [InlineData(40, "fail")]
    public async Task An_expression_evaluated_on_resume_reads_the_resume_data_as_input(int score, string expected)
    {
        var definition = Flow.Start()
            .Then("exam", Act.Approve("input.score >= vars.passMark ? 'pass' : 'fail'", "pass", "fail"))
            .Then("pass", Act.End("pass"), port: "pass")
            .From("exam").Then("fail", Act.End("fail"), port: "fail")
            .Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition, new JsonObject { ["passMark"] = 60 });

        await host.ResumeAsync(definition, state, "exam", data: new JsonObject { ["score"] = score });

        state.Outcome.ShouldBe(expected);
    }

    [Fact]
    public async Task Decision_whose_expression_names_no_port_of_it_becomes_an_incident()
    {
        var definition = Flow.Start()
            .Then("decide", Act.Decision("vars.kind", "a", "b"))
            .Then("a", Act.End("a"), port: "a")
            .From("decide").Then("b", Act.End("b"), port: "b")
            .Build();
        var host = new TestHost();

        var (state, result) = await host.StartAsync(definition, new JsonObject { ["kind"] = "c" });

        state.Status.ShouldBe(WorkflowStatus.Faulted);
        var incident = result.CreatedIncidents.ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("decide");
        incident.Message.ShouldContain("'c'");
        state.Tokens.ShouldHaveSingleItem().Status.ShouldBe(TokenStatus.Faulted);
    }
}
