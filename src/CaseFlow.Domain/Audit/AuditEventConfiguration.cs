using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Audit;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(x => x.Stream).HasMaxLength(40);
        builder.Property(x => x.Algorithm).HasMaxLength(16);
        builder.Property(x => x.PreviousHash).HasMaxLength(64);
        builder.Property(x => x.Hash).HasMaxLength(64);
        builder.HasIndex(x => new { x.Stream, x.Sequence }).IsUnique();
    }
}
