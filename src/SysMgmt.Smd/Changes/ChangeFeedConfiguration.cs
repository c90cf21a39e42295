using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Changes;

internal sealed class ChangeFeedConfiguration : IEntityTypeConfiguration<ChangeFeedEntity>
{
    public void Configure(EntityTypeBuilder<ChangeFeedEntity> builder)
    {
        builder.ToTable("change_feed");
        builder.HasKey(f => f.Id);
    }
}
