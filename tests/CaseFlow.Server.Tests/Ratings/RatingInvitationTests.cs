using System.Net;
using CaseFlow.Domain.Notifications;
using CaseFlow.Server.Tests.Reports;

namespace CaseFlow.Server.Tests.Ratings;

/// <summary>邀请评价: a finished case still unrated <c>Ratings:InviteAfterDays</c> days after its decision gets one SMS, ever.</summary>
public sealed class RatingInvitationTests
{
    [Fact]
    public async Task A_finished_case_unrated_after_the_configured_days_gets_exactly_one_invitation_and_a_rated_case_none()
    {
        await using var w = await ReportWorld.StartAsync(new Dictionary<string, string> { ["Ratings:InviteAfterDays"] = "2" });
        w.At(3, 2, 10);
        var unrated = await w.FinishedAsync();   // decided and archived Mon 03-02 10:00 → invited from Wed 03-04 10:00
        var rated = await w.FinishedAsync();
        (await RatingSteps.RecordAsync(w.Clerk, rated.Id, "WindowPad", "Satisfied")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var open = await w.AcceptedAsync();

        w.At(3, 4, 9);
        await w.SweepAsync();
        (await w.OutboxAsync(unrated.Id, NotificationTexts.RatingInvitation)).ShouldBeEmpty("a day and 23 hours: not yet");

        w.At(3, 4, 11);
        await w.SweepAsync();
        var invitation = (await w.OutboxAsync(unrated.Id, NotificationTexts.RatingInvitation)).ShouldHaveSingleItem();
        (invitation.Channel, invitation.Recipient).ShouldBe(("sms", CaseFlowApplication.Phone));
        invitation.Text.ShouldContain(unrated.No);
        invitation.Text.ShouldContain("好差评");
        (await w.OutboxAsync(rated.Id, NotificationTexts.RatingInvitation)).ShouldBeEmpty("already rated");
        (await w.OutboxAsync(open.Id, NotificationTexts.RatingInvitation)).ShouldBeEmpty("not finished");

        w.At(3, 20);
        await w.SweepAsync();
        (await w.OutboxAsync(unrated.Id, NotificationTexts.RatingInvitation)).Count.ShouldBe(1, "once");
    }
}
