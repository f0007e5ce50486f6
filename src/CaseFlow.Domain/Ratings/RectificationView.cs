using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Ratings;

/// <summary>One step of a rectification as it stands: its latest task (where, who), deadline, when and by whom it was done, in time or not.</summary>
public sealed record RectificationStepView(RectificationStep Step, string Title, long? TaskId, CaseTaskStatus? TaskStatus, string? OrgUnit, string? Role,
    string? Assignee, DateTime? DueAtUtc, DateTime? DoneAtUtc, string? DoneBy, bool? InTime, SlaLevel? Level);

/// <summary>A case's rectification with its three steps (核实, 整改, 回访), for <c>GET /api/cases/{id}/rectification</c>.</summary>
public sealed record RectificationView(Rectification Rectification, IReadOnlyList<RectificationStepView> Steps)
{
    private static readonly (RectificationStep Step, string Type, string Title)[] Order =
        [(RectificationStep.Verify, "VerifyRating", "差评核实"), (RectificationStep.Rectify, "RectifyRating", "差评整改"), (RectificationStep.FollowUp, "FollowUpRating", "差评回访")];

    /// <summary>The latest rectification of the case (null while it has none), its steps read from its instance's tasks.</summary>
    public static async Task<RectificationView?> OfCaseAsync(CaseFlowDbContext db, long caseId, CancellationToken ct)
    {
        var r = await db.Rectifications.AsNoTracking().Include(x => x.Rating).Include(x => x.Case)
            .Where(x => x.CaseId == caseId).OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
        if (r is null) return null;
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == r.InstanceId && t.ActivityType != CaseTask.SupervisionOrderType)
            .OrderByDescending(t => t.Id).Select(t => new
            {
                t.Id, t.ActivityType, t.Title, t.Status, t.Role, t.Level,
                Unit = db.OrgUnits.Where(o => o.Id == t.OrgUnitId).Select(o => o.Name).FirstOrDefault(),
                Assignee = db.Users.Where(u => u.Id == t.AssigneeUserId).Select(u => u.DisplayName).FirstOrDefault(),
            }).ToListAsync(ct);
        var steps = Order.Select(o =>
        {
            var task = tasks.FirstOrDefault(t => t.ActivityType == o.Type);
            var (due, done, by) = o.Step switch
            {
                RectificationStep.Verify => (r.VerifyDueAtUtc, r.VerifiedAtUtc, r.VerifiedBy),
                RectificationStep.Rectify => (r.RectifyDueAtUtc, r.RectifiedAtUtc, r.RectifiedBy),
                _ => (r.FollowUpDueAtUtc, r.FollowedUpAtUtc, r.FollowedUpBy),
            };
            return new RectificationStepView(o.Step, task?.Title ?? o.Title, task?.Id, task?.Status, task?.Unit, task?.Role, task?.Assignee, due, done, by,
                done is null ? null : r.DoneInTime(o.Step), task?.Level);
        }).ToList();
        return new RectificationView(r, steps);
    }
}
