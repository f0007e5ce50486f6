namespace CaseFlow.Domain.Audit;

/// <summary>
/// One link of an audit chain (docs/decisions.md, decision 18): a change to an audited row, as the JSON text that was hashed. Append-only:
/// nothing changes a stored event, and the chain writer inserts them outside the change tracker.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; private set; }
    /// <summary>"case:{id}", "catalog", "definitions" or "rights" (see <see cref="AuditStreams"/>).</summary>
    public string Stream { get; private set; } = "";
    /// <summary>1, 2, … within the stream.</summary>
    public long Sequence { get; private set; }
    /// <summary>The hash algorithm of this event, so a later one (SM3) can join the same chain.</summary>
    public string Algorithm { get; private set; } = AuditHashing.Sha256;
    /// <summary>The stored JSON text (subject, action, actor, org units, time, changes); its exact bytes are hashed.</summary>
    public string Payload { get; private set; } = "";
    public string PreviousHash { get; private set; } = "";
    /// <summary>Hex of Algorithm(UTF-8(PreviousHash + Payload)).</summary>
    public string Hash { get; private set; } = "";

    private AuditEvent() { }

    public static AuditEvent Link(string stream, long sequence, string payload, string previousHash)
    {
        var hash = AuditHashing.Compute(AuditHashing.Sha256, previousHash, payload)!;
        return new AuditEvent { Stream = stream, Sequence = sequence, Payload = payload, PreviousHash = previousHash, Hash = hash };
    }
}

/// <summary>The signed chain head of a stream that has no subject row of its own (catalog, definitions, rights).</summary>
public sealed class AuditStreamHead
{
    public string Stream { get; private set; } = "";
    public long Sequence { get; private set; }
    public string Hash { get; private set; } = "";
    public string Signature { get; private set; } = "";

    private AuditStreamHead() { }
}

/// <summary>
/// A row whose every change is recorded in an audit chain. To audit another entity: implement this (a case's rows use
/// <see cref="AuditStreams.ForCase"/>; a stream of its own needs a name in <see cref="AuditStreams"/>, and its head then lives
/// in AuditStreamHeads). Nothing else is needed: <see cref="AuditSaveHook"/> finds audited rows by this interface.
/// </summary>
public interface IAuditedEntity
{
    string AuditStream { get; }
}

public static class AuditStreams
{
    public const string Catalog = "catalog";
    public const string Definitions = "definitions";
    /// <summary>Window rights per service item (异地收件权, 形式审查权, …).</summary>
    public const string Rights = "rights";

    /// <summary>The streams an administrator verifies by name; a case's stream is verified through its case.</summary>
    public static readonly IReadOnlyList<string> Named = [Catalog, Definitions, Rights];

    private const string CasePrefix = "case:";

    public static string ForCase(long caseId) => CasePrefix + caseId;

    /// <summary>The case whose row holds this stream's head, if it is a case stream.</summary>
    public static long? CaseIdOf(string stream) =>
        stream.StartsWith(CasePrefix, StringComparison.Ordinal) && long.TryParse(stream.AsSpan(CasePrefix.Length), out var id) ? id : null;
}
