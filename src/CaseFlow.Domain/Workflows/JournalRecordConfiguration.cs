using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Workflows;

public sealed class JournalRecordConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.Property(x => x.InstanceId).HasMaxLength(32);
        builder.Property(x => x.TokenId).HasMaxLength(32);
        builder.Property(x => x.ActivityId).HasMaxLength(64);
        builder.Property(x => x.ActivityType).HasMaxLength(64);
        builder.Property(x => x.Outcome).HasMaxLength(64);
        builder.Property(x => x.Actor).HasMaxLength(64);
        builder.Property(x => x.Event).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => new { x.InstanceId, x.Id });
    }
}
