using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Rights;

public sealed class WindowRightConfiguration : IEntityTypeConfiguration<WindowRight>
{
    public void Configure(EntityTypeBuilder<WindowRight> builder)
    {
        builder.ToTable("WindowRights");
        builder.Property(x => x.Right).HasConversion<string>().HasMaxLength(24);
        builder.Property(x => x.ImplementationCode).HasMaxLength(36);
        builder.Property(x => x.Category).HasMaxLength(32);
        builder.Property(x => x.GrantedBy).HasMaxLength(64);
        builder.Property(x => x.RevokedBy).HasMaxLength(64);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        // The check every window act makes: this window's grants of this right.
        builder.HasIndex(x => new { x.OrgUnitId, x.Right });
    }
}
