using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Documents;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Reports;
using CaseFlow.Domain.Rights;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;
using CaseFlow.Domain.Workflows;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseFlow.Domain;

/// <summary>
/// The one DbContext. Providers subclass it in CaseFlow.Data so each keeps its own migrations; the model is the same.
/// It holds the sets and the model-wide conventions only: each entity's configuration lives beside the entity, and the work
/// every save does (version bumps, the audit chain, timer jobs) is done by save hooks the host registers (see
/// <see cref="SaveBookkeeping"/>, <see cref="AuditSaveHook"/>, <see cref="TimerJobHook"/>).
/// </summary>
public class CaseFlowDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<WindowRight> WindowRights => Set<WindowRight>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseNumberSequence> CaseNumberSequences => Set<CaseNumberSequence>();
    public DbSet<CaseTask> Tasks => Set<CaseTask>();
    public DbSet<CaseDocument> Documents => Set<CaseDocument>();
    public DbSet<WorkflowDefinitionRecord> Definitions => Set<WorkflowDefinitionRecord>();
    public DbSet<WorkflowInstanceRecord> Instances => Set<WorkflowInstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<PendingEvent> PendingEvents => Set<PendingEvent>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<CalendarYearRecord> CalendarYears => Set<CalendarYearRecord>();
    public DbSet<CaseClock> Clocks => Set<CaseClock>();
    public DbSet<ExcludedPeriod> ExcludedPeriods => Set<ExcludedPeriod>();
    public DbSet<TimerRecord> Timers => Set<TimerRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditStreamHead> AuditStreamHeads => Set<AuditStreamHead>();
    public DbSet<Ratings.Rating> Ratings => Set<Ratings.Rating>();
    public DbSet<Ratings.RatingCode> RatingCodes => Set<Ratings.RatingCode>();
    public DbSet<Ratings.Rectification> Rectifications => Set<Ratings.Rectification>();
    public DbSet<DailyReport> DailyReports => Set<DailyReport>();
    public DbSet<RateDay> RateDays => Set<RateDay>();
    public DbSet<RateDayCount> RateDayCounts => Set<RateDayCount>();
    public DbSet<StepDayCount> StepDayCounts => Set<StepDayCount>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        // One IEntityTypeConfiguration per entity, in a file beside it (Cases/CaseConfiguration.cs …).
        model.ApplyConfigurationsFromAssembly(typeof(CaseFlowDbContext).Assembly);

        // Every IVersioned row carries an application-managed concurrency token (docs/decisions.md, decision 13).
        foreach (var type in model.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            model.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    /// <summary>Times are stored as UTC (docs/decisions.md, decision 13) and read back marked as UTC, whatever the provider returns.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) =>
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
