using System.Text.Json;
using CaseFlow.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Catalog;

public sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>
{
    public void Configure(EntityTypeBuilder<ServiceItem> builder)
    {
        builder.Property(x => x.BasicCode).HasMaxLength(12);
        builder.Property(x => x.ImplementationCode).HasMaxLength(36);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Type).HasMaxLength(4);
        builder.Property(x => x.TypeName).HasMaxLength(32);
        builder.Property(x => x.HomeDepartmentCategory).HasMaxLength(32);
        builder.Property(x => x.DefinitionId).HasMaxLength(64);
        builder.Property(x => x.ContentHash).HasMaxLength(64);
        builder.Property(x => x.CaseType).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.AcceptedBy).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(x => new { x.ImplementationCode, x.Version }).IsUnique();
        builder.HasIndex(x => new { x.ImplementationCode, x.IsCurrent });
        builder.OwnsOne(x => x.StatutoryLimit, o => o.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16));
        builder.OwnsOne(x => x.CommittedLimit, o => o.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16));
        builder.OwnsMany(x => x.SpecialProcedures, o => { o.ToJson(); o.OwnsOne(p => p.Limit); });
        builder.OwnsMany(x => x.FormFields, o => o.ToJson());
        builder.OwnsMany(x => x.Situations, o => { o.ToJson(); o.OwnsMany(s => s.Materials); });
        builder.OwnsMany(x => x.ReviewPoints, o => o.ToJson());
        // Read as a whole and never queried into: a JSON text column (an item version never changes).
        builder.Property(x => x.Timekeeping).HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
            v => JsonSerializer.Deserialize<ItemTimekeeping>(v, JsonSerializerOptions.Web) ?? new ItemTimekeeping(),
            new ValueComparer<ItemTimekeeping>((a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web).GetHashCode(), v => JsonSerializer.Deserialize<ItemTimekeeping>(JsonSerializer.Serialize(v, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!));
    }
}
