using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Reports;

public sealed class RateDayConfiguration : IEntityTypeConfiguration<RateDay>
{
    public void Configure(EntityTypeBuilder<RateDay> builder)
    {
        // One summary per day: a second run summarising the same day cannot store it again.
        builder.HasKey(x => x.Day);
        builder.HasIndex(x => x.ComputedAtUtc);
    }
}

public sealed class RateDayCountConfiguration : IEntityTypeConfiguration<RateDayCount>
{
    public void Configure(EntityTypeBuilder<RateDayCount> builder)
    {
        builder.Property(x => x.ItemCode).HasMaxLength(36);
        builder.Property(x => x.ItemName).HasMaxLength(200);
        builder.HasIndex(x => x.Day);
    }
}

public sealed class StepDayCountConfiguration : IEntityTypeConfiguration<StepDayCount>
{
    public void Configure(EntityTypeBuilder<StepDayCount> builder)
    {
        builder.Property(x => x.ItemCode).HasMaxLength(36);
        builder.HasIndex(x => x.Day);
    }
}
