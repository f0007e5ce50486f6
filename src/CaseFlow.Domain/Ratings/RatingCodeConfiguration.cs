using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Ratings;

public sealed class RatingCodeConfiguration : IEntityTypeConfiguration<RatingCode>
{
    public void Configure(EntityTypeBuilder<RatingCode> builder)
    {
        builder.Property(x => x.Salt).HasMaxLength(32);
        builder.Property(x => x.Hash).HasMaxLength(64);
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        builder.HasIndex(x => new { x.CaseId, x.CreatedAtUtc });
    }
}
