using CaseFlow.Domain.Org;
using CaseFlow.Domain.Ratings;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>The count of one level among the counted (not voided) ratings.</summary>
public sealed record LevelCount(RatingLevel Level, string Label, int Count);

/// <summary>
/// 好差评 figures over a period: counted ratings (voided ones left out) per level, 满意率 = (非常满意 + 满意) ÷ counted, 差评率 =
/// (不满意 + 非常不满意) ÷ counted (null when nothing was counted), the appeals upheld (ratings voided, 申诉复核), and of the
/// counted poor ratings those verified, rectified and followed up within each step's limit (差评整改), each ÷ poor.
/// </summary>
public sealed record RatingFigures(int Rated, IReadOnlyList<LevelCount> Levels, int Satisfied, double? SatisfactionShare, int Poor, double? PoorShare, int Appeals,
    int VerifiedInTime, double? VerifiedInTimeShare, int RectifiedInTime, double? RectifiedInTimeShare, int FollowedUpInTime, double? FollowedUpInTimeShare);

/// <summary>The ratings report (README "好差评"): the ratings given in the period on the cases <see cref="ReportScope"/> lets the actor count.</summary>
public sealed class RatingReport(CaseFlowDbContext db, ReportScope scope, RectificationReport rectifications)
{
    public async Task<(RatingFigures Figures, ResolvedFilter Filter)> FiguresAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (cases, resolved) = await scope.CasesAsync(actor, filter, ct);
        var given = db.Ratings.AsNoTracking().Where(r => r.GivenAtUtc >= resolved.FromUtc && r.GivenAtUtc < resolved.ToUtc && cases.Any(c => c.Id == r.CaseId));
        var groups = await given
            .GroupBy(r => new { r.Level, Voided = r.VoidedAtUtc != null })
            .Select(g => new { g.Key.Level, g.Key.Voided, Count = g.Count() })
            .ToListAsync(ct);
        int Counted(RatingLevel level) => groups.Where(g => !g.Voided && g.Level == level).Sum(g => g.Count);
        var levels = Enum.GetValues<RatingLevel>().Select(l => new LevelCount(l, RatingLabels.Of(l), Counted(l))).ToList();
        var rated = levels.Sum(l => l.Count);
        var satisfied = Counted(RatingLevel.VerySatisfied) + Counted(RatingLevel.Satisfied);
        var poor = Counted(RatingLevel.Dissatisfied) + Counted(RatingLevel.VeryDissatisfied);
        var steps = await rectifications.SharesAsync(
            given.Where(r => r.VoidedAtUtc == null && (r.Level == RatingLevel.Dissatisfied || r.Level == RatingLevel.VeryDissatisfied)), ct);
        return (new RatingFigures(rated, levels, satisfied, Share(satisfied, rated), poor, Share(poor, rated), groups.Where(g => g.Voided).Sum(g => g.Count),
            steps.VerifiedInTime, Share(steps.VerifiedInTime, poor), steps.RectifiedInTime, Share(steps.RectifiedInTime, poor),
            steps.FollowedUpInTime, Share(steps.FollowedUpInTime, poor)), resolved);
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4, MidpointRounding.AwayFromZero);
}
