using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Workflows;

public sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.Property(x => x.Id).HasMaxLength(32);
        builder.Property(x => x.InstanceId).HasMaxLength(32);
        builder.Property(x => x.ActivityId).HasMaxLength(64);
        builder.Property(x => x.Kind).HasMaxLength(16);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.CorrelationKey).HasMaxLength(100);
        builder.HasIndex(x => new { x.Kind, x.Name, x.CorrelationKey });
        builder.HasIndex(x => x.DueAtUtc);
        builder.HasIndex(x => x.InstanceId);
    }
}
