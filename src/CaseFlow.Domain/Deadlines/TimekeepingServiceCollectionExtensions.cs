using CaseFlow.Domain.Events;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Timers;
using CaseFlow.Domain.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Domain.Deadlines;

public static class TimekeepingServiceCollectionExtensions
{
    /// <summary>
    /// The clocks and timers: the domain-event handlers (one per event they react to), the timer handlers (one per timer
    /// kind) and the services they share. Scoped: they work in the step's DbContext.
    /// </summary>
    public static IServiceCollection AddCaseFlowTimekeeping(this IServiceCollection services)
    {
        services.AddScoped<ClockBook>();
        services.AddScoped<CaseTimekeeper>();
        services.AddScoped<CalendarRecompute>();
        services.AddScoped<Escalation>();
        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<CaseSubjectLoader>();
        services.AddScoped<IWorkflowSubjectLoader, CaseSubjectLoader>();

        services.AddScoped<IDomainEventHandler, StartReviewWhenHandlingStarts>();
        services.AddScoped<IDomainEventHandler, StopClocksWhenSupplementRequested>();
        services.AddScoped<IDomainEventHandler, ResumeClocksWhenSupplementReceived>();
        services.AddScoped<IDomainEventHandler, StartDecisionClocksWhenAccepted>();
        services.AddScoped<IDomainEventHandler, StartDecisionClocksWhenDeemedAccepted>();
        services.AddScoped<IDomainEventHandler, StartDeliveryClockWhenDecided>();
        // After the decision clocks stopped (above) and before anything else changes them: the figures the rates count.
        services.AddScoped<IDomainEventHandler, Reports.RecordFiguresWhenDecided>();
        services.AddScoped<IDomainEventHandler, Reports.RecordFiguresWhenStepCompleted>();
        services.AddScoped<IDomainEventHandler, StopEverythingWhenClosed>();
        services.AddScoped<IDomainEventHandler, RearmStallTimerAfterStep>();
        services.AddScoped<IDomainEventHandler, ArmTimersWhenTaskCreated>();
        services.AddScoped<IDomainEventHandler, CancelTimersWhenTaskClosed>();
        // Handlers of one event run in this order: the applicant's notice quotes the clocks the step clocks started.
        services.AddScoped<IDomainEventHandler, TellApplicantWhenDeemedAccepted>();
        services.AddScoped<IDomainEventHandler, Documents.IssueAcceptanceNoticeWhenAccepted>();

        services.AddScoped<ITimerHandler, WorkflowDelayTimerHandler>();
        services.AddScoped<ITimerHandler, ClockWarningTimerHandler>();
        services.AddScoped<ITimerHandler, ClockOverdueTimerHandler>();
        services.AddScoped<ITimerHandler, TaskWarningTimerHandler>();
        services.AddScoped<ITimerHandler, TaskOverdueTimerHandler>();
        services.AddScoped<ITimerHandler, OverdueReminderTimerHandler>();
        services.AddScoped<ITimerHandler, StalledTimerHandler>();
        services.AddScoped<ITimerHandler, DeemedAcceptanceTimerHandler>();
        services.AddScoped<TimerFiring>();
        services.AddScoped<DueTimers>();
        return services;
    }
}
