using CaseFlow.Domain.Events;
using CaseFlow.Domain.Reports;
using CaseFlow.Domain.Timers;
using CaseFlow.Domain.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseFlow.Domain.Ratings;

public static class RatingServiceCollectionExtensions
{
    /// <summary>
    /// 好差评: the service, the invitation (its event handler and timer handler), the rectification of a poor rating (its
    /// workflow subject and the handler keeping its timers when the case is archived) and the ratings reports. Registered after
    /// the timekeeping: the invitation handler must run after the one that cancels an archived case's timers.
    /// </summary>
    public static IServiceCollection AddCaseFlowRatings(this IServiceCollection services)
    {
        services.TryAddSingleton(new RatingOptions());
        services.AddScoped<RatingService>();
        services.AddScoped<RatingReport>();
        services.AddScoped<IDomainEventHandler, ArmRatingInvitation>();
        services.AddScoped<ITimerHandler, RatingInvitationTimerHandler>();
        services.AddScoped<Rectifications>();
        services.AddScoped<RatingSubjectLoader>();
        services.AddScoped<IWorkflowSubjectLoader, RatingSubjectLoader>();
        services.AddScoped<IDomainEventHandler, KeepRectificationTimersWhenArchived>();
        services.AddScoped<RectificationReport>();
        return services;
    }
}
