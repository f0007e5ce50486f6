using System.Text.Json.Serialization;

namespace CaseFlow.Domain.Notifications;

/// <summary>A message to send, written in the same transaction as the step that caused it; a job drains the outbox.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public long? CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    /// <summary>inbox (a user's notices in CaseFlow), sms (an applicant's phone) or log.</summary>
    public string Channel { get; set; } = "";
    /// <summary>A user name, "role@orgUnitCode" when no one holds the role, or a phone number.</summary>
    public string Recipient { get; set; } = "";
    public string Template { get; set; } = "";
    public string PayloadJson { get; set; } = "{}";
    /// <summary>The rendered Chinese text, kept so what was sent can be shown later.</summary>
    public string Text { get; set; } = "";
    public OutboxState State { get; private set; } = OutboxState.Pending;
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; private set; }

    public const int MaxAttempts = 5;

    public void MarkSent(DateTime now)
    {
        State = OutboxState.Sent;
        SentAtUtc = now;
        Attempts++;
    }

    public void MarkFailed(string error)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= MaxAttempts) State = OutboxState.Failed;
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<OutboxState>))]
public enum OutboxState { Pending, Sent, Failed }
