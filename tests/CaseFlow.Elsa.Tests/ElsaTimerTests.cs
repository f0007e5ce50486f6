using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Runtime;

namespace CaseFlow.Elsa.Tests;

/// <summary>
/// Elsa's Timer on our timers (docs/decisions.md, decision 32): inside a flow it waits one interval; as the workflow's trigger
/// (canStartWorkflow, or the activity the workflow starts with) it fires every interval, each firing running the rest once.
/// </summary>
public sealed class ElsaTimerTests
{
    [Fact]
    public async Task A_timer_inside_the_flow_waits_one_interval_and_continues_once()
    {
        var h = new ElsaHarness();
        var definition = h.ImportValid("timer.json");
        DelayActivity.Repeats(definition.FindActivity("timer1")!).ShouldBeFalse();

        var state = await h.RunAsync(definition);

        var timer = h.Bookmarks.ShouldHaveSingleItem();
        (timer.DueAtUtc!.Value - timer.CreatedAtUtc).ShouldBe(TimeSpan.FromSeconds(5));
        h.LogLines.ShouldBe(["Before", "After"]);
        state.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task A_timer_that_triggers_the_workflow_runs_the_rest_every_interval_and_keeps_waiting()
    {
        var h = new ElsaHarness();
        var definition = h.ImportValid("timer-trigger.json");
        var runner = h.Runner;
        var state = runner.NewInstance(definition);
        var journal = (await runner.StartAsync(definition, state, new RunOptions())).Journal;
        var first = state.Bookmarks.ShouldHaveSingleItem();
        (first.DueAtUtc!.Value - first.CreatedAtUtc).ShouldBe(TimeSpan.FromSeconds(5));

        for (var i = 0; i < 3; i++)
        {
            var timer = state.Bookmarks.ShouldHaveSingleItem();
            h.Clock.SetUtcNow(timer.DueAtUtc!.Value);
            journal.AddRange((await runner.ResumeAsync(definition, state, timer.Id, new ResumeInput(), new RunOptions())).Journal);
        }

        journal.Where(j => j.ActivityId == "tick" && j.Event == JournalEvent.Completed).Select(j => j.Message).ShouldBe(["Tick", "Tick", "Tick"]);
        state.Status.ShouldBe(WorkflowStatus.Running);
        state.Bookmarks.ShouldHaveSingleItem().DueAtUtc.ShouldBe(first.DueAtUtc.Value.AddSeconds(15));
    }

    [Fact]
    public void A_repeating_timer_exports_as_an_elsa_timer_marked_as_the_trigger()
    {
        var doc = ElsaExporter.Export(new ElsaHarness().ImportValid("timer-trigger.json"));

        var timer = doc["root"]!["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "timer1")!;
        timer["type"]!.GetValue<string>().ShouldBe("Elsa.Timer");
        timer["interval"]!["expression"]!["value"]!.GetValue<string>().ShouldBe("00:00:05");
        timer["customProperties"]!["canStartWorkflow"]!.GetValue<bool>().ShouldBeTrue();
    }
}
