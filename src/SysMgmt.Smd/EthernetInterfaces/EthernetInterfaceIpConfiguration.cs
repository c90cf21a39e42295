using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.EthernetInterfaces;

internal sealed class EthernetInterfaceIpConfiguration : IEntityTypeConfiguration<EthernetInterfaceIpEntity>
{
    public void Configure(EntityTypeBuilder<EthernetInterfaceIpEntity> builder)
    {
        builder.ToTable("ethernet_interface_ips");
        builder.HasKey(ip => new { ip.InterfaceId, ip.IpAddress });
    }
}
