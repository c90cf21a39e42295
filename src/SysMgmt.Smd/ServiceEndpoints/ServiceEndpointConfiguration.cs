using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.ServiceEndpoints;

internal sealed class ServiceEndpointConfiguration : IEntityTypeConfiguration<ServiceEndpointEntity>
{
    public void Configure(EntityTypeBuilder<ServiceEndpointEntity> builder)
    {
        builder.ToTable("service_endpoints");
        builder.HasKey(e => new { e.RedfishEndpointId, e.RedfishType });
        builder.Property(e => e.RedfishEndpointId).HasMaxLength(ColumnLengths.Xname);
        builder.Property(e => e.ServiceInfo).HasColumnType("json");
    }
}
