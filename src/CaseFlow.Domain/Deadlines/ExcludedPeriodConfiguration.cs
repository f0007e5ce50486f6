using CaseFlow.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Deadlines;

public sealed class ExcludedPeriodConfiguration : IEntityTypeConfiguration<ExcludedPeriod>
{
    public void Configure(EntityTypeBuilder<ExcludedPeriod> builder)
    {
        builder.Property(x => x.Reason).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Note).HasMaxLength(500);
        builder.Property(x => x.StartedBy).HasMaxLength(64);
        builder.Property(x => x.EndedBy).HasMaxLength(64);
        builder.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId);
        builder.HasIndex(x => x.CaseId);
        // The rates count clock stops by when they started (Domain/Reports/PeriodRates.cs).
        builder.HasIndex(x => x.StartedAtUtc);
    }
}
