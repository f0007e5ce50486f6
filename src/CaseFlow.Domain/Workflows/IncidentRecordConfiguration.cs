using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Workflows;

public sealed class IncidentRecordConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.Property(x => x.Id).HasMaxLength(32);
        builder.Property(x => x.InstanceId).HasMaxLength(32);
        builder.Property(x => x.ActivityId).HasMaxLength(64);
        builder.Property(x => x.ClosedBy).HasMaxLength(64);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => new { x.Status, x.CreatedAtUtc });
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
    }
}
