using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Workflows;

public sealed class WorkflowDefinitionRecordConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> builder)
    {
        builder.Property(x => x.DefinitionId).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.ContentHash).HasMaxLength(64);
        builder.Property(x => x.PublishedBy).HasMaxLength(64);
        builder.HasIndex(x => new { x.DefinitionId, x.DefinitionVersion }).IsUnique();
    }
}
