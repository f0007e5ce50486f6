namespace CaseFlow.Domain.Reports;

/// <summary>
/// The figures over a period (README "Reports (效能监管)" defines each). Shares are fractions rounded to 4 places; null when
/// their denominator is 0. The finished cohort is the accepted cases decided in the period.
/// </summary>
public sealed record RateFigures(
    int Received, int Finished, int NotAccepted,
    int WithinCommitted, double? CommittedRate, int WithinStatutory, double? StatutoryRate,
    int TimeCutCases, double? TimeCutMean, double? TimeCutMedian,
    int Immediate, double? ImmediateShare, int FullyOnline, double? FullyOnlineShare,
    int Trips, double? TripsPerCase, int Supplemented, double? SupplementRate,
    int DeemedAccepted, int Extensions, int ClockStops);

/// <summary>时限压缩率 of one item: 1 − actual ÷ statutory working days over its finished cases with a statutory limit above 0.</summary>
public sealed record ItemTimeCut(string ItemCode, string ItemName, int Cases, double Mean, double Median);

/// <summary>The rates over a period, with the time cut per item.</summary>
public sealed record RateReport(RateFigures Totals, IReadOnlyList<ItemTimeCut> TimeCutByItem);

/// <summary>One point of a daily series (key: the date) or one bar of a breakdown (key: the unit or item code).</summary>
public sealed record RatePoint(string Key, string Label, RateFigures Figures);

/// <summary>What a breakdown groups by: the deciding department, the item, or the region the case is handled in.</summary>
public enum RateDimension { Department, Item, Region }
