using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Ratings;

public sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> builder)
    {
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.FollowUpLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(x => x.InstanceId).HasMaxLength(64);
        foreach (var text in new[] { nameof(Rectification.Finding), nameof(Rectification.Measures), nameof(Rectification.Basis), nameof(Rectification.FollowUpNote) })
            builder.Property(text).HasMaxLength(Rectification.MaxText);
        builder.Property(x => x.CancelReason).HasMaxLength(Rating.MaxReason);
        foreach (var by in new[] { nameof(Rectification.VerifiedBy), nameof(Rectification.RectifiedBy), nameof(Rectification.FollowedUpBy) })
            builder.Property(by).HasMaxLength(64);
        builder.HasOne(x => x.Rating).WithMany().HasForeignKey(x => x.RatingId);
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        // One rectification per rating: a rating is rated once and rectified once.
        builder.HasIndex(x => x.RatingId).IsUnique();
        builder.HasIndex(x => x.CaseId);
        builder.HasIndex(x => x.InstanceId);
    }
}
