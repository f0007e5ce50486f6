using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Cases;

public sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.Actor).HasMaxLength(64);
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
        builder.HasIndex(x => new { x.CaseId, x.Id });
        // The rates count deemed acceptances and extensions by kind and time (Domain/Reports/PeriodRates.cs).
        builder.HasIndex(x => new { x.Kind, x.AtUtc });
    }
}
