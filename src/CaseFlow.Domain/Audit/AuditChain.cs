using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseFlow.Domain.Audit;

/// <summary>A stream's signed head as stored: on the case row for a case's stream, in AuditStreamHeads for the others.</summary>
public sealed record AuditHead(string Stream, long Sequence, string Hash, string Signature, long? CaseId, bool Exists)
{
    public static async Task<AuditHead> ReadAsync(CaseFlowDbContext db, string stream, bool async, CancellationToken ct)
    {
        if (AuditStreams.CaseIdOf(stream) is { } caseId)
        {
            var onCase = db.Cases.AsNoTracking().Where(c => c.Id == caseId)
                .Select(c => new AuditHead(stream, c.AuditSequence, c.AuditHash, c.AuditSignature, caseId, true));
            // A case row that is gone keeps its chain's head in AuditStreamHeads (cases are cancelled, not deleted).
            if ((async ? await onCase.SingleOrDefaultAsync(ct) : onCase.SingleOrDefault()) is { } head) return head;
        }
        var own = db.AuditStreamHeads.AsNoTracking().Where(h => h.Stream == stream)
            .Select(h => new AuditHead(stream, h.Sequence, h.Hash, h.Signature, null, true));
        return (async ? await own.SingleOrDefaultAsync(ct) : own.SingleOrDefault()) ?? new AuditHead(stream, 0, "", "", null, false);
    }
}

/// <summary>
/// Appends events to their streams and moves the signed heads, inside the caller's transaction. Both are written with
/// statements of their own, not through the change tracker: the caller's unit of work is accepted only once everything
/// committed, and the head update is no change to audit. The head moves only from the sequence read here, so two writers
/// appending to one stream cannot both win (the loser gets a concurrency conflict).
/// </summary>
public static class AuditChain
{
    private const int RowsPerStatement = 100;

    public static async Task AppendAsync(CaseFlowDbContext db, AuditKey key, IReadOnlyList<PendingAuditEvent> pending, AuditActorInfo actor, DateTime atUtc,
        bool async, CancellationToken ct)
    {
        var links = new List<AuditEvent>();
        foreach (var stream in pending.GroupBy(e => e.Stream))
        {
            var head = await AuditHead.ReadAsync(db, stream.Key, async, ct);
            var sequence = head.Sequence;
            var previous = sequence == 0 ? AuditHashing.Genesis : head.Hash;
            foreach (var change in stream)
            {
                var link = AuditEvent.Link(stream.Key, ++sequence, change.ToPayload(actor, atUtc), previous);
                links.Add(link);
                previous = link.Hash;
            }
            await AdvanceAsync(db, head, sequence, previous, key.Sign(stream.Key, sequence, previous), async, ct);
        }
        foreach (var chunk in links.Chunk(RowsPerStatement))
            await InsertAsync(db, typeof(AuditEvent),
                [nameof(AuditEvent.Stream), nameof(AuditEvent.Sequence), nameof(AuditEvent.Algorithm), nameof(AuditEvent.Payload), nameof(AuditEvent.PreviousHash), nameof(AuditEvent.Hash)],
                chunk.Select(e => new object[] { e.Stream, e.Sequence, e.Algorithm, e.Payload, e.PreviousHash, e.Hash }).ToList(), async, ct);
    }

    private static async Task AdvanceAsync(CaseFlowDbContext db, AuditHead head, long sequence, string hash, string signature, bool async, CancellationToken ct)
    {
        int moved;
        if (head.CaseId is { } caseId)
        {
            var row = db.Cases.Where(c => c.Id == caseId && c.AuditSequence == head.Sequence);
            moved = async
                ? await row.ExecuteUpdateAsync(s => s.SetProperty(c => c.AuditSequence, sequence).SetProperty(c => c.AuditHash, hash).SetProperty(c => c.AuditSignature, signature), ct)
                : row.ExecuteUpdate(s => s.SetProperty(c => c.AuditSequence, sequence).SetProperty(c => c.AuditHash, hash).SetProperty(c => c.AuditSignature, signature));
        }
        else if (head.Exists)
        {
            var row = db.AuditStreamHeads.Where(h => h.Stream == head.Stream && h.Sequence == head.Sequence);
            moved = async
                ? await row.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash).SetProperty(h => h.Signature, signature), ct)
                : row.ExecuteUpdate(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash).SetProperty(h => h.Signature, signature));
        }
        else
            moved = await InsertAsync(db, typeof(AuditStreamHead),
                [nameof(AuditStreamHead.Stream), nameof(AuditStreamHead.Sequence), nameof(AuditStreamHead.Hash), nameof(AuditStreamHead.Signature)],
                [[head.Stream, sequence, hash, signature]], async, ct);
        if (moved != 1) throw new DbUpdateConcurrencyException($"The audit chain '{head.Stream}' moved on meanwhile.");
    }

    /// <summary>
    /// A multi-row INSERT, names taken from the model. Identifiers are quoted the standard SQL way ("name"), which SQLite,
    /// PostgreSQL and SQL Server (QUOTED_IDENTIFIER is on for every SqlClient connection) all read as the name itself.
    /// </summary>
    private static async Task<int> InsertAsync(CaseFlowDbContext db, Type entity, string[] properties, IReadOnlyList<object[]> rows, bool async, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(entity)!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var text = new StringBuilder("INSERT INTO ");
        if (table.Schema is { } schema) text.Append(Quote(schema)).Append('.');
        text.Append(Quote(table.Name)).Append(" (")
            .AppendJoin(", ", properties.Select(p => Quote(type.FindProperty(p)!.GetColumnName(table)!))).Append(") VALUES ");
        var parameters = new List<object>();
        text.AppendJoin(", ", rows.Select(row => "(" + string.Join(", ", row.Select(value =>
        {
            parameters.Add(value);
            return "{" + (parameters.Count - 1) + "}";
        })) + ")"));
        return async ? await db.Database.ExecuteSqlRawAsync(text.ToString(), parameters, ct) : db.Database.ExecuteSqlRaw(text.ToString(), parameters);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
