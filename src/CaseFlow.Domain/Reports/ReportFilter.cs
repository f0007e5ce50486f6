namespace CaseFlow.Domain.Reports;

/// <summary>
/// What a report covers: a period of Beijing dates (both ends included) and optional filters, each an org unit or item code:
/// the deciding department, the service item (实施编码), a region (its whole subtree) and the intake window.
/// </summary>
public sealed record ReportFilter(DateOnly? From, DateOnly? To, string? Department = null, string? Item = null, string? Region = null, string? Window = null);

/// <summary>The filter resolved against the org tree and the calendar: the period as UTC instants [FromUtc, ToUtc).</summary>
public sealed record ResolvedFilter(ReportFilter Filter, DateOnly From, DateOnly To, DateTime FromUtc, DateTime ToUtc, DateTime ComputedAtUtc)
{
    /// <summary>The filters as written into exports: 统计区间 and each filter given, in Chinese.</summary>
    public IReadOnlyList<(string Name, string Value)> Describe()
    {
        var lines = new List<(string, string)> { ("统计区间", $"{From:yyyy-MM-dd} 至 {To:yyyy-MM-dd}（北京时间）") };
        if (Filter.Department is { } d) lines.Add(("部门", d));
        if (Filter.Item is { } i) lines.Add(("事项", i));
        if (Filter.Region is { } r) lines.Add(("区域", r));
        if (Filter.Window is { } w) lines.Add(("窗口", w));
        return lines;
    }
}
