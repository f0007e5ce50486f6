using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Audit;

public sealed class AuditStreamHeadConfiguration : IEntityTypeConfiguration<AuditStreamHead>
{
    public void Configure(EntityTypeBuilder<AuditStreamHead> builder)
    {
        builder.HasKey(x => x.Stream);
        builder.Property(x => x.Stream).HasMaxLength(40);
        builder.Property(x => x.Hash).HasMaxLength(64);
        builder.Property(x => x.Signature).HasMaxLength(64);
    }
}
