using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Notifications;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(x => x.Channel).HasMaxLength(16);
        builder.Property(x => x.Recipient).HasMaxLength(100);
        builder.Property(x => x.Template).HasMaxLength(40);
        builder.Property(x => x.Text).HasMaxLength(1000);
        builder.Property(x => x.LastError).HasMaxLength(1000);
        builder.Property(x => x.State).HasConversion<string>().HasMaxLength(8);
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        builder.HasIndex(x => new { x.State, x.Id });
    }
}
