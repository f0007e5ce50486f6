using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Timers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Ratings;

/// <summary>
/// Arms the one invitation timer of a finished case: <c>Ratings:InviteAfterDays</c> calendar days after its decision. Archiving
/// cancels every pending timer of a case (<see cref="StopEverythingWhenClosed"/>, registered before this handler), so the
/// invitation is armed again then, unless it already fired: one invitation per case, ever.
/// </summary>
public sealed class ArmRatingInvitation(CaseFlowDbContext db, ClockBook book, RatingOptions options) : IDomainEventHandler
{
    public bool Handles(IDomainEvent domainEvent) => domainEvent is CaseDecided or CaseArchived;

    public async Task HandleAsync(IDomainEvent domainEvent, CancellationToken ct)
    {
        var @case = domainEvent switch { CaseDecided d => d.Case, CaseArchived a => a.Case, _ => null };
        if (@case is null || !Rating.IsFinished(@case)) return;
        if ((await book.PendingTimersAsync(@case, ct)).Any(t => t.Kind == TimerKind.RatingInvitation)) return;
        if (@case.Id != 0 && (await db.Ratings.AnyAsync(r => r.CaseId == @case.Id, ct)
            || await db.Timers.AnyAsync(t => t.CaseId == @case.Id && t.Kind == TimerKind.RatingInvitation && t.State == TimerState.Fired, ct))) return;
        book.AddTimer(TimerKind.RatingInvitation, (@case.DecidedAtUtc ?? book.Now).AddDays(options.InviteAfterDays), @case);
    }
}

/// <summary>邀请评价: the case is still unrated when its invitation timer fires; the applicant gets one SMS through the outbox.</summary>
public sealed class RatingInvitationTimerHandler(CaseFlowDbContext db, Notifier notifier) : ITimerHandler
{
    public TimerKind Kind => TimerKind.RatingInvitation;

    public async Task HandleAsync(TimerRecord timer, CancellationToken ct)
    {
        var @case = await db.Cases.SingleAsync(c => c.Id == timer.CaseId, ct);
        if (!Rating.IsFinished(@case) || await db.Ratings.AnyAsync(r => r.CaseId == @case.Id, ct)) return;
        notifier.ToApplicant(@case, NotificationTexts.RatingInvitation, new JsonObject());
    }
}
