using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.EthernetInterfaces;

internal sealed class EthernetInterfaceConfiguration : IEntityTypeConfiguration<EthernetInterfaceEntity>
{
    public void Configure(EntityTypeBuilder<EthernetInterfaceEntity> builder)
    {
        builder.ToTable("ethernet_interfaces");
        builder.HasKey(e => e.Id);
        builder.HasMany(e => e.IpAddresses).WithOne().HasForeignKey(ip => ip.InterfaceId);
    }
}
