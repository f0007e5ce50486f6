using System.Text.Json;
using CaseFlow.Domain.Org;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// 每日报表: one org unit's figures for one Beijing day, computed once after that day by the daily job and stored, so they do
/// not change when later data does (README "Reports (效能监管)"). One row per unit and day (a unique index).
/// </summary>
public sealed class DailyReport
{
    public long Id { get; private set; }
    public long OrgUnitId { get; private set; }
    public OrgUnit? OrgUnit { get; private set; }
    /// <summary>The Beijing date the figures cover.</summary>
    public DateOnly Date { get; private set; }
    /// <summary>The <see cref="DailyFigures"/> as JSON: a stored row keeps its shape even when the figures gain fields.</summary>
    public string FiguresJson { get; private set; } = "{}";
    public DateTime ComputedAtUtc { get; private set; }

    private DailyReport() { }

    public static DailyReport Create(long orgUnitId, DateOnly date, DailyFigures figures, DateTime computedAtUtc) => new()
    {
        OrgUnitId = orgUnitId, Date = date, FiguresJson = JsonSerializer.Serialize(figures, DailyFigures.Json), ComputedAtUtc = computedAtUtc,
    };

    public DailyFigures Figures => JsonSerializer.Deserialize<DailyFigures>(FiguresJson, DailyFigures.Json)
        ?? throw new InvalidOperationException($"Daily report {Id} holds no figures.");
}

/// <summary>
/// What a daily report holds: the day's rates over the unit's subtree (<see cref="PeriodRates"/> for that one day), and the
/// live lists' counts as they stood when it was computed — null for a day caught up later, whose live state is gone.
/// </summary>
public sealed record DailyFigures(RateFigures Rates, DailyLiveCounts? Live)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

/// <summary>The live lists' totals (预警, 超期, 停滞, open 督办单) over the unit's subtree at the moment of computing.</summary>
public sealed record DailyLiveCounts(int NearDue, int Overdue, int Stalled, int OpenSupervisionOrders);
