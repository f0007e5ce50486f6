namespace CaseFlow.Domain.Reports;

/// <summary>
/// 时效考核 score weights (configuration <c>Reports:Score:*</c>, per province): score = 100 × (OnTime × on-time share + Speed ×
/// (1 − mean share of the step limit used, clamped to 0…1)) ÷ (OnTime + Speed) − SupervisionOrderPenalty × orders received,
/// never below 0, to one decimal. README "Reports (效能监管)".
/// </summary>
public sealed class ScoreWeights
{
    public double OnTime { get; set; } = 0.7;
    public double Speed { get; set; } = 0.3;
    public double SupervisionOrderPenalty { get; set; } = 5;

    public double Score(double? onTimeShare, double? meanUsedShare, int supervisionOrders)
    {
        var (onTime, speed) = (Math.Max(0, OnTime), Math.Max(0, Speed));
        var weights = onTime + speed;
        var quality = weights == 0 ? 1 : (onTime * (onTimeShare ?? 1) + speed * Math.Clamp(1 - (meanUsedShare ?? 0), 0, 1)) / weights;
        return Math.Round(Math.Max(0, 100 * quality - Math.Max(0, SupervisionOrderPenalty) * supervisionOrders), 1, MidpointRounding.AwayFromZero);
    }
}

/// <summary>One row of 时效考核: a department (org unit code) or a person (user name), over the tasks they finished in the period.</summary>
public sealed record TimelinessRow(string Key, string Name, int Done, int WithLimit, int OnTime, int Overdue, double? OnTimeShare,
    double? MeanUsedShare, int SupervisionOrders, double Score);

public enum TimelinessBy { Department, Person }
