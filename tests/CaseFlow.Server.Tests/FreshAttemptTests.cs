using CaseFlow.Server.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Server.Tests;

/// <summary>A resume that lost a concurrency race runs again with a handler of a fresh scope, a bounded number of times.</summary>
public sealed class FreshAttemptTests
{
    private sealed class Attempts
    {
        public List<Step> Steps { get; } = [];
        public int LosingRaces { get; set; }
    }

    private sealed class Step(Attempts attempts)
    {
        public Task<Step> RunAsync()
        {
            attempts.Steps.Add(this);
            if (attempts.Steps.Count <= attempts.LosingRaces) throw new DbUpdateConcurrencyException("another request stepped the instance first");
            return Task.FromResult(this);
        }
    }

    private static (Attempts Attempts, Step First, IServiceScopeFactory Scopes) Arrange(int losingRaces)
    {
        var attempts = new Attempts { LosingRaces = losingRaces };
        var provider = new ServiceCollection().AddSingleton(attempts).AddScoped<Step>().BuildServiceProvider();
        var first = provider.CreateScope().ServiceProvider.GetRequiredService<Step>();
        return (attempts, first, provider.GetRequiredService<IServiceScopeFactory>());
    }

    [Fact]
    public async Task A_lost_race_runs_again_with_the_handler_of_a_fresh_scope()
    {
        var (attempts, first, scopes) = Arrange(losingRaces: 1);
        var done = await FreshAttempt.RunAsync(first, scopes, s => s.RunAsync());
        attempts.Steps.Count.ShouldBe(2);
        done.ShouldNotBeSameAs(first, "the second attempt has its own scope (DbContext, host, clocks)");
    }

    [Fact]
    public async Task A_step_that_wins_runs_once_on_the_requests_handler()
    {
        var (attempts, first, scopes) = Arrange(losingRaces: 0);
        (await FreshAttempt.RunAsync(first, scopes, s => s.RunAsync())).ShouldBeSameAs(first);
        attempts.Steps.Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_retries_are_bounded_and_the_last_loss_is_the_answer()
    {
        var (attempts, first, scopes) = Arrange(losingRaces: 10);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => FreshAttempt.RunAsync(first, scopes, s => s.RunAsync()));
        attempts.Steps.Count.ShouldBe(FreshAttempt.ResumeAttempts);
    }
}

/// <summary>Two department approvals of one 多地联办 case completed at the same moment both step the one workflow instance.</summary>
public sealed class ConcurrentResumeTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task Parallel_completions_of_two_branch_tasks_both_succeed_and_the_join_decides_the_case()
    {
        var clerk = await app.ClerkAsync();
        var approver = await app.ApproverAsync();
        var created = await CaseFlowApplication.ApplyAsync(clerk, EngineThroughApiTests.BodyFor("real-estate-transfer-registration.json"));
        var caseNo = EngineThroughApiTests.No(created);
        await CaseFlowApplication.CompleteAsync(clerk, await CaseFlowApplication.OpenTaskAsync(clerk, caseNo, "review"), "pass", CaseFlowApplication.EveryPointPassed(CaseFlowApplication.RealEstateReviewPoints));
        await CaseFlowApplication.CompleteAsync(approver, await CaseFlowApplication.OpenTaskAsync(approver, caseNo, "accept"), "accept");
        var branches = new[] { await CaseFlowApplication.OpenTaskAsync(approver, caseNo, "registryApproval"), await CaseFlowApplication.OpenTaskAsync(approver, caseNo, "fundApproval") };
        var second = await app.ApproverAsync();

        var responses = await Task.WhenAll(
            CaseFlowApplication.PostCompleteAsync(approver, branches[0], "approve", new System.Text.Json.Nodes.JsonObject { ["opinion"] = "同意" }),
            CaseFlowApplication.PostCompleteAsync(second, branches[1], "approve", new System.Text.Json.Nodes.JsonObject { ["opinion"] = "同意" }));
        foreach (var response in responses)
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        CaseFlowApplication.Str((await CaseFlowApplication.GetCaseAsync(clerk, EngineThroughApiTests.Id(created)))["outcome"]).ShouldBe("Approved");
    }
}
