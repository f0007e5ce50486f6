using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Tasks;

public sealed class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> builder)
    {
        builder.Property(x => x.InstanceId).HasMaxLength(32);
        builder.Property(x => x.BookmarkId).HasMaxLength(32);
        builder.Property(x => x.ActivityId).HasMaxLength(64);
        builder.Property(x => x.ActivityType).HasMaxLength(64);
        builder.Property(x => x.Title).HasMaxLength(100);
        builder.Property(x => x.Role).HasMaxLength(32);
        builder.Property(x => x.BranchId).HasMaxLength(64);
        builder.Property(x => x.Outcome).HasMaxLength(32);
        builder.Property(x => x.CompletedBy).HasMaxLength(64);
        builder.Property(x => x.CompletedOnBehalfOf).HasMaxLength(64);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        builder.HasIndex(x => x.BookmarkId).IsUnique();
        builder.HasIndex(x => new { x.Status, x.OrgUnitId, x.Role });
        builder.HasIndex(x => new { x.AssigneeUserId, x.Status });
        builder.HasIndex(x => x.CaseId);
        // 时效考核 (Domain/Reports/Timeliness.cs): steps completed in a period — covering, so a year's closed steps are summed from
        // the index alone (docs/decisions.md, decision 33) — and supervision orders raised in it.
        builder.HasIndex(x => new { x.Status, x.ClosedAtUtc, x.ActivityType, x.FiguresRecorded, x.OrgUnitId, x.AssigneeUserId, x.CaseId, x.OnTime, x.UsedShare })
            .HasDatabaseName("IX_Tasks_StepFigures");
        builder.HasIndex(x => new { x.ActivityType, x.CreatedAtUtc });
    }
}
