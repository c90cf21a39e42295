using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Changes;

internal sealed class ChangeBatchConfiguration : IEntityTypeConfiguration<ChangeBatchEntity>
{
    public void Configure(EntityTypeBuilder<ChangeBatchEntity> builder)
    {
        builder.ToTable("change_batches");
        builder.HasKey(b => b.Id);
    }
}
