using System.Text;
using System.Text.Json;

namespace CaseFlow.Domain.Notifications;

/// <summary>
/// Hands each message over as one JSON line appended to a drop file (a gateway tails it and delivers), written and flushed
/// to disk before the drain marks the message sent: a hand-over the file holds survives the process. A message handed over again
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
            // One write of the whole line, then to the disk (not just the OS cache) before the drain records the hand-over, as
            // durable as the database's record of it.
            await file.WriteAsync(bytes, CancellationToken.None);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            _gate.Release();
        }
    }
}
