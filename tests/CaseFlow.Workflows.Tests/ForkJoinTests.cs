using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Runtime;
using CaseFlow.Workflows.Tests.Support;

namespace CaseFlow.Workflows.Tests;

public sealed class ForkJoinTests
{
    /// <summary>Two parallel reviews; each branch records its verdict under the same variable name.</summary>
    private static WorkflowDefinition ParallelReview(string joinMode) => Flow.Start()
        .Then("fork", Act.Fork())
        .Then("legal", Act.HumanTask("approve", "reject"))
        .Then("legalOk", Act.SetVariable("verdict", "'approve'"), port: "approve").Then("join", Act.Join("fork", joinMode))
        .From("legal").Then("legalNo", Act.SetVariable("verdict", "'reject'"), port: "reject").Then("join")
        .From("fork").Then("tech", Act.HumanTask("approve", "reject"))
        .Then("techOk", Act.SetVariable("verdict", "'approve'"), port: "approve").Then("join")
        .From("tech").Then("techNo", Act.SetVariable("verdict", "'reject'"), port: "reject").Then("join")
        .From("join").Then("decide", Act.Decision("Object.values(vars.branches).some(b => b.verdict === 'reject') ? 'rejected' : 'approved'", "approved", "rejected"))
        .Then("sign", Act.HumanTask(), port: "approved").Then("end", Act.End("approved"))
        .From("decide").Then("refuse", Act.End("rejected"), port: "rejected")
        .Build();

    [Fact]
    public async Task A_fork_opens_one_bookmark_per_branch_tagged_with_its_branch()
    {
        var host = new TestHost();

        var (state, result) = await host.StartAsync(ParallelReview("all"));

        result.CreatedBookmarks.Select(b => (b.ActivityId, b.BranchId)).ShouldBe([("legal", "legal"), ("tech", "tech")], ignoreOrder: true);
        state.Forks.ShouldHaveSingleItem().Branches.ShouldBe(["legal", "tech"], ignoreOrder: true);
    }

    [Fact]
    public async Task Completing_one_branch_of_a_join_all_does_not_continue()
    {
        var definition = ParallelReview("all");
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        var result = await host.ResumeAsync(definition, state, "legal", "approve");

        result.CreatedBookmarks.ShouldBeEmpty();
        state.Status.ShouldBe(WorkflowStatus.Running);
        state.Bookmarks.ShouldHaveSingleItem().ActivityId.ShouldBe("tech");
        state.Forks.ShouldHaveSingleItem().Arrived.ShouldBe(["legal"]);
        host.JournalOf("decide", JournalEvent.Started).ShouldBeEmpty();
    }

    [Fact]
    public async Task Join_all_continues_exactly_once_when_both_branches_have_arrived()
    {
        var definition = ParallelReview("all");
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        await host.ResumeAsync(definition, state, "tech", "approve");
        var result = await host.ResumeAsync(definition, state, "legal", "approve");

        result.CreatedBookmarks.ShouldHaveSingleItem().ActivityId.ShouldBe("sign");
        var token = state.Tokens.ShouldHaveSingleItem();
        token.ActivityId.ShouldBe("sign");
        token.Scope.ShouldBeEmpty();
        state.Forks.ShouldBeEmpty();
        host.JournalOf("decide", JournalEvent.Started).Count().ShouldBe(1);
    }

    [Fact]
    public async Task Branch_results_are_kept_under_their_branch_and_do_not_overwrite_each_other()
    {
        var definition = ParallelReview("all");
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        await host.ResumeAsync(definition, state, "legal", "approve", new JsonObject { ["opinion"] = "合法" });
        await host.ResumeAsync(definition, state, "tech", "reject", new JsonObject { ["opinion"] = "技术指标不达标" });

        var branches = state.Variables["branches"].ShouldBeOfType<JsonObject>();
        branches["legal"]!["verdict"]!.GetValue<string>().ShouldBe("approve");
        branches["legal"]!["legal"]!["opinion"]!.GetValue<string>().ShouldBe("合法");
        branches["tech"]!["verdict"]!.GetValue<string>().ShouldBe("reject");
        branches["tech"]!["tech"]!["opinion"]!.GetValue<string>().ShouldBe("技术指标不达标");
        state.Variables.ContainsKey("verdict").ShouldBeFalse();
    }

    [Theory]
    [InlineData("legal", "tech")]
    [InlineData("tech", "legal")]
    public async Task A_rejecting_branch_still_joins_and_the_decision_after_the_join_sees_every_branch(string rejecting, string approving)
    {
        var definition = ParallelReview("all");
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        await host.ResumeAsync(definition, state, rejecting, "reject");
        await host.ResumeAsync(definition, state, approving, "approve");

        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Outcome.ShouldBe("rejected");
    }

    [Fact]
    public async Task Join_any_continues_on_the_first_branch_and_cancels_the_other_branch()
    {
        var definition = ParallelReview("any");
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);
        var legal = TestHost.OpenBookmark(state, "legal");
        var activationId = state.Forks.ShouldHaveSingleItem().Id;

        var result = await host.ResumeAsync(definition, state, "tech", "approve");

        var cancelled = result.RemovedBookmarks.Where(r => r.Bookmark.Id == legal.Id).ShouldHaveSingleItem();
        cancelled.Completed.ShouldBeFalse();
        cancelled.Reason.ShouldNotBeNullOrWhiteSpace();
        result.RemovedBookmarks.ShouldContain(r => r.Bookmark.ActivityId == "tech" && r.Completed);
        result.CreatedBookmarks.ShouldHaveSingleItem().ActivityId.ShouldBe("sign");
        state.Tokens.ShouldAllBe(t => t.Scope.All(f => f.ActivationId != activationId));
        state.Tokens.ShouldHaveSingleItem().ActivityId.ShouldBe("sign");
        state.Forks.ShouldBeEmpty();
        result.Journal.ShouldContain(j => j.Event == JournalEvent.Cancelled && j.ActivityId == "legal");
    }

    [Theory]
    [InlineData("quick", "slow")]
    [InlineData("slow", "quick")]
    public async Task An_End_inside_a_branch_ends_only_that_branch_and_counts_as_arrived_for_the_join(string first, string second)
    {
        var definition = Flow.Start()
            .Then("fork", Act.Fork())
            .Then("quick", Act.HumanTask()).Then("branchEnd", Act.End("branch-only"))
            .From("fork").Then("slow", Act.HumanTask()).Then("join", Act.Join("fork"))
            .Then("end", Act.End("joined"))
            .Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        await host.ResumeAsync(definition, state, first);

        state.Status.ShouldBe(WorkflowStatus.Running);
        state.Outcome.ShouldBeNull();
        state.Bookmarks.ShouldHaveSingleItem().ActivityId.ShouldBe(second);

        var result = await host.ResumeAsync(definition, state, second);

        result.Finished.ShouldBeTrue();
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Outcome.ShouldBe("joined");
        host.JournalOf("end", JournalEvent.Started).Count().ShouldBe(1);
    }

    [Fact]
    public async Task An_incident_in_one_branch_does_not_hold_up_the_other_branch()
    {
        var definition = Flow.Start()
            .Then("fork", Act.Fork())
            .Then("risky", Act.Throw()).Then("join", Act.Join("fork"))
            .From("fork").Then("first", Act.HumanTask()).Then("second", Act.HumanTask()).Then("join")
            .From("join").Then("end", Act.End("done"))
            .Build();
        var host = new TestHost();
        var (state, start) = await host.StartAsync(definition, new JsonObject { ["broken"] = true });
        var incident = start.CreatedIncidents.ShouldHaveSingleItem();
        state.Status.ShouldBe(WorkflowStatus.Faulted);

        // The healthy branch's person finishes their task: their colleague's task must appear now, not after the retry.
        var result = await host.ResumeAsync(definition, state, "first");

        result.CreatedBookmarks.ShouldHaveSingleItem().ActivityId.ShouldBe("second");
        state.Status.ShouldBe(WorkflowStatus.Faulted);

        state.Variables["broken"] = false;
        await host.RetryAsync(definition, state, incident.Id);
        state.Status.ShouldBe(WorkflowStatus.Running);
        await host.ResumeAsync(definition, state, "second");
        state.Outcome.ShouldBe("done");
    }

    [Fact]
    public async Task Join_any_completed_by_a_healthy_branch_resolves_the_incident_of_the_cancelled_branch()
    {
        var definition = Flow.Start()
            .Then("fork", Act.Fork())
            .Then("risky", Act.Throw()).Then("join", Act.Join("fork", "any"))
            .From("fork").Then("manual", Act.HumanTask()).Then("join")
            .From("join").Then("sign", Act.HumanTask()).Then("end", Act.End("done"))
            .Build();
        var host = new TestHost();
        var (state, start) = await host.StartAsync(definition, new JsonObject { ["broken"] = true });
        var incident = start.CreatedIncidents.ShouldHaveSingleItem();

        var result = await host.ResumeAsync(definition, state, "manual");

        result.ResolvedIncidents.ShouldBe([incident.Id]);
        state.Incidents.ShouldBeEmpty();
        state.Status.ShouldBe(WorkflowStatus.Running);
        result.CreatedBookmarks.ShouldHaveSingleItem().ActivityId.ShouldBe("sign");
        state.Tokens.ShouldHaveSingleItem().ActivityId.ShouldBe("sign");
    }
}
