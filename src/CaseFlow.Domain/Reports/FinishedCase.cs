using CaseFlow.Domain.Catalog;

namespace CaseFlow.Domain.Reports;

/// <summary>Where a case is counted in a breakdown: its item, deciding department and intake window.</summary>
public sealed record CaseKey(string ItemCode, string ItemName, long? DepartmentId, long WindowId);

/// <summary>
/// A case decided in the period, as the rates need it: the outcome of its committed and statutory clocks, and the statutory
/// clock's span and limit for the time cut (the clocks already hold stops, the extension and deemed acceptance).
/// </summary>
public sealed record FinishedCase(long CaseId, CaseKey Key, DateTime DecidedAtUtc, bool Accepted, bool Immediate, bool FullyOnline, int Trips, int SupplementRounds)
{
    public bool? CommittedOnTime { get; init; }
    public bool? StatutoryOnTime { get; init; }
    public DateTime? StatutoryStartUtc { get; init; }
    public DateTime? StatutoryStopUtc { get; init; }
    public TimeLimit? StatutoryLimit { get; init; }
    public string? Region { get; init; }
    /// <summary>Working days excluded from the statutory clock (补正 after acceptance, 听证, 检验 …).</summary>
    public double ExcludedWorkingDays { get; init; }
}

/// <summary>An event counted in the period: a deemed acceptance, an extension, a clock stop, or a receipt.</summary>
public sealed record CountedEvent(CountedKind Kind, DateTime AtUtc, CaseKey Key);

public enum CountedKind { Received, DeemedAccepted, Extended, ClockStopped, Decided }
