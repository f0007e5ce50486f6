using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Cases;

public sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(x => x.CaseNo).HasMaxLength(64);
        builder.Property(x => x.ImplementationCode).HasMaxLength(36);
        builder.Property(x => x.ItemName).HasMaxLength(200);
        builder.Property(x => x.SituationCode).HasMaxLength(16);
        builder.Property(x => x.DefinitionId).HasMaxLength(64);
        builder.Property(x => x.WorkflowInstanceId).HasMaxLength(32);
        builder.Property(x => x.HomeRegionCode).HasMaxLength(32);
        builder.Property(x => x.Waybill).HasMaxLength(32);
        builder.Property(x => x.AcceptedBy).HasMaxLength(64);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.HandlingMode).HasConversion<string>().HasMaxLength(24);
        builder.Property(x => x.DeliveryMethod).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
        builder.Ignore(x => x.FormData);
        builder.HasIndex(x => x.CaseNo).IsUnique();
        builder.HasIndex(x => new { x.Status, x.ReceivedAtUtc });
        builder.HasIndex(x => x.IntakeWindowId);
        builder.HasIndex(x => x.HomeDepartmentId);
        builder.HasIndex(x => x.Waybill);
        // The reports' filters (Domain/Reports): the live lists by level and stall, the rates by decision and receipt time, alone and per unit.
        builder.HasIndex(x => x.Level);
        // Partial: a few thousand stalled among a million cases, so the planner counts them from the index, not by a table scan.
        builder.HasIndex(x => x.StalledSinceUtc).HasFilter("\"StalledSinceUtc\" IS NOT NULL");
        // Covering indexes for the rates over long periods (docs/decisions.md, decision 33): every column a rate sums or groups
        // by, so a year's decisions and receipts are read from the index alone, not from the wide case rows.
        builder.HasIndex(x => new
            {
                x.DecidedAtUtc, x.FiguresRecorded, x.ImplementationCode, x.ItemName, x.HomeDepartmentId, x.IntakeWindowId, x.AcceptedAtUtc,
                x.ServiceItemId, x.HandlingMode, x.Channel, x.Trips, x.SupplementRounds, x.CommittedOnTime, x.StatutoryOnTime, x.TimeCut,
            })
            .HasDatabaseName("IX_Cases_DecisionFigures").HasFilter("\"DecidedAtUtc\" IS NOT NULL");
        builder.HasIndex(x => new { x.ReceivedAtUtc, x.ImplementationCode, x.ItemName, x.HomeDepartmentId, x.IntakeWindowId }).HasDatabaseName("IX_Cases_Receipts");
        builder.HasIndex(x => new { x.IntakeWindowId, x.DecidedAtUtc });
        builder.HasIndex(x => new { x.HomeDepartmentId, x.DecidedAtUtc });
        builder.HasOne(x => x.ServiceItem).WithMany().HasForeignKey(x => x.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(x => x.Applicant, o =>
        {
            o.Property(p => p.Name).HasMaxLength(64);
            o.Property(p => p.IdNumber).HasMaxLength(32);
            o.Property(p => p.Phone).HasMaxLength(20);
            o.HasIndex(p => p.Name);
        });
        builder.OwnsMany(x => x.Materials, o => o.ToJson());
        builder.OwnsOne(x => x.Assistance, o =>
        {
            o.Property(p => p.Kind).HasConversion<string>().HasMaxLength(12);
            o.Property(p => p.Reason).HasMaxLength(200);
            o.Property(p => p.ClerkUserName).HasMaxLength(64);
            o.Property(p => p.AgentName).HasMaxLength(64);
            o.Property(p => p.AgentIdNumber).HasMaxLength(32);
            o.Property(p => p.AgentPhone).HasMaxLength(20);
        });
        builder.HasIndex(x => x.DueAtUtc);
        builder.Property(x => x.AuditHash).HasMaxLength(64);
        builder.Property(x => x.AuditSignature).HasMaxLength(64);
    }
}
