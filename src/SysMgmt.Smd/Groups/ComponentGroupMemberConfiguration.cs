using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Groups;

internal sealed class ComponentGroupMemberConfiguration : IEntityTypeConfiguration<ComponentGroupMemberEntity>
{
    public void Configure(EntityTypeBuilder<ComponentGroupMemberEntity> builder)
    {
        builder.ToTable("component_group_members");
        builder.HasKey(m => new { m.ComponentId, m.GroupId });
        builder.Property(m => m.ComponentId).HasMaxLength(ColumnLengths.Xname);
        builder.HasOne(m => m.Group).WithMany().HasForeignKey(m => m.GroupId);
    }
}
