using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Runtime;

namespace CaseFlow.Elsa.Tests;

/// <summary>Each fixture, written from Elsa 3's documented format, imports cleanly and writes the lines Elsa's semantics produce.</summary>
public sealed class ElsaSemanticsTests
{
    private static Task<(ElsaHarness Harness, WorkflowState State)> Run(string fixture) => ElsaHarness.RunFixtureAsync(fixture);

    [Fact]
    public async Task Hello_world_writes_its_line_and_finishes()
    {
        var (h, state) = await Run("hello-world.json");
        h.LogLines.ShouldBe(["Hello World!"]);
        state.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task A_decision_takes_the_true_port_and_the_paths_meet_once()
    {
        var (h, _) = await Run("decision.json");
        h.LogLines.ShouldBe(["Adult", "Done"]);
    }

    [Fact]
    public async Task Variables_typed_with_clr_type_names_are_typed_too()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(ElsaHarness.Fixture("decision.json"))!;
        var age = doc["variables"]![0]!;
        age["typeName"] = "System.Int32, System.Private.CoreLib";
        age["value"] = "17";
        var h = new ElsaHarness();
        var result = ElsaImporter.Import(doc.ToJsonString());
        h.Problems(result).ShouldBeEmpty();
        result.Definition!.Variables["Age"]!.GetValue<long>().ShouldBe(17);

        await h.RunAsync(result.Definition);

        h.LogLines.ShouldBe(["Minor", "Done"]);
    }

    [Fact]
    public async Task A_wait_all_join_continues_once_after_every_branch()
    {
        var (h, state) = await Run("fork-join-all.json");
        h.LogLines.Count.ShouldBe(4);
        h.LogLines[..3].ShouldBe(["Left", "Right 1", "Right 2"], ignoreOrder: true);
        h.LogLines.IndexOf("Right 1").ShouldBeLessThan(h.LogLines.IndexOf("Right 2"));
        h.LogLines[^1].ShouldBe("Joined");
        state.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task A_wait_any_join_continues_on_the_first_branch_and_cancels_the_waiting_one()
    {
        var (h, state) = await Run("fork-join-any.json");
        h.LogLines.ShouldBe(["Fast", "First one wins"]);
        h.Journal.ShouldContain(j => j.ActivityId == "signed" && j.Event == JournalEvent.Cancelled);
        state.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Theory]
    [InlineData("merge-stream.json")]
    [InlineData("merge-merge.json")]
    [InlineData("merge-converge.json")]
    public async Task Stream_merge_and_converge_run_the_meeting_activity_once_after_both_branches(string fixture)
    {
        var (h, _) = await Run(fixture);
        h.LogLines.ShouldBe(["A", "B", "C"]);
    }

    [Fact]
    public async Task Cascade_runs_the_meeting_activity_once_per_arriving_branch()
    {
        var (h, state) = await Run("merge-cascade.json");
        h.LogLines.ShouldBe(["A", "C", "B", "C"]);
        state.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Race_runs_the_meeting_activity_on_the_first_arrival_only()
    {
        var (h, _) = await Run("merge-race.json");
        h.LogLines.ShouldBe(["A", "C"]);
    }

    [Fact]
    public async Task A_back_edge_from_a_decision_re_executes_the_loop_until_the_condition_fails()
    {
        var (h, state) = await Run("loop.json");
        h.LogLines.ShouldBe(["Iteration 1", "Iteration 2", "Iteration 3", "Done"]);
        state.Variables["Counter"]!.GetValue<long>().ShouldBe(3);
    }

    [Fact]
    public async Task A_nested_flowchart_and_a_sequence_run_inline_and_the_outer_flow_continues()
    {
        var (h, _) = await Run("nested.json");
        h.LogLines.ShouldBe(["Outer before", "Inner 1", "Inner 2", "Sequence 1", "Sequence 2", "Outer after"]);
    }

    [Fact]
    public void A_nested_flowcharts_activities_are_placed_from_where_the_flowchart_stood()
    {
        var definition = new ElsaHarness().ImportValid("nested.json");
        // The fixture puts the nested flowchart at (300, 100) and its first line at (200, 100) on its own canvas.
        definition.FindActivity("inner1")!.Designer.ShouldBe(new(300 + 200, 100 + 100));
        definition.FindActivity("before")!.Designer.ShouldBe(new(200, 100));
    }

    [Fact]
    public async Task ExecuteWorkflow_runs_the_child_with_the_given_inputs_and_keeps_its_output()
    {
        var h = new ElsaHarness();
        var child = h.ImportValid("child.json");
        h.Children[child.DefinitionId] = child;
        await h.RunAsync(h.ImportValid("parent.json"));
        h.LogLines.ShouldBe(["Parent start", "Hello Ada", "Parent end, Ada"]);
        h.ChildStates.Single().Variables[ElsaNames.Output + "Greeting"]!.GetValue<string>().ShouldBe("Hello Ada");
    }

    [Fact]
    public async Task A_workflow_definition_activity_passes_its_inputs_to_the_child()
    {
        var h = new ElsaHarness();
        var child = h.ImportValid("child.json");
        h.Children[child.DefinitionId] = child;
        await h.RunAsync(h.ImportValid("parent-activity.json"));
        h.LogLines.ShouldBe(["Parent start", "Hello Grace", "Parent end, Grace"]);
    }

    [Fact]
    public async Task A_delay_waits_on_a_timer_for_its_time_span()
    {
        var (h, _) = await Run("delay.json");
        var timer = h.Bookmarks.Single();
        timer.Kind.ShouldBe(BookmarkRequest.TimerKind);
        (timer.DueAtUtc!.Value - timer.CreatedAtUtc).ShouldBe(TimeSpan.FromSeconds(5));
        h.LogLines.ShouldBe(["Before", "After"]);
    }

    [Fact]
    public async Task An_event_waits_on_an_event_bookmark_of_its_name()
    {
        var (h, _) = await Run("event.json");
        var waiting = h.Bookmarks.Single();
        (waiting.Kind, waiting.Name).ShouldBe((BookmarkRequest.EventKind, "DocumentSigned"));
        h.LogLines.ShouldBe(["Signed"]);
    }

    [Fact]
    public async Task The_legacy_flat_connection_format_is_read()
    {
        var (h, _) = await Run("legacy-flat.json");
        h.LogLines.ShouldBe(["Legacy"]);
    }

    [Fact]
    public async Task A_document_with_a_bom_a_schema_and_no_start_activity_starts_at_its_root_activity()
    {
        var (h, state) = await Run("schema-bom.json");
        h.LogLines.ShouldBe(["你好，世界"]);
        state.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task A_script_sets_variables_a_switch_routes_on_them_and_name_and_correlation_are_kept()
    {
        var (h, state) = await Run("switch-script.json");
        h.LogLines.ShouldBe(["Green 42"]);
        state.Variables[ElsaNames.InstanceName]!.GetValue<string>().ShouldBe("Switch run");
        state.Variables[ElsaNames.CorrelationId]!.GetValue<string>().ShouldBe("c-42");
    }

    [Fact]
    public async Task A_fault_raises_an_incident_with_its_code_and_message()
    {
        var (h, state) = await Run("fault.json");
        h.LogLines.ShouldBe(["Before fault"]);
        state.Incidents.Single().Message.ShouldBe("[E42] Something broke");
        state.Status.ShouldBe(WorkflowStatus.Faulted);
    }

    [Fact]
    public void Designer_positions_and_names_are_kept()
    {
        var definition = new ElsaHarness().ImportValid("hello-world.json");
        var node = definition.FindActivity("writeLine1")!;
        node.Designer.ShouldNotBeNull();
        node.Designer.X.ShouldBe(200);
        node.Name.ShouldBe("writeLine1");
        definition.DefinitionId.ShouldBe("hello-world");
        definition.Name.ShouldBe("Hello World");
    }
}
