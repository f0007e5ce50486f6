using CaseFlow.Domain.Events;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Domain.Reports;

public static class ReportServiceCollectionExtensions
{
    /// <summary>效能监管 reports: the scope (access policy + filters), the live lists, the rates with their daily summaries, 时效考核 and the stored daily reports; all scoped.</summary>
    public static IServiceCollection AddCaseFlowReports(this IServiceCollection services)
    {
        services.AddScoped<ReportScope>();
        services.AddScoped<LiveLists>();
        services.AddScoped<RateCounts>();
        services.AddScoped<StepCounts>();
        services.AddScoped<RateDays>();
        services.AddScoped<IDomainEventHandler, ForgetRateDaysWhenPushed>();
        services.AddScoped<PeriodRates>();
        services.AddScoped<Timeliness>();
        services.AddScoped<DailyReports>();
        return services;
    }
}
