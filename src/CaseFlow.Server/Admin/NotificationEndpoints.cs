using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Org;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Admin;

public sealed record NotificationDto(long Id, long? CaseId, string Channel, string Recipient, string Template, string Text, OutboxState State, int Attempts,
    DateTime CreatedAtUtc, DateTime? SentAtUtc);

/// <summary>The outbox, for administrators and supervisors; and a user's own notices (预警, 超期, 督办, 催办).</summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/outbox", Outbox).WithTags("Admin").RequireAuthorization()
            .WithName("ListOutbox")
            .WithSummary("查看消息发件箱");
        app.MapGet("/api/notifications/mine", Mine).WithTags("Notifications").RequireAuthorization()
            .WithName("ListMyNotifications")
            .WithSummary("查看我的提醒");
    }

    public static async Task<Ok<List<NotificationDto>>> Outbox(AccessPolicy access, ActorAccessor actors, HttpRequest http, CancellationToken ct,
        long? caseId = null, OutboxState? state = null, int take = 200)
    {
        var query = await access.VisibleOutboxAsync(await actors.GetAsync(ct), ct);
        new InputCheck().QueryName<OutboxState>(http, "state").ThrowIfAny();
        if (take is < 1 or > 1000) throw new DomainValidationException("take", "take must be between 1 and 1000.");
        if (caseId is not null) query = query.Where(m => m.CaseId == caseId);
        if (state is not null) query = query.Where(m => m.State == state);
        var rows = await query.OrderBy(m => m.Id).Take(take).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ToDto).ToList());
    }

    public static async Task<Ok<List<NotificationDto>>> Mine(CaseFlowDbContext db, ActorAccessor actors, CancellationToken ct, int take = 50)
    {
        var actor = await actors.GetAsync(ct);
        if (take is < 1 or > 500) throw new DomainValidationException("take", "take must be between 1 and 500.");
        var rows = await db.Outbox.AsNoTracking().Where(m => m.Channel == Notifier.InboxChannel && m.Recipient == actor.UserName)
            .OrderByDescending(m => m.Id).Take(take).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ToDto).ToList());
    }

    // An applicant's phone number is personal data: masked wherever it is listed; a rating code is the applicant's secret.
    private static NotificationDto ToDto(OutboxMessage m) => new(m.Id, m.CaseId, m.Channel,
        m.Channel == Notifier.SmsChannel ? Masking.Phone(m.Recipient) : m.Recipient, m.Template, NotificationTexts.Listed(m), m.State, m.Attempts, m.CreatedAtUtc, m.SentAtUtc);
}
