using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Timers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Deadlines;

// Step clocks: how a case's clocks react to what its steps did. One small handler per event, dispatched by the
// DomainEventDispatcher after the step, inside its transaction, in the order the case raised the events.

/// <summary>收件: the form-review window (形式审查期限) starts on receipt, unless the first step already accepted or decided.</summary>
public sealed class StartReviewWhenHandlingStarts(ClockBook book) : DomainEventHandler<CaseHandlingStarted>
{
    protected override async Task HandleAsync(CaseHandlingStarted e, CancellationToken ct)
    {
        var @case = e.Case;
        var clocks = await book.ClocksAsync(@case, ct);
        if (clocks.Count > 0 || @case.AcceptedAtUtc is not null || @case.Outcome != CaseOutcome.None) return;
        if (!ClockBook.MaterialsMissing(@case)) @case.MaterialComplete(@case.ReceivedAtUtc);
        book.StartReview(@case, @case.ReceivedAtUtc, clocks);
    }
}

/// <summary>一次性告知: before acceptance it ends the review window; after (deemed) acceptance it is a clock stop.</summary>
public sealed class StopClocksWhenSupplementRequested(ClockBook book, CaseTimekeeper timekeeper) : DomainEventHandler<SupplementRequested>
{
    protected override async Task HandleAsync(SupplementRequested e, CancellationToken ct)
    {
        ClockBook.StopClock(await book.ClocksAsync(e.Case, ct), ClockKind.Review, book.Now);
        await book.CancelTimersAsync(e.Case, ct, TimerKind.DeemedAcceptance);
        if (e.AfterAcceptance) await timekeeper.StartExclusionAsync(e.Case, ExclusionReason.Supplement, "补正材料", "system", ct);
    }
}

/// <summary>
/// 补正 received: before acceptance the review window restarts from the day the complete material arrives; after acceptance
/// the supplement's clock stop ends.
/// </summary>
public sealed class ResumeClocksWhenSupplementReceived(CaseFlowDbContext db, ClockBook book, CaseTimekeeper timekeeper) : DomainEventHandler<SupplementReceived>
{
    protected override async Task HandleAsync(SupplementReceived e, CancellationToken ct)
    {
        var @case = e.Case;
        if (@case.AcceptedAtUtc is null)
        {
            if (!ClockBook.MaterialsMissing(@case)) @case.MaterialComplete(book.Now);
            book.StartReview(@case, book.Now, await book.ClocksAsync(@case, ct));
        }
        else if (await db.ExcludedPeriods.FirstOrDefaultAsync(p => p.CaseId == @case.Id && p.Reason == ExclusionReason.Supplement && p.EndedAtUtc == null, ct) is { } open)
            await timekeeper.EndExclusionAsync(@case, open, "system", ct);
    }
}

/// <summary>受理: the review window ends and both decision clocks start (docs/decisions.md, decision 5).</summary>
public sealed class StartDecisionClocksWhenAccepted(ClockBook book) : DomainEventHandler<CaseAccepted>
{
    protected override async Task HandleAsync(CaseAccepted e, CancellationToken ct)
    {
        var clocks = await book.ClocksAsync(e.Case, ct);
        ClockBook.StopClock(clocks, ClockKind.Review, book.Now);
        await book.CancelTimersAsync(e.Case, ct, TimerKind.DeemedAcceptance);
        book.StartDecisionClocks(e.Case, e.AcceptedAtUtc, clocks);
    }
}

/// <summary>视为受理 (art. 32): the decision clocks count from the day the complete material arrived.</summary>
public sealed class StartDecisionClocksWhenDeemedAccepted(ClockBook book) : DomainEventHandler<CaseDeemedAccepted>
{
    protected override async Task HandleAsync(CaseDeemedAccepted e, CancellationToken ct)
    {
        var @case = e.Case;
        var clocks = await book.ClocksAsync(@case, ct);
        ClockBook.StopClock(clocks, ClockKind.Review, book.Now);
        book.StartDecisionClocks(@case, e.AsOfUtc, clocks);
        book.Event(@case, CaseEventKinds.DeemedAccepted, $"形式审查期限届满未作处理，自 {book.Calendar.LocalDate(e.AsOfUtc):yyyy-MM-dd} 起视为受理（行政许可法第三十二条）", "system");
        ClockBook.UpdateCaseLevel(@case, clocks);
    }
}

/// <summary>A decision stops the review and decision clocks; an accepted case's delivery clock (送达期限) starts.</summary>
public sealed class StartDeliveryClockWhenDecided(ClockBook book) : DomainEventHandler<CaseDecided>
{
    protected override async Task HandleAsync(CaseDecided e, CancellationToken ct)
    {
        var clocks = await book.ClocksAsync(e.Case, ct);
        foreach (var kind in new[] { ClockKind.Review, ClockKind.Statutory, ClockKind.Committed }) ClockBook.StopClock(clocks, kind, book.Now);
        await book.CancelTimersAsync(e.Case, ct, TimerKind.ClockWarning, TimerKind.ClockOverdue, TimerKind.DeemedAcceptance);
        if (e.Case.AcceptedAtUtc is not null)
            book.StartClock(e.Case, ClockKind.Delivery, ClockBook.Item(e.Case).Timekeeping.DeliveryLimit, book.Now);
    }
}

/// <summary>Archived or cancelled: every running clock stops and every pending timer of the case is cancelled.</summary>
public sealed class StopEverythingWhenClosed(ClockBook book) : DomainEventHandler<CaseClosed>
{
    protected override async Task HandleAsync(CaseClosed e, CancellationToken ct)
    {
        foreach (var running in (await book.ClocksAsync(e.Case, ct)).Where(c => c.IsRunning)) running.Stop(book.Now);
        await book.CancelTimersAsync(e.Case, ct);
    }
}

/// <summary>After any step of an open case the stall timer starts over; the case's level follows its running clocks.</summary>
public sealed class RearmStallTimerAfterStep(ClockBook book) : DomainEventHandler<CaseStepCompleted>
{
    protected override async Task HandleAsync(CaseStepCompleted e, CancellationToken ct)
    {
        var @case = e.Case;
        if (!@case.IsClosed)
        {
            await book.CancelTimersAsync(@case, ct, TimerKind.Stalled);
            var stallAfter = book.Calendar.Hours.PerDay * ClockBook.Item(@case).Timekeeping.Escalation.StalledAfterWorkingDays;
            book.AddTimer(TimerKind.Stalled, book.Calendar.AddWorkingTime(e.AtUtc, stallAfter, ClockBook.Region(@case)), @case);
        }
        await book.UpdateCaseLevelAsync(@case, ct);
    }
}
