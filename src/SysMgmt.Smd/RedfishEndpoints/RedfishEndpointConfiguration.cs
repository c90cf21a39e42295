using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.RedfishEndpoints;

internal sealed class RedfishEndpointConfiguration : IEntityTypeConfiguration<RedfishEndpointEntity>
{
    public void Configure(EntityTypeBuilder<RedfishEndpointEntity> builder)
    {
        builder.ToTable("redfish_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(ColumnLengths.Xname);
    }
}
