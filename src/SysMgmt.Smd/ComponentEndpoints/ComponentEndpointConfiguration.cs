using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.ComponentEndpoints;

internal sealed class ComponentEndpointConfiguration : IEntityTypeConfiguration<ComponentEndpointEntity>
{
    public void Configure(EntityTypeBuilder<ComponentEndpointEntity> builder)
    {
        builder.ToTable("component_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(ColumnLengths.Xname);
        builder.Property(e => e.RedfishEndpointId).HasMaxLength(ColumnLengths.Xname);
        builder.Property(e => e.ComponentInfo).HasColumnType("json");
    }
}
