using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Ratings;

/// <summary>
/// Starts and ends 差评整改 inside the rating's own write (README "好差评"): a counted poor rating starts the workflow
/// <see cref="DefinitionId"/> on it (its latest published version); voiding the rating on appeal cancels it. Never saves.
/// </summary>
public sealed class Rectifications(CaseFlowDbContext db, WorkflowHost host, DefinitionStore definitions, RatingSubjectLoader subjects, DomainClock clock)
{
    public const string DefinitionId = "poor-rating-rectification";

    /// <summary>不满意 or 非常不满意: the rectification starts and its first task (核实) enters the deciding department's inbox.</summary>
    public async Task StartAsync(Rating rating, CancellationToken ct)
    {
        if (!rating.IsPoor || rating.IsVoided) return;
        var @case = rating.Case ?? throw new InvalidOperationException("The rating's case is not loaded.");
        if (@case.ServiceItem is null) await db.Entry(@case).Reference(c => c.ServiceItem).LoadAsync(ct);
        var definition = await definitions.GetLatestPublishedAsync(DefinitionId, ct);
        var rectification = Rectification.Start(rating, clock.UtcNow);
        db.Rectifications.Add(rectification);
        db.CaseEvents.Add(new CaseEvent
        {
            Case = @case, CaseId = @case.Id, AtUtc = clock.UtcNow, Actor = "system", Kind = "rectification-started",
            Summary = $"差评（{RatingLabels.Of(rating.Level)}）启动整改：核实 → 整改 → 回访",
        });
        await host.StartAsync(subjects.For(rectification), definition, "system", ct);
    }

    /// <summary>申诉复核: the voided rating's open rectification is cancelled with its open task; both stay in the audit chain.</summary>
    public async Task CancelAsync(Rating rating, string by, CancellationToken ct)
    {
        var rectification = await db.Rectifications.Include(r => r.Rating).Include(r => r.Case).ThenInclude(c => c!.ServiceItem)
            .SingleOrDefaultAsync(r => r.RatingId == rating.Id, ct);
        if (rectification is null || !rectification.IsOpen) return;
        rectification.Cancel($"评价经申诉复核作废：{rating.VoidReason}", clock.UtcNow);
        await host.CancelAsync(rectification.InstanceId, "评价经申诉复核作废", by, ct);
    }
}
