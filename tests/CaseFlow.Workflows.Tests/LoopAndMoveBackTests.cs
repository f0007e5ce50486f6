using CaseFlow.Workflows.Runtime;
using CaseFlow.Workflows.Tests.Support;

namespace CaseFlow.Workflows.Tests;

public sealed class LoopAndMoveBackTests
{
    [Fact]
    public async Task A_loop_back_to_review_is_a_new_execution_with_a_new_bookmark()
    {
        var definition = Flow.Start()
            .Then("review", Act.HumanTask("pass", "supplement"))
            .Then("supplement", Act.WaitForEvent("supplemented"), port: "supplement")
            .Then("review")
            .From("review").Then("end", Act.End("approved"), port: "pass")
            .Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);
        var firstReview = TestHost.OpenBookmark(state, "review");

        await host.ResumeAsync(definition, state, "review", "supplement");
        var back = await host.ResumeAsync(definition, state, "supplement");

        var secondReview = back.CreatedBookmarks.ShouldHaveSingleItem();
        secondReview.ActivityId.ShouldBe("review");
        secondReview.Id.ShouldNotBe(firstReview.Id);
        state.Bookmarks.ShouldHaveSingleItem().ShouldBeSameAs(secondReview);

        await host.ResumeAsync(definition, state, "review", "pass");

        state.Status.ShouldBe(WorkflowStatus.Finished);
        host.JournalOf("review", JournalEvent.Started).Count().ShouldBe(2);
        host.JournalOf("review", JournalEvent.Completed).Select(j => j.Outcome).ShouldBe(["supplement", "pass"]);
        state.Executed.ShouldBe(["start", "review", "supplement", "end"]);
    }

    private static Definitions.WorkflowDefinition RegisterThenReview() => Flow.Start()
        .Then("register", Act.HumanTask())
        .Then("review", Act.HumanTask("pass", "reject"))
        .Then("end", Act.End("approved"), port: "pass")
        .From("review").Then("notify", Act.HumanTask(), port: "reject")
        .Then("refused", Act.End("rejected"))
        .Build();

    [Fact]
    public async Task MoveBack_to_an_executed_activity_cancels_the_current_bookmark_and_waits_at_the_target_again()
    {
        var definition = RegisterThenReview();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);
        var firstRegister = TestHost.OpenBookmark(state, "register");
        await host.ResumeAsync(definition, state, "register");
        var review = TestHost.OpenBookmark(state, "review");

        var result = await host.MoveBackAsync(definition, state, "review", "register", "材料不全，退回收件");

        var removed = result.RemovedBookmarks.ShouldHaveSingleItem();
        removed.Bookmark.ShouldBeSameAs(review);
        removed.Completed.ShouldBeFalse();
        removed.Reason.ShouldBe("材料不全，退回收件");
        var again = result.CreatedBookmarks.ShouldHaveSingleItem();
        again.ActivityId.ShouldBe("register");
        again.Id.ShouldNotBe(firstRegister.Id);
        state.Bookmarks.ShouldHaveSingleItem().ShouldBeSameAs(again);
        result.Journal.ShouldContain(j => j.Event == JournalEvent.MovedBack && j.ActivityId == "register");

        // The returned case runs forward again from the target.
        await host.ResumeAsync(definition, state, "register");
        await host.ResumeAsync(definition, state, "review", "pass");
        state.Outcome.ShouldBe("approved");
    }

    [Fact]
    public async Task MoveBack_to_an_activity_the_instance_never_executed_is_refused()
    {
        var definition = RegisterThenReview();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);
        await host.ResumeAsync(definition, state, "register");

        await Should.ThrowAsync<WorkflowStateException>(() => host.MoveBackAsync(definition, state, "review", "notify", "想跳过"));
    }
}
