using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Calendar;

public sealed class CalendarYearRecordConfiguration : IEntityTypeConfiguration<CalendarYearRecord>
{
    public void Configure(EntityTypeBuilder<CalendarYearRecord> builder)
    {
        builder.Property(x => x.Region).HasMaxLength(12);
        builder.Property(x => x.Source).HasMaxLength(300);
        builder.Property(x => x.LoadedBy).HasMaxLength(64);
        builder.HasIndex(x => new { x.Year, x.Region }).IsUnique();
    }
}
