using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.NodeMaps;

internal sealed class NodeMapConfiguration : IEntityTypeConfiguration<NodeMapEntity>
{
    public void Configure(EntityTypeBuilder<NodeMapEntity> builder)
    {
        builder.ToTable("node_maps");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(ColumnLengths.Xname);
        builder.Property(m => m.NodeInfo).HasColumnType("jsonb");
    }
}
