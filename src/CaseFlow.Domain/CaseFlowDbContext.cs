using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Documents;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Rights;
using CaseFlow.Domain.Tasks;
using CaseFlow.Domain.Timers;
using CaseFlow.Domain.Workflows;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaseFlow.Domain;

/// <summary>
/// The one DbContext. Providers subclass it in CaseFlow.Data so each keeps its own migrations; the model is the same.
/// </summary>
public class CaseFlowDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Membership> Memberships => Set<Membership>();
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

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<ServiceItem>(e =>
        {
            e.Property(x => x.BasicCode).HasMaxLength(12);
            e.Property(x => x.ImplementationCode).HasMaxLength(36);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Type).HasMaxLength(4);
            e.Property(x => x.TypeName).HasMaxLength(32);
            e.Property(x => x.HomeDepartmentCategory).HasMaxLength(32);
            e.Property(x => x.DefinitionId).HasMaxLength(64);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.CaseType).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.AcceptedBy).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.ImplementationCode, x.Version }).IsUnique();
            e.HasIndex(x => new { x.ImplementationCode, x.IsCurrent });
            e.OwnsOne(x => x.StatutoryLimit, o => o.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16));
            e.OwnsOne(x => x.CommittedLimit, o => o.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16));
            e.OwnsMany(x => x.SpecialProcedures, o => { o.ToJson(); o.OwnsOne(p => p.Limit); });
            e.OwnsMany(x => x.FormFields, o => o.ToJson());
            e.OwnsMany(x => x.Situations, o => { o.ToJson(); o.OwnsMany(s => s.Materials); });
            e.OwnsMany(x => x.ReviewPoints, o => o.ToJson());
            // Read as a whole and never queried into: a JSON text column (an item version never changes).
            e.Property(x => x.Timekeeping).HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
                v => JsonSerializer.Deserialize<ItemTimekeeping>(v, JsonSerializerOptions.Web) ?? new ItemTimekeeping(),
                new ValueComparer<ItemTimekeeping>((a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
                    v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web).GetHashCode(), v => JsonSerializer.Deserialize<ItemTimekeeping>(JsonSerializer.Serialize(v, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!));
        });

        model.Entity<OrgUnit>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Path).HasMaxLength(400);
            e.Property(x => x.Category).HasMaxLength(32);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.Path);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<User>(e =>
        {
            e.Property(x => x.UserName).HasMaxLength(64);
            e.Property(x => x.DisplayName).HasMaxLength(64);
            e.HasIndex(x => x.UserName).IsUnique();
            e.HasMany(x => x.Memberships).WithOne(m => m.User).HasForeignKey(m => m.UserId);
        });
        model.Entity<Membership>(e =>
        {
            e.Property(x => x.Role).HasMaxLength(32);
            e.HasIndex(x => new { x.UserId, x.OrgUnitId, x.Role }).IsUnique();
            e.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<WindowRight>(e =>
        {
            e.ToTable("WindowRights");
            e.Property(x => x.Right).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.ImplementationCode).HasMaxLength(36);
            e.Property(x => x.Category).HasMaxLength(32);
            e.Property(x => x.GrantedBy).HasMaxLength(64);
            e.Property(x => x.RevokedBy).HasMaxLength(64);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            // The check every window act makes: this window's grants of this right.
            e.HasIndex(x => new { x.OrgUnitId, x.Right });
        });

        model.Entity<Case>(e =>
        {
            e.Property(x => x.CaseNo).HasMaxLength(64);
            e.Property(x => x.ImplementationCode).HasMaxLength(36);
            e.Property(x => x.ItemName).HasMaxLength(200);
            e.Property(x => x.SituationCode).HasMaxLength(16);
            e.Property(x => x.DefinitionId).HasMaxLength(64);
            e.Property(x => x.WorkflowInstanceId).HasMaxLength(32);
            e.Property(x => x.HomeRegionCode).HasMaxLength(32);
            e.Property(x => x.Waybill).HasMaxLength(32);
            e.Property(x => x.AcceptedBy).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.HandlingMode).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.DeliveryMethod).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
            e.Ignore(x => x.FormData);
            e.HasIndex(x => x.CaseNo).IsUnique();
            e.HasIndex(x => new { x.Status, x.ReceivedAtUtc });
            e.HasIndex(x => x.IntakeWindowId);
            e.HasIndex(x => x.HomeDepartmentId);
            e.HasIndex(x => x.Waybill);
            e.HasOne(x => x.ServiceItem).WithMany().HasForeignKey(x => x.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
            e.OwnsOne(x => x.Applicant, o =>
            {
                o.Property(p => p.Name).HasMaxLength(64);
                o.Property(p => p.IdNumber).HasMaxLength(32);
                o.Property(p => p.Phone).HasMaxLength(20);
                o.HasIndex(p => p.Name);
            });
            e.OwnsMany(x => x.Materials, o => o.ToJson());
            e.OwnsOne(x => x.Assistance, o =>
            {
                o.Property(p => p.Kind).HasConversion<string>().HasMaxLength(12);
                o.Property(p => p.Reason).HasMaxLength(200);
                o.Property(p => p.ClerkUserName).HasMaxLength(64);
                o.Property(p => p.AgentName).HasMaxLength(64);
                o.Property(p => p.AgentIdNumber).HasMaxLength(32);
                o.Property(p => p.AgentPhone).HasMaxLength(20);
            });
            e.HasIndex(x => x.DueAtUtc);
            e.Property(x => x.AuditHash).HasMaxLength(64);
            e.Property(x => x.AuditSignature).HasMaxLength(64);
        });
        model.Entity<CaseEvent>(e =>
        {
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Actor).HasMaxLength(64);
            e.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
            e.HasIndex(x => new { x.CaseId, x.Id });
        });
        model.Entity<CaseNumberSequence>(e =>
        {
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(64);
        });

        model.Entity<CaseTask>(e =>
        {
            e.Property(x => x.InstanceId).HasMaxLength(32);
            e.Property(x => x.BookmarkId).HasMaxLength(32);
            e.Property(x => x.ActivityId).HasMaxLength(64);
            e.Property(x => x.ActivityType).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Role).HasMaxLength(32);
            e.Property(x => x.BranchId).HasMaxLength(64);
            e.Property(x => x.Outcome).HasMaxLength(32);
            e.Property(x => x.CompletedBy).HasMaxLength(64);
            e.Property(x => x.CompletedOnBehalfOf).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
            e.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
            e.HasIndex(x => x.BookmarkId).IsUnique();
            e.HasIndex(x => new { x.Status, x.OrgUnitId, x.Role });
            e.HasIndex(x => new { x.AssigneeUserId, x.Status });
            e.HasIndex(x => x.CaseId);
        });

        model.Entity<CaseDocument>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            e.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
            e.HasIndex(x => x.CaseId);
        });

        model.Entity<WorkflowDefinitionRecord>(e =>
        {
            e.Property(x => x.DefinitionId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.PublishedBy).HasMaxLength(64);
            e.HasIndex(x => new { x.DefinitionId, x.DefinitionVersion }).IsUnique();
        });
        model.Entity<WorkflowInstanceRecord>(e =>
        {
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.DefinitionId).HasMaxLength(64);
            e.Property(x => x.SubjectType).HasMaxLength(32);
            e.Property(x => x.ParentInstanceId).HasMaxLength(32);
            e.Property(x => x.ParentBookmarkId).HasMaxLength(32);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        });
        model.Entity<BookmarkRecord>(e =>
        {
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.InstanceId).HasMaxLength(32);
            e.Property(x => x.ActivityId).HasMaxLength(64);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.CorrelationKey).HasMaxLength(100);
            e.HasIndex(x => new { x.Kind, x.Name, x.CorrelationKey });
            e.HasIndex(x => x.DueAtUtc);
            e.HasIndex(x => x.InstanceId);
        });
        model.Entity<JournalRecord>(e =>
        {
            e.Property(x => x.InstanceId).HasMaxLength(32);
            e.Property(x => x.TokenId).HasMaxLength(32);
            e.Property(x => x.ActivityId).HasMaxLength(64);
            e.Property(x => x.ActivityType).HasMaxLength(64);
            e.Property(x => x.Outcome).HasMaxLength(64);
            e.Property(x => x.Actor).HasMaxLength(64);
            e.Property(x => x.Event).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.InstanceId, x.Id });
        });
        model.Entity<IncidentRecord>(e =>
        {
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.InstanceId).HasMaxLength(32);
            e.Property(x => x.ActivityId).HasMaxLength(64);
            e.Property(x => x.ClosedBy).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.Status, x.CreatedAtUtc });
            e.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        });
        model.Entity<PendingEvent>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.CorrelationKey).HasMaxLength(100);
            e.HasIndex(x => new { x.Name, x.CorrelationKey });
        });

        model.Entity<Delegation>(e =>
        {
            e.Property(x => x.Reason).HasMaxLength(200);
            e.HasOne<User>().WithMany().HasForeignKey(x => x.FromUserId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<User>().WithMany().HasForeignKey(x => x.ToUserId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ToUserId, x.From, x.To });
        });
        model.Entity<CalendarYearRecord>(e =>
        {
            e.Property(x => x.Region).HasMaxLength(12);
            e.Property(x => x.Source).HasMaxLength(300);
            e.Property(x => x.LoadedBy).HasMaxLength(64);
            e.HasIndex(x => new { x.Year, x.Region }).IsUnique();
        });
        model.Entity<CaseClock>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
            e.OwnsOne(x => x.Limit, l =>
            {
                l.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16);
                l.Property(p => p.Note).HasMaxLength(200);
            });
            e.OwnsOne(x => x.Extension, l =>
            {
                l.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16);
                l.Property(p => p.Note).HasMaxLength(200);
            });
            e.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
            e.HasIndex(x => new { x.CaseId, x.Kind });
            e.HasIndex(x => x.OnFallback);
        });
        model.Entity<ExcludedPeriod>(e =>
        {
            e.Property(x => x.Reason).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.StartedBy).HasMaxLength(64);
            e.Property(x => x.EndedBy).HasMaxLength(64);
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId);
            e.HasIndex(x => x.CaseId);
        });
        model.Entity<TimerRecord>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.InstanceId).HasMaxLength(32);
            e.Property(x => x.BookmarkId).HasMaxLength(32);
            e.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
            e.HasOne(x => x.Task).WithMany().HasForeignKey(x => x.TaskId);
            e.HasOne(x => x.Clock).WithMany().HasForeignKey(x => x.ClockId);
            // The sweep's query: pending timers by due time.
            e.HasIndex(x => new { x.State, x.DueAtUtc });
            e.HasIndex(x => new { x.CaseId, x.State });
        });
        model.Entity<OutboxMessage>(e =>
        {
            e.Property(x => x.Channel).HasMaxLength(16);
            e.Property(x => x.Recipient).HasMaxLength(100);
            e.Property(x => x.Template).HasMaxLength(40);
            e.Property(x => x.Text).HasMaxLength(1000);
            e.Property(x => x.LastError).HasMaxLength(1000);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(8);
            e.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
            e.HasIndex(x => new { x.State, x.Id });
        });

        model.Entity<AuditEvent>(e =>
        {
            e.Property(x => x.Stream).HasMaxLength(40);
            e.Property(x => x.Algorithm).HasMaxLength(16);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => new { x.Stream, x.Sequence }).IsUnique();
        });
        model.Entity<AuditStreamHead>(e =>
        {
            e.HasKey(x => x.Stream);
            e.Property(x => x.Stream).HasMaxLength(40);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.Signature).HasMaxLength(64);
        });

        // Every IVersioned row carries an application-managed concurrency token (DESIGN decision 13).
        foreach (var type in model.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            model.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    /// <summary>Times are stored as UTC (DESIGN decision 13) and read back marked as UTC, whatever the provider returns.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) =>
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        // The async path run synchronously: with async false every database call in it is synchronous.
        SaveAsync(acceptAllChangesOnSuccess, async: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAsync(acceptAllChangesOnSuccess, async: true, cancellationToken);

    private async Task<int> SaveAsync(bool acceptAllChangesOnSuccess, bool async, CancellationToken ct)
    {
        KeepAuditHeads();
        BumpVersions();
        var soon = TimersDueSoon();
        var changes = AuditChanges.Collect(this);
        var saved = changes.Count > 0
            ? await SaveAuditedAsync(changes, acceptAllChangesOnSuccess, async, ct)
            : async ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct) : base.SaveChanges(acceptAllChangesOnSuccess);
        ScheduleJobs(soon);
        return saved;
    }

    /// <summary>
    /// The audit trail (DESIGN decision 18), in the same transaction as the changes: described before the save, the rows are
    /// written (added ones get their ids), then the events are appended and the signed heads moved, then commit. The events
    /// bypass the change tracker. If the append or the commit fails, the tracker has already accepted the rows, as with any
    /// failed commit of an outer transaction: the unit of work is spent (callers discard it, or retry in a new scope).
    /// </summary>
    private async Task<int> SaveAuditedAsync(List<CapturedChange> changes, bool acceptAllChangesOnSuccess, bool async, CancellationToken ct)
    {
        var key = AppService<AuditKey>()
            ?? throw new InvalidOperationException("No AuditKey is registered: audited changes cannot be signed (configure Audit:Key or Audit:KeyFile).");
        // Resolved before the transaction: the server's actor may query the user's memberships.
        var actor = AppService<IAuditActor>() is { } who ? await who.GetAsync(ct) : AuditActorInfo.System;
        var now = (AppService<DomainClock>()?.Time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var own = Database.CurrentTransaction is not null ? null : async ? await Database.BeginTransactionAsync(ct) : Database.BeginTransaction();
        try
        {
            var saved = async ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct) : base.SaveChanges(acceptAllChangesOnSuccess);
            await AuditChain.AppendAsync(this, key, changes.Select(c => c.Complete(this)).ToList(), actor, now, async, ct);
            if (own is not null)
            {
                if (async) await own.CommitAsync(ct);
                else own.Commit();
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                if (async) await own.DisposeAsync();
                else own.Dispose();
            }
        }
    }

    private T? AppService<T>() where T : class =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(T)) as T;

    /// <summary>
    /// New timers due within the horizon get their job right after the commit (the sweep schedules the rest as they come
    /// near, and fires any timer whose job was lost). Marked before the commit: a job that then fails to enqueue still has
    /// the sweep behind it.
    /// </summary>
    private (ITimerJobScheduler Scheduler, DomainClock Clock, List<TimerRecord> Timers)? TimersDueSoon()
    {
        if (AppService<ITimerJobScheduler>() is not { } scheduler || AppService<DomainClock>() is not { } clock)
            return null;
        var until = clock.UtcNow + DueTimers.Horizon;
        var soon = ChangeTracker.Entries<TimerRecord>()
            .Where(e => e.State == EntityState.Added && e.Entity.DueAtUtc <= until && !e.Entity.JobScheduled).Select(e => e.Entity).ToList();
        foreach (var timer in soon) timer.MarkScheduled();
        return soon.Count == 0 ? null : (scheduler, clock, soon);
    }

    private static void ScheduleJobs((ITimerJobScheduler Scheduler, DomainClock Clock, List<TimerRecord> Timers)? soon)
    {
        if (soon is not { } s) return;
        foreach (var timer in s.Timers) s.Scheduler.Schedule(timer.Id, timer.DueAtUtc - s.Clock.UtcNow);
    }

    /// <summary>Only the chain moves a case's audit head: a tracked copy (stale once the chain moved) never writes it back.</summary>
    private void KeepAuditHeads()
    {
        foreach (var entry in ChangeTracker.Entries<Case>().Where(e => e.State == EntityState.Modified))
            foreach (var name in (string[])[nameof(Case.AuditSequence), nameof(Case.AuditHash), nameof(Case.AuditSignature)])
                entry.Property(name).IsModified = false;
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Version++;
    }
}
