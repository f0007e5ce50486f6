using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Audit;

/// <summary>
/// The outcome of recomputing a chain. <see cref="Problem"/> is one of: hash-mismatch (the event's payload or hash was changed),
/// broken-link (its previous hash is not the hash of the event before), gap (an event is missing in the middle),
/// unknown-algorithm, head-signature (the head was changed without the key), missing-tail (the signed head is past the last
/// stored event: events were deleted from the end), head-mismatch (the stored events end elsewhere than the signed head).
/// </summary>
public sealed record AuditVerification(string Stream, bool Valid, int Events, long HeadSequence, long? FirstBrokenSequence, string? Problem,
    string Message, string Summary);

public sealed class AuditVerifier(CaseFlowDbContext db, AuditKey key)
{
    public async Task<AuditVerification> VerifyAsync(string stream, CancellationToken ct)
    {
        var head = await AuditHead.ReadAsync(db, stream, async: true, ct);
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.Stream == stream).OrderBy(e => e.Sequence)
            .Select(e => new StoredLink(e.Sequence, e.Algorithm, e.Payload, e.PreviousHash, e.Hash)).ToListAsync(ct);
        return Check(stream, head, events);
    }

    private sealed record StoredLink(long Sequence, string Algorithm, string Payload, string PreviousHash, string Hash);

    private AuditVerification Check(string stream, AuditHead head, List<StoredLink> events)
    {
        AuditVerification Broken(string problem, long? sequence, string message, string summary) =>
            new(stream, false, events.Count, head.Sequence, sequence, problem, message, summary);

        var expected = 1L;
        var previous = AuditHashing.Genesis;
        foreach (var e in events)
        {
            if (e.Sequence != expected)
                return Broken("gap", expected, $"Event {expected} of {stream} is missing: the chain jumps from {expected - 1} to {e.Sequence}.",
                    $"审计链缺少第 {expected} 条事件（已被删除）。");
            var computed = AuditHashing.Compute(e.Algorithm, e.PreviousHash, e.Payload);
            if (computed is null)
                return Broken("unknown-algorithm", e.Sequence, $"Event {e.Sequence} of {stream} names an unknown hash algorithm '{e.Algorithm}'.",
                    $"第 {e.Sequence} 条审计事件的哈希算法无法识别。");
            if (!string.Equals(computed, e.Hash, StringComparison.OrdinalIgnoreCase))
                return Broken("hash-mismatch", e.Sequence, $"Event {e.Sequence} of {stream} does not match its hash: its content or hash was changed after it was written.",
                    $"第 {e.Sequence} 条审计事件的内容与其哈希不符，已被篡改。");
            if (!string.Equals(e.PreviousHash, previous, StringComparison.OrdinalIgnoreCase))
                return Broken("broken-link", e.Sequence, $"Event {e.Sequence} of {stream} does not link to the event before it: its previous hash differs.",
                    $"第 {e.Sequence} 条审计事件与前一条的哈希链接断开。");
            previous = e.Hash;
            expected++;
        }
        var last = expected - 1;

        if (head.Sequence == 0 && events.Count == 0)
            return new(stream, true, 0, 0, null, null, $"Nothing is recorded in {stream} yet.", "尚无审计事件。");
        if (head.Sequence == 0 || !key.Verifies(stream, head.Sequence, head.Hash, head.Signature))
            return Broken("head-signature", null, $"The chain head of {stream} (sequence {head.Sequence}) does not carry a valid signature: it was changed outside CaseFlow.",
                "审计链头签名无效，链头已被篡改。");
        if (head.Sequence > last)
            return Broken("missing-tail", last + 1,
                $"Events {last + 1}–{head.Sequence} of {stream} are missing from the end: the signed head is at {head.Sequence}, the last stored event is {last}.",
                $"审计链末尾缺少第 {last + 1}–{head.Sequence} 条事件（已被删除）。");
        if (head.Sequence < last)
            return Broken("head-mismatch", head.Sequence + 1, $"Events after {head.Sequence} of {stream} were added past the signed head.",
                $"第 {head.Sequence} 条之后的审计事件不在签名链头之内，系外部添加。");
        if (!string.Equals(head.Hash, previous, StringComparison.OrdinalIgnoreCase))
            return Broken("head-mismatch", last, $"The last event of {stream} ({last}) differs from the one the signed head records: the tail was rewritten.",
                $"第 {last} 条审计事件与签名链头不符，链尾已被改写。");
        return new(stream, true, events.Count, head.Sequence, null, null, $"The chain of {stream} is intact: {events.Count} events, signed head at {head.Sequence}.",
            $"审计链完整，共 {events.Count} 条事件。");
    }
}
