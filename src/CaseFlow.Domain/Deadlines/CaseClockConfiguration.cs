using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Deadlines;

public sealed class CaseClockConfiguration : IEntityTypeConfiguration<CaseClock>
{
    public void Configure(EntityTypeBuilder<CaseClock> builder)
    {
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
        builder.OwnsOne(x => x.Limit, l =>
        {
            l.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16);
            l.Property(p => p.Note).HasMaxLength(200);
        });
        builder.OwnsOne(x => x.Extension, l =>
        {
            l.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16);
            l.Property(p => p.Note).HasMaxLength(200);
        });
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        builder.HasIndex(x => new { x.CaseId, x.Kind });
        builder.HasIndex(x => x.OnFallback);
    }
}
