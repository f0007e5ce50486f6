using System.Text.Json.Nodes;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Notifications;

/// <summary>Writes notifications to the outbox, inside the step's transaction; the outbox job sends them.</summary>
public sealed class Notifier(CaseFlowDbContext db, DomainClock clock)
{
    public const string InboxChannel = "inbox";
    public const string SmsChannel = "sms";

    /// <summary>To the task's assignee, or to everyone holding its role over its org unit while nobody has claimed it.</summary>
    public async Task ToTaskAsync(Tasks.CaseTask task, Cases.Case @case, string template, JsonObject payload, CancellationToken ct)
    {
        if (task.AssigneeUserId is { } userId)
        {
            var name = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).SingleAsync(ct);
            Add(@case, InboxChannel, name, template, payload);
            return;
        }
        await ToRoleAsync(@case, task.OrgUnitId, task.Role, template, payload, ct);
    }

    /// <summary>To every user holding the role in the unit or above it; to "role@unit" when nobody does, so it is never lost.</summary>
    public async Task ToRoleAsync(Cases.Case @case, long orgUnitId, string role, string template, JsonObject payload, CancellationToken ct)
    {
        var unit = await db.OrgUnits.Where(o => o.Id == orgUnitId).Select(o => new { o.Code, o.Path }).SingleAsync(ct);
        // A role held at the unit or any of its ancestors covers it.
        var paths = Org.OrgUnit.PathsUpTo(unit.Path);
        var names = await db.Memberships.Where(m => m.Role == role && m.User!.IsActive && paths.Contains(m.OrgUnit!.Path))
            .Select(m => m.User!.UserName).Distinct().ToListAsync(ct);
        if (names.Count == 0) names.Add($"{role}@{unit.Code}");
        foreach (var name in names) Add(@case, InboxChannel, name, template, payload);
    }

    public void ToApplicant(Cases.Case @case, string template, JsonObject payload) => Add(@case, SmsChannel, @case.Applicant.Phone, template, payload);

    /// <summary>To one user's inbox, about no case (a staff notice such as the daily report).</summary>
    public void ToUser(string userName, string template, JsonObject payload) => db.Outbox.Add(new OutboxMessage
    {
        Channel = InboxChannel, Recipient = userName, Template = template,
        PayloadJson = payload.ToJsonString(), Text = NotificationTexts.Render(template, payload), CreatedAtUtc = clock.UtcNow,
    });

    private void Add(Cases.Case @case, string channel, string recipient, string template, JsonObject payload)
    {
        payload["caseNo"] ??= @case.CaseNo;
        payload["itemName"] ??= @case.ItemName;
        db.Outbox.Add(new OutboxMessage
        {
            Case = @case, CaseId = @case.Id, Channel = channel, Recipient = recipient, Template = template,
            PayloadJson = payload.ToJsonString(), Text = NotificationTexts.Render(template, payload), CreatedAtUtc = clock.UtcNow,
        });
    }
}

/// <summary>
/// Drains the outbox through the configured sender. Each message gets its own small save right after the sender returns
/// (sent, or its failure counted), never one save at the end of the batch: a crash can then hand over again only the one
/// message in flight, with the same idempotency key (its id) for the receiver to drop. Send-then-mark, not mark-then-send:
/// a crash never loses a message, at the price of that one repeat (docs/architecture.md, "The outbox").
/// </summary>
public sealed class OutboxDispatcher(CaseFlowDbContext db, INotificationSender sender, DomainClock clock,
    Microsoft.Extensions.Logging.ILogger<OutboxDispatcher>? log = null)
{
    public async Task<int> DrainAsync(int batch, CancellationToken ct)
    {
        var sent = 0;
        var messages = await db.Outbox.Where(m => m.State == OutboxState.Pending).OrderBy(m => m.Id).Take(batch).ToListAsync(ct);
        // One query for the batch's case numbers, only for the log scopes (README "Observability").
        var caseIds = messages.Where(m => m.CaseId is not null).Select(m => m.CaseId!.Value).Distinct().ToList();
        var caseNos = log is null || caseIds.Count == 0 ? [] : await db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.CaseNo }).ToDictionaryAsync(c => c.Id, c => c.CaseNo, ct);
        foreach (var message in messages)
        {
            using var logScope = message.CaseId is { } caseId ? CaseLogScope.Begin(log, caseId, caseNos.GetValueOrDefault(caseId)) : null;
            try
            {
                await sender.SendAsync(message, IdempotencyKey(message), ct);
                message.MarkSent(clock.UtcNow);
                sent++;
                CaseFlowTelemetry.NotificationsSent.Add(1, new KeyValuePair<string, object?>("channel", message.Channel));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.MarkFailed(ex.Message);
            }
            // Not cancellable: what was handed over is recorded even when the drain is being stopped.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
    }

    /// <summary>The message's id, stable across drains and restarts: a receiver that sees it twice delivers once.</summary>
    public static string IdempotencyKey(OutboxMessage message) => $"caseflow-outbox-{message.Id}";
}
