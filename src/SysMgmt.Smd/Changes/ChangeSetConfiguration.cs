using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Changes;

internal sealed class ChangeSetConfiguration : IEntityTypeConfiguration<ChangeSetEntity>
{
    public void Configure(EntityTypeBuilder<ChangeSetEntity> builder)
    {
        builder.ToTable("change_sets");
        builder.HasKey(s => new { s.BatchId, s.FirstOrdinal });
    }
}
