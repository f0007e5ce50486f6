using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;
using CaseFlow.Workflows.Tests.Support;

namespace CaseFlow.Workflows.Tests;

public sealed class EndAndIncidentTests
{
    [Fact]
    public async Task A_top_level_End_finishes_the_instance_with_its_outcome()
    {
        var definition = DefinitionJson.Parse("""
            {
              "definitionId": "simple",
              "name": "简单流程",
              "root": {
                "activities": [
                  { "id": "start", "type": "Start" },
                  { "id": "accept", "type": "HumanTask", "props": { "title": "受理", "role": "window" } },
                  { "id": "end", "type": "End", "props": { "outcome": "approved" } }
                ],
                "connections": [
                  { "from": "start", "to": "accept" },
                  { "from": "accept", "port": "done", "to": "end" }
                ]
              }
            }
            """);
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        var result = await host.ResumeAsync(definition, state, "accept");

        result.Finished.ShouldBeTrue();
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Outcome.ShouldBe("approved");
        state.Tokens.ShouldBeEmpty();
        state.Bookmarks.ShouldBeEmpty();
    }

    [Fact]
    public async Task Resuming_a_finished_instance_is_refused()
    {
        var definition = Flow.Start().Then("task", Act.HumanTask()).Then("end", Act.End()).Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);
        var bookmark = TestHost.OpenBookmark(state, "task");
        await host.ResumeAsync(definition, state, "task");

        await Should.ThrowAsync<WorkflowStateException>(() =>
            host.Runner.ResumeAsync(definition, state, bookmark.Id, new ResumeInput(), new RunOptions()));
        state.Outcome.ShouldBe("done");
    }

    [Fact]
    public async Task An_expression_that_never_ends_becomes_an_incident_that_a_retry_clears_once_the_variable_is_fixed()
    {
        var definition = Flow.Start()
            .Then("decide", Act.Decision("while (vars.spin) {} 'go'", "go"))
            .Then("end", Act.End("went"), port: "go")
            .Build();
        var host = new TestHost();

        var watch = Stopwatch.StartNew();
        var (state, result) = await host.StartAsync(definition, new JsonObject { ["spin"] = true });
        watch.Stop();

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        state.Status.ShouldBe(WorkflowStatus.Faulted);
        var incident = result.CreatedIncidents.ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("decide");
        state.Incidents.ShouldHaveSingleItem().Id.ShouldBe(incident.Id);
        result.Journal.ShouldContain(j => j.Event == JournalEvent.Faulted && j.ActivityId == "decide");

        state.Variables["spin"] = false;
        var retry = await host.RetryAsync(definition, state, incident.Id);

        retry.ResolvedIncidents.ShouldBe([incident.Id]);
        state.Incidents.ShouldBeEmpty();
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Outcome.ShouldBe("went");
    }

    [Fact]
    public async Task An_activity_that_throws_becomes_an_incident_and_what_ran_before_it_stays_done()
    {
        var definition = Flow.Start()
            .Then("stamp", Act.SetVariable("stamped", "true"))
            .Then("risky", Act.Throw())
            .Then("end", Act.End())
            .Build();
        var host = new TestHost();

        var (state, result) = await host.StartAsync(definition, new JsonObject { ["broken"] = true });

        state.Status.ShouldBe(WorkflowStatus.Faulted);
        result.CreatedIncidents.ShouldHaveSingleItem().Message.ShouldBe("下游系统不可用");
        state.Variables["stamped"]!.GetValue<bool>().ShouldBeTrue();
        state.Tokens.ShouldHaveSingleItem().ActivityId.ShouldBe("risky");
    }

    [Fact]
    public async Task A_wrong_outcome_for_a_human_task_is_refused_with_an_input_error_not_an_incident()
    {
        var definition = Flow.Start()
            .Then("review", Act.HumanTask("pass", "reject"))
            .Then("end", Act.End(), port: "pass")
            .From("review").Then("refuse", Act.End("rejected"), port: "reject")
            .Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);
        var bookmark = TestHost.OpenBookmark(state, "review");

        var error = await Should.ThrowAsync<WorkflowInputException>(() =>
            host.Runner.ResumeAsync(definition, state, bookmark.Id, new ResumeInput("maybe"), new RunOptions()));

        error.Field.ShouldBe("outcome");
        state.Incidents.ShouldBeEmpty();
        state.Status.ShouldBe(WorkflowStatus.Running);
        state.Bookmarks.ShouldHaveSingleItem().ShouldBeSameAs(bookmark);
    }
}
