using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Org;

public sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.Property(x => x.Code).HasMaxLength(32);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.Path).HasMaxLength(400);
        builder.Property(x => x.Category).HasMaxLength(32);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.HasIndex(x => x.Path);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
