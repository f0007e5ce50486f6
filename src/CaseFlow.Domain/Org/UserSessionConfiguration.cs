using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Org;

public sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.EndReason).HasMaxLength(32);
        builder.Ignore(x => x.IsLive);
        // Ending all of a user's live sessions looks them up by user.
        builder.HasIndex(x => new { x.UserId, x.EndedAtUtc });
        builder.HasOne<User>().WithMany().HasForeignKey(x => x.UserId);
    }
}
