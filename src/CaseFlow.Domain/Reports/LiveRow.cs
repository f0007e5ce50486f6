using System.Text.Json.Serialization;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// One row of a live list: the case, its current step (or the supervision order), who holds it, where, its deadline and how
/// far over or how much is left, in working days of the case's home region.
/// </summary>
public sealed record LiveRow(
    long CaseId, string CaseNo, string ItemCode, string ItemName, string? Step, string? Assignee, string? Department,
    DateTime? DeadlineUtc, DateOnly? DeadlineDate, int WorkingDaysLeft, int WorkingDaysOver, SupervisionCard Card,
    string ApplicantPhone, DateTime? StalledSinceUtc);

/// <summary>A live list: how many rows match, and the first of them, most urgent first.</summary>
public sealed record LiveList(int Total, IReadOnlyList<LiveRow> Items);

/// <summary>
/// The 电子监察 ladder (docs/architecture.md, "Time limits"): 预警 before the limit, 黄牌 once it has passed, 红牌 once an open
/// supervision order's own deadline has passed too.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SupervisionCard>))]
public enum SupervisionCard { None, Warning, Yellow, Red }

public static class SupervisionCards
{
    public static string Name(SupervisionCard card) => card switch
    {
        SupervisionCard.Warning => "预警",
        SupervisionCard.Yellow => "黄牌",
        SupervisionCard.Red => "红牌",
        _ => "",
    };
}
