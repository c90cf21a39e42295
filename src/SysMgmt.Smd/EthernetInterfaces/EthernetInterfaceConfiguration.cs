using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.EthernetInterfaces;

internal sealed class EthernetInterfaceConfiguration : IEntityTypeConfiguration<EthernetInterfaceEntity>
{
    public void Configure(EntityTypeBuilder<EthernetInterfaceEntity> builder)
    {
        builder.ToTable("ethernet_interfaces");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(ColumnLengths.InterfaceId);
        builder.Property(e => e.ComponentId).HasMaxLength(ColumnLengths.Xname);
        builder.Property(e => e.MacAddress).HasMaxLength(ColumnLengths.MacAddress);
        builder.HasMany(e => e.IpAddresses).WithOne().HasForeignKey(ip => ip.InterfaceId);
    }
}
