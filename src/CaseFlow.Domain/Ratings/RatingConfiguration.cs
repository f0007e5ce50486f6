using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Ratings;

public sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder)
    {
        builder.Property(x => x.Level).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.CriteriaJson).HasMaxLength(2000);
        builder.Ignore(x => x.Criteria);
        builder.Property(x => x.Comment).HasMaxLength(Rating.MaxComment);
        builder.Property(x => x.GivenBy).HasMaxLength(64);
        builder.Property(x => x.VoidedBy).HasMaxLength(64);
        builder.Property(x => x.VoidReason).HasMaxLength(Rating.MaxReason);
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        // One rating per case (一事一评): the second answers 409 even when two arrive at once.
        builder.HasIndex(x => x.CaseId).IsUnique();
        builder.HasIndex(x => x.GivenAtUtc);
    }
}
