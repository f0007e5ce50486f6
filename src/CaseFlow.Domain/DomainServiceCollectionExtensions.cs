using CaseFlow.Domain.Access;
using CaseFlow.Domain.Activities;
using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Rights;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Workflows;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Timers;
using CaseFlow.Domain.Ratings;
using CaseFlow.Domain.Reports;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseFlow.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>The engine with the case activities, the domain clock and the feature services. The DbContext is registered by CaseFlow.Data.</summary>
    public static IServiceCollection AddCaseFlowDomain(this IServiceCollection services, TimeProvider? domainTime = null)
    {
        services.AddSingleton(new DomainClock(domainTime ?? TimeProvider.System));
        services.AddSingleton(CaseActivities.Registry());
        services.AddSingleton<ExpressionEvaluator>(_ => new ExpressionEvaluator());
        services.AddSingleton<DefinitionValidator>();
        services.AddSingleton<PublishedDefinitionCache>();
        services.AddSingleton<CaseNumberOptions>();
        services.AddScoped<DefinitionStore>();
        services.AddScoped<WorkflowHost>();
        services.AddScoped<TaskService>();
        services.AddScoped<CatalogImporter>();
        services.AddScoped<OrgImporter>();
        services.AddScoped<OrgDirectory>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<WindowRights>();
        services.AddScoped<AccessPolicy>();
        services.AddScoped<CaseService>();
        services.AddScoped<CaseClockService>();
        services.AddCaseFlowReports();

        // Time limits (issue 3): the calendar in force, the clocks, timers and the outbox.
        services.TryAddSingleton(OfficeHours.Default);
        services.AddSingleton<WorkCalendarProvider>();
        services.AddScoped<CalendarLoader>();
        services.AddCaseFlowTimekeeping();
        services.AddCaseFlowRatings();
        services.AddScoped<Notifier>();
        services.AddScoped<OutboxDispatcher>();
        services.TryAddSingleton<ITimerJobScheduler, SweepOnlyScheduler>();
        services.TryAddSingleton<INotificationSender, LogNotificationSender>();

        // Audit trail (issue 4): the host registers the AuditKey (kept outside the database) and, for signed-in users, an IAuditActor.
        services.AddScoped<AuditVerifier>();

        // Save hooks, which CaseFlow.Data adds to every context, in this order: the audit hook commits its transaction before
        // the timer hook schedules jobs for the timers that save wrote. The audit hook is scoped: its actor is the scope's.
        services.AddScoped<ISaveChangesInterceptor, AuditSaveHook>();
        // 文号 inside the audit hook's transaction: an added document is described after the save, so the trail has its number.
        services.AddSingleton<ISaveChangesInterceptor, Documents.DocumentNumbering>();
        services.AddSingleton<ISaveChangesInterceptor, TimerJobHook>();
        return services;
    }
}
