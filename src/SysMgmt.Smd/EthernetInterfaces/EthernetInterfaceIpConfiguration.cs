using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.EthernetInterfaces;

internal sealed class EthernetInterfaceIpConfiguration : IEntityTypeConfiguration<EthernetInterfaceIpEntity>
{
    public void Configure(EntityTypeBuilder<EthernetInterfaceIpEntity> builder)
    {
        builder.ToTable("ethernet_interface_ips");
        builder.HasKey(ip => new { ip.InterfaceId, ip.IpAddress });
        builder.Property(ip => ip.InterfaceId).HasMaxLength(ColumnLengths.InterfaceId);
        builder.Property(ip => ip.IpAddress).HasMaxLength(ColumnLengths.IpAddress);
    }
}
