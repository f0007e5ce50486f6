using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Timers;

public sealed class TimerRecordConfiguration : IEntityTypeConfiguration<TimerRecord>
{
    public void Configure(EntityTypeBuilder<TimerRecord> builder)
    {
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.State).HasConversion<string>().HasMaxLength(12);
        builder.Property(x => x.InstanceId).HasMaxLength(32);
        builder.Property(x => x.BookmarkId).HasMaxLength(32);
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        builder.HasOne(x => x.Task).WithMany().HasForeignKey(x => x.TaskId);
        builder.HasOne(x => x.Clock).WithMany().HasForeignKey(x => x.ClockId);
        // The sweep's query: pending timers by due time.
        builder.HasIndex(x => new { x.State, x.DueAtUtc });
        builder.HasIndex(x => new { x.CaseId, x.State });
    }
}
