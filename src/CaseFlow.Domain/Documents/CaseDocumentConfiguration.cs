using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Documents;

public sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.Property(x => x.Title).HasMaxLength(100);
        builder.Property(x => x.Sha256).HasMaxLength(64);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        builder.HasIndex(x => x.CaseId);
        builder.Property(x => x.Number).HasMaxLength(64);
        builder.Property(x => x.IssuerId).HasMaxLength(64);
        builder.HasIndex(x => x.Number).IsUnique();
    }
}
