using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Groups;

internal sealed class ComponentGroupConfiguration : IEntityTypeConfiguration<ComponentGroupEntity>
{
    public void Configure(EntityTypeBuilder<ComponentGroupEntity> builder)
    {
        builder.ToTable("component_groups");
        builder.HasKey(g => g.Id);
    }
}
