using CaseFlow.Domain.Access;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Cases;

/// <summary>
/// A case's clock acts: excluded periods (行政许可法 art. 45) and the one statutory extension (art. 42), by the deciding side.
/// Handlers: load and authorise through <see cref="AccessPolicy"/>, the timekeeper's change, one save.
/// </summary>
public sealed class CaseClockService(CaseFlowDbContext db, AccessPolicy access, CaseTimekeeper timekeeper)
{
    public async Task<ExcludedPeriod> StartExclusionAsync(long caseId, ExclusionReason? reason, string? note, Actor actor, CancellationToken ct)
    {
        if (reason is not { } why) throw new DomainValidationException("reason", $"A reason code is required: {string.Join(", ", Enum.GetNames<ExclusionReason>())}.");
        var @case = await DecidingAsync(caseId, actor, ct);
        var period = await timekeeper.StartExclusionAsync(@case, why, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), actor.UserName, ct);
        await db.SaveChangesAsync(ct);
        return period;
    }

    public async Task<ExcludedPeriod> EndExclusionAsync(long caseId, long periodId, Actor actor, CancellationToken ct)
    {
        var @case = await DecidingAsync(caseId, actor, ct);
        var period = await db.ExcludedPeriods.SingleOrDefaultAsync(p => p.Id == periodId && p.CaseId == caseId, ct)
            ?? throw new DomainNotFoundException($"Excluded period {periodId} of case {caseId} not found.");
        await timekeeper.EndExclusionAsync(@case, period, actor.UserName, ct);
        await db.SaveChangesAsync(ct);
        return period;
    }

    public async Task<Case> ExtendAsync(long caseId, string? reason, Actor actor, CancellationToken ct)
    {
        var @case = await DecidingAsync(caseId, actor, ct);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainValidationException("reason", "An extension states its reason (行政许可法第四十二条).");
        AccessPolicy.RequireExtensionApprover(actor, @case.ServiceItem!);
        await timekeeper.ExtendAsync(@case, reason, actor.UserName, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }

    /// <summary>The case, tracked with its item (the clocks change it in this request), if the actor sees it and decides it.</summary>
    private async Task<Case> DecidingAsync(long caseId, Actor actor, CancellationToken ct)
    {
        var @case = await access.CaseAsync(actor, caseId, ct, tracked: true);
        await access.RequireDecidingApproverAsync(actor, @case, ct);
        return @case;
    }
}
