using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Domain.Workflows;

public sealed class WorkflowInstanceRecordConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.Property(x => x.Id).HasMaxLength(32);
        builder.Property(x => x.DefinitionId).HasMaxLength(64);
        builder.Property(x => x.SubjectType).HasMaxLength(32);
        builder.Property(x => x.ParentInstanceId).HasMaxLength(32);
        builder.Property(x => x.ParentBookmarkId).HasMaxLength(32);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId);
    }
}
