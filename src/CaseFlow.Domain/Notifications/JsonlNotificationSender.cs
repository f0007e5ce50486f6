using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseFlow.Domain.Notifications;

/// <summary>Which sender hands the outbox over (configuration <c>Notifications</c>; README, "Configuration").</summary>
public sealed class NotificationSenderOptions
{
    /// <summary><c>log</c> (the default: the log only) or <c>jsonl</c> (a drop file a gateway picks up).</summary>
    public string Sender { get; set; } = "log";

    /// <summary>For <c>jsonl</c>: the file each hand-over is appended to, one JSON line each.</summary>
    public string? Path { get; set; }

    public static void Register(IServiceCollection services, NotificationSenderOptions options)
    {
        switch (options.Sender.ToLowerInvariant())
        {
            case "log":
                return;
            case "jsonl" when !string.IsNullOrWhiteSpace(options.Path):
                services.Replace(ServiceDescriptor.Singleton<INotificationSender>(new JsonlNotificationSender(options.Path)));
                return;
            case "jsonl":
                throw new InvalidOperationException("Notifications:Sender=jsonl needs Notifications:Path (the drop file).");
            default:
                throw new InvalidOperationException($"Notifications:Sender '{options.Sender}' is not a sender; use log or jsonl.");
        }
    }
}

/// <summary>
/// Hands each message over as one JSON line appended to a drop file (a gateway tails it and delivers), written and flushed
/// before the drain marks the message sent: a hand-over the file holds survives the process. A message handed over again
/// after a crash appears again with the same <c>key</c>, which the gateway drops (docs/architecture.md, "The outbox").
/// The line carries the real recipient: the file is the gateway's input, kept where only the operators can read it.
/// </summary>
public sealed class JsonlNotificationSender(string path) : INotificationSender
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task SendAsync(OutboxMessage message, string idempotencyKey, CancellationToken ct)
    {
        var line = JsonSerializer.Serialize(new
        {
            key = idempotencyKey, messageId = message.Id, caseId = message.CaseId, channel = message.Channel, recipient = message.Recipient,
            template = message.Template, text = message.Text, handedOverAtUtc = DateTime.UtcNow,
        }) + "\n";
        var bytes = Encoding.UTF8.GetBytes(line);
        await _gate.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            // One write of the whole line, then to the operating system before the drain records the hand-over.
            await file.WriteAsync(bytes, CancellationToken.None);
            await file.FlushAsync(CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }
}
