using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Org;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(x => x.UserName).HasMaxLength(64);
        builder.Property(x => x.DisplayName).HasMaxLength(64);
        builder.HasIndex(x => x.UserName).IsUnique();
        builder.HasMany(x => x.Memberships).WithOne(m => m.User).HasForeignKey(m => m.UserId);
    }
}
