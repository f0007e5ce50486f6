using AutoMapper;
using CaseFlow.Domain.Reports;

namespace CaseFlow.Server.Reports;

/// <summary>The query every report takes: a period of Beijing dates (yyyy-MM-dd, both included) and the filters, as codes.</summary>
public sealed record ReportQuery(DateOnly? From, DateOnly? To, string? Department, string? Item, string? Region, string? Window)
{
    public ReportFilter ToFilter() => new(From, To, Blank(Department), Blank(Item), Blank(Region), Blank(Window));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The period a report covered and when it was computed.</summary>
public sealed record ReportPeriodDto(DateOnly From, DateOnly To, DateTime ComputedAtUtc);

public sealed record LiveRowDto(long CaseId, string CaseNo, string ItemCode, string ItemName, string? Step, string? Assignee, string? Department,
    DateTime? DeadlineUtc, DateOnly? DeadlineDate, int WorkingDaysLeft, int WorkingDaysOver, SupervisionCard Card, string CardName,
    string ApplicantPhone, DateTime? StalledSinceUtc);

public sealed record LiveListDto(int Total, IReadOnlyList<LiveRowDto> Items, ReportPeriodDto Period);

public sealed record RateFiguresDto(
    int Received, int Finished, int NotAccepted,
    int WithinCommitted, double? CommittedRate, int WithinStatutory, double? StatutoryRate,
    int TimeCutCases, double? TimeCutMean, double? TimeCutMedian,
    int Immediate, double? ImmediateShare, int FullyOnline, double? FullyOnlineShare,
    int Trips, double? TripsPerCase, int Supplemented, double? SupplementRate,
    int DeemedAccepted, int Extensions, int ClockStops);

public sealed record ItemTimeCutDto(string ItemCode, string ItemName, int Cases, double Mean, double Median);

public sealed record RateReportDto(RateFiguresDto Totals, IReadOnlyList<ItemTimeCutDto> TimeCutByItem, ReportPeriodDto Period);

public sealed record RatePointDto(string Key, string Label, RateFiguresDto Figures);

public sealed record RateSeriesDto(IReadOnlyList<RatePointDto> Points, ReportPeriodDto Period);

public sealed record TimelinessRowDto(string Key, string Name, int Done, int WithLimit, int OnTime, int Overdue, double? OnTimeShare,
    double? MeanUsedShare, int SupervisionOrders, double Score);

public sealed record TimelinessDto(IReadOnlyList<TimelinessRowDto> Rows, ReportPeriodDto Period);

public sealed class ReportProfile : Profile
{
    public ReportProfile()
    {
        CreateMap<LiveRow, LiveRowDto>().ForCtorParam(nameof(LiveRowDto.CardName), o => o.MapFrom(r => SupervisionCards.Name(r.Card)));
        CreateMap<RateFigures, RateFiguresDto>();
        CreateMap<ItemTimeCut, ItemTimeCutDto>();
        CreateMap<RatePoint, RatePointDto>();
        CreateMap<TimelinessRow, TimelinessRowDto>();
        CreateMap<ResolvedFilter, ReportPeriodDto>().ForCtorParam(nameof(ReportPeriodDto.ComputedAtUtc), o => o.MapFrom(f => f.ComputedAtUtc));
    }
}
