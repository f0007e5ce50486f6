using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Events;

namespace CaseFlow.Domain.Notifications;

/// <summary>视为受理: the applicant learns from which day the case counts as accepted, and its committed deadline.</summary>
/// <remarks>Registered after the step clocks, so the decision clocks this event starts are there to quote.</remarks>
public sealed class TellApplicantWhenDeemedAccepted(ClockBook book, Notifier notify) : DomainEventHandler<CaseDeemedAccepted>
{
    protected override async Task HandleAsync(CaseDeemedAccepted e, CancellationToken ct)
    {
        var committed = (await book.ClocksAsync(e.Case, ct)).First(c => c.Kind == ClockKind.Committed && c.IsRunning);
        notify.ToApplicant(e.Case, NotificationTexts.DeemedAccepted, new JsonObject
        {
            ["acceptedOn"] = book.Calendar.LocalDate(e.AsOfUtc).ToString("yyyy年M月d日"), ["deadline"] = book.Deadline(committed),
        });
    }
}
