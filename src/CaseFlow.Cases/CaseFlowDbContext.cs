using CaseFlow.Cases.Cases;
using CaseFlow.Cases.Catalog;
using CaseFlow.Cases.Common;
using CaseFlow.Cases.Documents;
using CaseFlow.Cases.Org;
using CaseFlow.Cases.Tasks;
using CaseFlow.Cases.Workflows;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Cases;

/// <summary>
/// The one DbContext. Providers subclass it in CaseFlow.Data so each keeps its own migrations; the model is the same.
/// </summary>
public class CaseFlowDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Membership> Memberships => Set<Membership>();
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
            e.HasMany(x => x.Memberships).WithOne().HasForeignKey(m => m.UserId);
        });
        model.Entity<Membership>(e =>
        {
            e.Property(x => x.Role).HasMaxLength(32);
            e.HasIndex(x => new { x.UserId, x.OrgUnitId, x.Role }).IsUnique();
            e.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
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
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
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

        // Every IVersioned row carries an application-managed concurrency token (DESIGN decision 13).
        foreach (var type in model.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            model.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    /// <summary>Times are stored as UTC (DESIGN decision 13) and read back marked as UTC, whatever the provider returns.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) =>
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Version++;
    }
}
