using CaseFlow.Domain.Common;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Domain.Notifications;

/// <summary>Delivers one outbox message (SMS gateway, mail, the government messaging platform…); pluggable.</summary>
public interface INotificationSender
{
    /// <summary>
    /// <paramref name="idempotencyKey"/> is the same for every hand-over of one message (after a crash the message in flight
    /// is handed over again): pass it to the gateway so it delivers once (docs/architecture.md, "The outbox").
    /// </summary>
    Task SendAsync(OutboxMessage message, string idempotencyKey, CancellationToken ct);
}

/// <summary>The default sender: writes the message to the log, with a phone number masked.</summary>
public sealed class LogNotificationSender(ILogger<LogNotificationSender> log) : INotificationSender
{
    public Task SendAsync(OutboxMessage message, string idempotencyKey, CancellationToken ct)
    {
        var recipient = message.Channel == Notifier.SmsChannel ? Masking.Phone(message.Recipient) : message.Recipient;
        log.LogInformation("Notification {IdempotencyKey} {Template} via {Channel} to {Recipient}: {Text}", idempotencyKey, message.Template, message.Channel, recipient,
            message.Channel == Notifier.SmsChannel ? message.Text.Replace(message.Recipient, recipient) : message.Text);
        return Task.CompletedTask;
    }
}
