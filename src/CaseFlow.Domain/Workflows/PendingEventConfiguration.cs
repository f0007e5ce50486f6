using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Workflows;

public sealed class PendingEventConfiguration : IEntityTypeConfiguration<PendingEvent>
{
    public void Configure(EntityTypeBuilder<PendingEvent> builder)
    {
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.CorrelationKey).HasMaxLength(100);
        builder.HasIndex(x => new { x.Name, x.CorrelationKey });
    }
}
