using CaseFlow.Domain.Calendar;

namespace CaseFlow.Domain.Ratings;

/// <summary>
/// 差评整改 limits in working days (<c>Ratings:Rectification:*</c>; README "好差评"): 核实 1, 整改 15, 回访 3 by default, each
/// overridable per province under <c>Provinces:&lt;code&gt;</c> (the province's 行政区划代码, e.g. 500000), matched against the
/// case's home region.
/// </summary>
public sealed class RectificationOptions
{
    public int VerifyDays { get; set; } = 1;
    public int RectifyDays { get; set; } = 15;
    public int FollowUpDays { get; set; } = 3;
    public Dictionary<string, RectificationLimits> Provinces { get; set; } = [];

    /// <summary>The step's limit for a case of this home region: the province's own when it sets one, else the default.</summary>
    public int DaysFor(RectificationStep step, string? region)
    {
        var province = region is null ? null
            : Provinces.Where(p => RegionCode.Prefix(p.Key).Length == 2 && RegionCode.Covers(RegionCode.Prefix(p.Key), region)).Select(p => p.Value).FirstOrDefault();
        var days = step switch
        {
            RectificationStep.Verify => province?.VerifyDays ?? VerifyDays,
            RectificationStep.Rectify => province?.RectifyDays ?? RectifyDays,
            _ => province?.FollowUpDays ?? FollowUpDays,
        };
        return Math.Max(0, days);
    }
}

/// <summary>A province's own limits; a missing one takes the default.</summary>
public sealed class RectificationLimits
{
    public int? VerifyDays { get; set; }
    public int? RectifyDays { get; set; }
    public int? FollowUpDays { get; set; }
}
