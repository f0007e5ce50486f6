using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Tasks;
using Case = CaseFlow.Domain.Cases.Case;

namespace CaseFlow.Domain.Tests;

/// <summary>What a case's and a task's own methods raise (the clocks, escalation and notifications react to these).</summary>
public sealed class DomainEventTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);

    private static Case InReview()
    {
        var @case = new Case { CaseNo = "E1" };
        @case.EnterStatus(CaseStatus.InReview, Now);
        return @case;
    }

    [Fact]
    public void Only_the_first_workflow_of_a_case_starts_its_handling()
    {
        var @case = new Case { CaseNo = "E0" };
        @case.BeginWorkflow("root", "def", 3);
        @case.BeginWorkflow("child", "other", 1);
        @case.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<CaseHandlingStarted>();
        @case.WorkflowInstanceId.ShouldBe("root");
        (@case.DefinitionId, @case.DefinitionVersion).ShouldBe(("def", 3));
    }

    [Fact]
    public void A_notice_before_acceptance_and_the_supplement_after_it_raise_their_events_in_order()
    {
        var @case = InReview();
        @case.StartSupplementRound(Now);
        @case.EnterStatus(CaseStatus.InReview, Now);
        var events = @case.TakeDomainEvents();
        events.Count.ShouldBe(2);
        var requested = events[0].ShouldBeOfType<SupplementRequested>();
        (requested.Round, requested.AfterAcceptance).ShouldBe((1, false));
        events[1].ShouldBeOfType<SupplementReceived>();
        @case.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void A_notice_after_acceptance_says_so()
    {
        var @case = InReview();
        @case.Accept(Now, "clerk");
        @case.EnterStatus(CaseStatus.InReview, Now);
        @case.StartSupplementRound(Now);
        var events = @case.TakeDomainEvents();
        events[0].ShouldBeOfType<CaseAccepted>().AcceptedAtUtc.ShouldBe(Now);
        events[1].ShouldBeOfType<SupplementRequested>().AfterAcceptance.ShouldBeTrue();
    }

    [Fact]
    public void A_refused_transition_raises_nothing()
    {
        var @case = InReview();
        @case.TakeDomainEvents();
        Should.Throw<Common.DomainConflictException>(() => @case.Archive(Now));
        Should.Throw<Common.DomainValidationException>(() => @case.Decide(CaseOutcome.Rejected, null, Now));
        @case.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Deciding_and_archiving_raise_decided_then_closed()
    {
        var @case = InReview();
        @case.Decide(CaseOutcome.NotAccepted, "第三十二条", Now);
        @case.Archive(Now);
        var events = @case.TakeDomainEvents();
        events[0].ShouldBeOfType<CaseDecided>().Outcome.ShouldBe(CaseOutcome.NotAccepted);
        events[1].ShouldBeOfType<CaseArchived>().ShouldBeAssignableTo<CaseClosed>();
    }

    [Fact]
    public void Leaving_the_supplement_wait_by_cancellation_is_no_supplement()
    {
        var @case = InReview();
        @case.StartSupplementRound(Now);
        @case.TakeDomainEvents();
        @case.Cancel(Now);
        @case.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<CaseCancelled>();
    }

    [Fact]
    public void A_step_on_a_closed_case_leaves_its_last_step_alone()
    {
        var @case = InReview();
        @case.CompleteStep(Now);
        @case.Cancel(Now);
        @case.CompleteStep(Now.AddDays(1));
        @case.LastStepAtUtc.ShouldBe(Now);
        @case.TakeDomainEvents().OfType<CaseStepCompleted>().Count().ShouldBe(2);
    }

    [Fact]
    public void A_task_raises_closed_once_whether_completed_or_cancelled()
    {
        var completed = new CaseTask();
        completed.Complete("done", 7, "clerk", Now);
        completed.Cancel("流程已结束", Now);
        completed.TakeDomainEvents().ShouldHaveSingleItem().ShouldBeOfType<TaskClosed>();

        var cancelled = new CaseTask();
        cancelled.Publish(null);
        cancelled.Cancel("退回", Now);
        var events = cancelled.TakeDomainEvents();
        events[0].ShouldBeOfType<TaskCreated>().Policy.ShouldBeNull();
        events[1].ShouldBeOfType<TaskClosed>();
    }

    [Fact]
    public async Task The_dispatcher_hands_each_event_to_its_handlers_once_including_those_handlers_raise()
    {
        var @case = InReview();
        var log = new List<string>();
        var dispatcher = new DomainEventDispatcher([new Recorder<CaseClosed>(log), new ArchiveOnDecision(log), new Recorder<IDomainEvent>(log)]);
        @case.Decide(CaseOutcome.Approved, null, Now);
        await dispatcher.DispatchAsync(@case, CancellationToken.None);
        await dispatcher.DispatchAsync(@case, CancellationToken.None);
        log.ShouldBe(new[] { "decided", "any:CaseDecided", "closed:CaseArchived", "any:CaseArchived" });
        @case.DomainEvents.ShouldBeEmpty();
    }

    private sealed class Recorder<TEvent>(List<string> log) : DomainEventHandler<TEvent> where TEvent : IDomainEvent
    {
        protected override Task HandleAsync(TEvent e, CancellationToken ct)
        {
            log.Add((typeof(TEvent) == typeof(IDomainEvent) ? "any:" : "closed:") + e.GetType().Name);
            return Task.CompletedTask;
        }
    }

    /// <summary>A handler that changes the case again: the event it causes is dispatched in the same pass.</summary>
    private sealed class ArchiveOnDecision(List<string> log) : DomainEventHandler<CaseDecided>
    {
        protected override Task HandleAsync(CaseDecided e, CancellationToken ct)
        {
            log.Add("decided");
            e.Case.Archive(Now);
            return Task.CompletedTask;
        }
    }
}
