using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Cases;

public sealed class CaseNumberSequenceConfiguration : IEntityTypeConfiguration<CaseNumberSequence>
{
    public void Configure(EntityTypeBuilder<CaseNumberSequence> builder)
    {
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(64);
    }
}
