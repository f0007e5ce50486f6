using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Reports;

public sealed class DailyReportConfiguration : IEntityTypeConfiguration<DailyReport>
{
    public void Configure(EntityTypeBuilder<DailyReport> builder)
    {
        builder.Property(x => x.FiguresJson).HasMaxLength(4000);
        builder.Ignore(x => x.Figures);
        builder.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        // A second run for the same unit and day cannot store it again (the job's idempotency rests on this).
        builder.HasIndex(x => new { x.OrgUnitId, x.Date }).IsUnique();
        builder.HasIndex(x => x.Date);
    }
}
