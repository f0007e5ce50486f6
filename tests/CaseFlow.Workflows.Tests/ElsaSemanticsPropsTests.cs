using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;
using CaseFlow.Workflows.Tests.Support;

namespace CaseFlow.Workflows.Tests;

/// <summary>End's scope, Merge's waitFor, SubWorkflow's outputs and Delay's repeat: the props Elsa's semantics need (docs/decisions.md, decision 32).</summary>
public sealed class ElsaSemanticsPropsTests
{
    private static NodeSpec End(string scope) => new("End", new JsonObject { ["scope"] = scope });

    private static NodeSpec MergeWaitingFor(params string[] sources) => new("Merge", new JsonObject { ["waitFor"] = new JsonArray(sources.Select(s => (JsonNode)s).ToArray()) });

    private static WorkflowDefinition ForkWithEndInOneBranch(NodeSpec end) => Flow.Start()
        .Then("fork", Act.Fork())
        .Then("review", Act.HumanTask()).Then("wait", Act.Delay("PT1H")).Then("join", Act.Join("fork")).Then("end", Act.End())
        .From("fork").Then("mail", Act.WaitForEvent("mail.delivered")).Then("join")
        // The branches run in order: the other two wait before this one ends.
        .From("fork").Then("quick", Act.SetVariable("x", "1")).Then("stop", end)
        .Build();

    [Fact]
    public async Task An_end_with_workflow_scope_inside_a_branch_finishes_the_instance_and_cancels_the_other_branches()
    {
        var host = new TestHost();

        var (state, result) = await host.StartAsync(ForkWithEndInOneBranch(End("workflow")));

        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Bookmarks.ShouldBeEmpty();
        result.RemovedBookmarks.Select(r => r.Bookmark.ActivityId).ShouldBe(["review", "mail"], ignoreOrder: true);
        result.RemovedBookmarks.ShouldAllBe(r => !r.Completed);
        host.JournalOf("review", JournalEvent.Cancelled).ShouldHaveSingleItem();
        host.JournalOf("mail", JournalEvent.Cancelled).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task An_end_without_a_scope_inside_a_branch_still_ends_only_that_branch()
    {
        var host = new TestHost();

        var (state, _) = await host.StartAsync(ForkWithEndInOneBranch(Act.End()));

        state.Status.ShouldBe(WorkflowStatus.Running);
        state.Bookmarks.Select(b => b.ActivityId).ShouldBe(["review", "mail"], ignoreOrder: true);
    }

    private static WorkflowDefinition DecisionThenMerge() => Flow.Start()
        .Then("decide", Act.Decision("vars.adult"))
        .Then("a", Act.SetVariable("path", "'a'"), port: "true").Then("merge", MergeWaitingFor("a", "b")).Then("after", Act.SetVariable("merged", "true")).Then("end", Act.End())
        .From("decide").Then("b", Act.SetVariable("path", "'b'"), port: "false").Then("merge")
        .Build();

    [Fact]
    public async Task A_merge_waiting_for_a_path_a_decision_did_not_take_never_continues_and_the_instance_keeps_waiting()
    {
        var host = new TestHost();

        var (state, _) = await host.StartAsync(DecisionThenMerge(), new JsonObject { ["adult"] = true });

        state.Status.ShouldBe(WorkflowStatus.Running);
        state.Bookmarks.ShouldBeEmpty();
        state.Tokens.ShouldHaveSingleItem().ShouldSatisfyAllConditions(t => t.ActivityId.ShouldBe("merge"), t => t.Status.ShouldBe(TokenStatus.Merging));
        state.Variables["path"]!.GetValue<string>().ShouldBe("a");
        host.JournalOf("after", JournalEvent.Started).ShouldBeEmpty();
        host.JournalOf("merge", JournalEvent.Suspended).ShouldHaveSingleItem().Message.ShouldBe("merge:b");
    }

    [Fact]
    public async Task A_merge_continues_once_when_a_token_has_come_from_each_path_it_waits_for()
    {
        var definition = Flow.Start()
            .Then("fork", Act.Fork())
            .Then("a", Act.HumanTask()).Then("merge", MergeWaitingFor("a", "b")).Then("after", Act.SetVariable("merged", "true")).Then("end", Act.End())
            .From("fork").Then("b", Act.HumanTask()).Then("merge")
            .Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        await host.ResumeAsync(definition, state, "a");
        host.JournalOf("after", JournalEvent.Started).ShouldBeEmpty();
        state.Status.ShouldBe(WorkflowStatus.Running);
        await host.ResumeAsync(definition, state, "b");

        host.JournalOf("after", JournalEvent.Started).ShouldHaveSingleItem();
        state.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task A_subworkflows_outputs_copy_the_named_child_variables_and_collect_a_prefix_into_one_object()
    {
        var outputs = new JsonObject { ["verdict"] = "reviewVerdict", ["out:*"] = "all" };
        var definition = Flow.Start()
            .Then("child", new NodeSpec("SubWorkflow", new JsonObject { ["definitionId"] = "joint-review", ["outputs"] = outputs }))
            .Then("end", Act.End()).Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        var child = new JsonObject { ["verdict"] = "approved", ["out:a"] = 1, ["out:b"] = "two", ["private"] = true };
        await host.ResumeAsync(definition, state, "child", data: child);

        state.Variables["reviewVerdict"]!.GetValue<string>().ShouldBe("approved");
        JsonNode.DeepEquals(state.Variables["all"], new JsonObject { ["a"] = 1, ["b"] = "two" }).ShouldBeTrue();
        state.Variables.ContainsKey("private").ShouldBeFalse();
    }

    [Fact]
    public async Task A_repeating_delay_runs_the_path_after_it_once_per_interval_and_an_end_there_ends_only_that_run()
    {
        var definition = Flow.Start()
            .Then("every", new NodeSpec("Delay", new JsonObject { ["duration"] = "PT1H", ["repeat"] = true }))
            .Then("log", new NodeSpec("Log", new JsonObject { ["message"] = "'tick'" })).Then("end", Act.End())
            .Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);
        var started = host.Clock.GetUtcNow().UtcDateTime;

        for (var i = 1; i <= 3; i++)
        {
            host.Clock.Advance(TimeSpan.FromHours(1));
            await host.ResumeAsync(definition, state, "every");
        }

        host.JournalOf("log", JournalEvent.Completed).Count().ShouldBe(3);
        host.JournalOf("end", JournalEvent.Completed).Count().ShouldBe(3);
        state.Status.ShouldBe(WorkflowStatus.Running);
        TestHost.OpenBookmark(state, "every").DueAtUtc.ShouldBe(started.AddHours(4));
    }

    [Fact]
    public async Task A_delay_without_repeat_fires_once()
    {
        var definition = Flow.Start().Then("wait", Act.Delay("PT1H")).Then("end", Act.End()).Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        await host.ResumeAsync(definition, state, "wait");

        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Bookmarks.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"duration": "PT1H", "repeat": "yes"}""", "Delay", "activities[x].props.repeat")]
    [InlineData("""{"scope": "everything"}""", "End", "activities[x].props.scope")]
    [InlineData("""{"definitionId": "c", "outputs": "all"}""", "SubWorkflow", "activities[x].props.outputs")]
    [InlineData("""{"definitionId": "c", "outputs": {"a*b": "v"}}""", "SubWorkflow", "activities[x].props")]
    [InlineData("""{"definitionId": "c", "outputs": {"a": ""}}""", "SubWorkflow", "activities[x].props")]
    [InlineData("""{"waitFor": ["ghost"]}""", "Merge", "activities[x].props.waitFor")]
    public void A_bad_scope_outputs_or_waitFor_is_a_problem_naming_the_field(string props, string type, string path)
    {
        var definition = Flow.Start().Then("x", new NodeSpec(type, (JsonObject)JsonNode.Parse(props)!)).Then("end", Act.End()).Build();
        if (type == "SubWorkflow") definition.FindActivity("x")!.Props.Remove("outcomes");

        var problems = new TestHost().Validator.Validate(definition);

        problems.ShouldContain(p => p.Path == path && (p.Message.Contains("scope") || p.Message.Contains("outputs") || p.Message.Contains("ghost") || p.Message.Contains("repeat")));
    }
}
