using System.Text.Json.Nodes;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Runtime;
using CaseFlow.Workflows.Tests.Support;

namespace CaseFlow.Workflows.Tests;

public sealed class WaitingActivitiesTests
{
    [Fact]
    public async Task WaitForEvent_bookmarks_the_event_with_a_correlation_key_from_its_expression()
    {
        var definition = Flow.Start()
            .Then("delivery", Act.WaitForEvent("courier.delivered", "'WB-' + vars.waybill"))
            .Then("end", Act.End("delivered"))
            .Build();
        var host = new TestHost();
        var (state, result) = await host.StartAsync(definition, new JsonObject { ["waybill"] = "SF123" });

        var bookmark = result.CreatedBookmarks.ShouldHaveSingleItem();
        bookmark.Kind.ShouldBe(BookmarkRequest.EventKind);
        bookmark.Name.ShouldBe("courier.delivered");
        bookmark.CorrelationKey.ShouldBe("WB-SF123");

        await host.ResumeAsync(definition, state, "delivery", data: new JsonObject { ["signedBy"] = "李四" });

        state.Variables["delivery"]!["signedBy"]!.GetValue<string>().ShouldBe("李四");
        state.Outcome.ShouldBe("delivered");
    }

    [Fact]
    public async Task Delay_creates_a_timer_due_the_duration_after_the_current_time()
    {
        var definition = Flow.Start()
            .Then("wait", Act.Delay("P3DT2H"))
            .Then("end", Act.End("waited"))
            .Build();
        var host = new TestHost();
        host.Clock.Advance(TimeSpan.FromDays(10));
        var now = host.Clock.GetUtcNow().UtcDateTime;

        var (state, result) = await host.StartAsync(definition);

        var timer = result.CreatedBookmarks.ShouldHaveSingleItem();
        timer.Kind.ShouldBe(BookmarkRequest.TimerKind);
        timer.DueAtUtc.ShouldBe(now + TimeSpan.FromDays(3) + TimeSpan.FromHours(2));
        timer.CreatedAtUtc.ShouldBe(now);

        host.Clock.Advance(TimeSpan.FromDays(4));
        await host.ResumeAsync(definition, state, "wait");
        state.Outcome.ShouldBe("waited");
    }

    [Fact]
    public async Task SubWorkflow_waits_on_a_child_bookmark_and_the_childs_outcome_is_the_port_taken()
    {
        var definition = Flow.Start()
            .Then("child", Act.SubWorkflow("joint-review", "approved", "rejected"))
            .Then("end", Act.End("approved"), port: "approved")
            .From("child").Then("refuse", Act.End("refused"), port: "rejected")
            .Build();
        var host = new TestHost();
        var (state, result) = await host.StartAsync(definition, new JsonObject { ["applicant"] = "王五" });

        var bookmark = result.CreatedBookmarks.ShouldHaveSingleItem();
        bookmark.Kind.ShouldBe(BookmarkRequest.ChildKind);
        bookmark.Name.ShouldBe("joint-review");
        bookmark.Payload!["definitionId"]!.GetValue<string>().ShouldBe("joint-review");
        bookmark.Payload["input"]!["applicant"]!.GetValue<string>().ShouldBe("王五");

        await host.ResumeAsync(definition, state, "child", "rejected");

        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.Outcome.ShouldBe("refused");
    }

    [Fact]
    public async Task A_child_ending_with_an_outcome_the_SubWorkflow_does_not_declare_becomes_an_incident()
    {
        var definition = Flow.Start()
            .Then("child", Act.SubWorkflow("joint-review", "approved", "rejected"))
            .Then("end", Act.End("approved"), port: "approved")
            .From("child").Then("refuse", Act.End("refused"), port: "rejected")
            .Build();
        var host = new TestHost();
        var (state, _) = await host.StartAsync(definition);

        var result = await host.ResumeAsync(definition, state, "child", "withdrawn");

        result.CreatedIncidents.ShouldHaveSingleItem().ActivityId.ShouldBe("child");
        state.Status.ShouldBe(WorkflowStatus.Faulted);
    }
}
