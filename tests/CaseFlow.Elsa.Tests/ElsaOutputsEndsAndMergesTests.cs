using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Runtime;

namespace CaseFlow.Elsa.Tests;

/// <summary>
/// Where our engine once differed from Elsa (docs/decisions.md, decision 32): a child's outputs reach the parent, an End inside a
/// fork ends the workflow, and Merge and Converge after a decision wait for the path not taken (for good, as in Elsa 3.6).
/// </summary>
public sealed class ElsaOutputsEndsAndMergesTests
{
    [Fact]
    public async Task ExecuteWorkflows_result_bound_to_a_variable_receives_the_childs_output_dictionary()
    {
        var (h, state) = await ElsaHarness.RunFixtureAsync("parent-result.json", "child.json");

        h.LogLines.ShouldBe(["Parent start", "Hello Ada", "Parent got Hello Ada"]);
        state.Variables["ChildOutput"]!.ToJsonString().ShouldBe("""{"Greeting":"Hello Ada"}""");
    }

    [Fact]
    public async Task A_workflow_definition_activitys_declared_output_bound_to_a_variable_reaches_the_parent()
    {
        var (h, state) = await ElsaHarness.RunFixtureAsync("parent-activity-output.json", "child.json");

        h.LogLines.ShouldBe(["Parent start", "Hello Grace", "Parent got Hello Grace"]);
        state.Variables["Greeting"]!.GetValue<string>().ShouldBe("Hello Grace");
    }

    [Fact]
    public async Task An_end_inside_a_fork_completes_the_workflow_and_cancels_the_waiting_branch()
    {
        var (h, state) = await ElsaHarness.RunFixtureAsync("fork-end.json");

        h.LogLines.ShouldBe(["Quick"]);
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Bookmarks.ShouldBeEmpty();
        h.Journal.ShouldContain(j => j.ActivityId == "signed" && j.Event == JournalEvent.Cancelled);
    }

    [Fact]
    public void Only_an_end_a_fork_leads_to_gets_the_workflow_scope()
    {
        var h = new ElsaHarness();
        h.ImportValid("fork-end.json").FindActivity("end1")!.PropString("scope").ShouldBe(EndActivity.WorkflowScope);
        h.ImportValid("hello-world.json").Root.Activities.Where(a => a.Type == EndActivity.TypeName).ShouldAllBe(a => a.PropString("scope") == null);
    }

    [Theory]
    [InlineData("decision-merge.json", "Merge")]
    [InlineData("decision-converge.json", "Converge")]
    public async Task Merge_and_converge_after_a_decision_wait_for_the_path_not_taken_for_good_and_say_so(string fixture, string mode)
    {
        var h = new ElsaHarness();
        var result = ElsaImporter.Import(ElsaHarness.Fixture(fixture));
        h.Problems(result).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.Code.ShouldBe("elsa-merge-never-continues"), p => p.Path.ShouldBe("activities[done].customProperties.mergeMode"), p => p.Message.ShouldContain(mode));

        var state = await h.RunAsync(result.Definition!);

        h.LogLines.ShouldBe(["Adult"]);
        state.Status.ShouldBe(WorkflowStatus.Running);
        state.Bookmarks.ShouldBeEmpty();
        state.Tokens.ShouldHaveSingleItem().Status.ShouldBe(TokenStatus.Merging);
        h.Journal.ShouldNotContain(j => j.ActivityId == "done");
    }

    [Theory]
    [InlineData("decision.json")]
    [InlineData("decision-race.json")]
    [InlineData("decision-cascade.json")]
    public async Task Stream_race_and_cascade_after_a_decision_run_the_meeting_activity_once(string fixture)
    {
        var (h, _) = await ElsaHarness.RunFixtureAsync(fixture);

        h.LogLines.ShouldBe(["Adult", "Done"]);
    }
}
