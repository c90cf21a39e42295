using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.PowerMaps;

internal sealed class PowerMapConfiguration : IEntityTypeConfiguration<PowerMapEntity>
{
    public void Configure(EntityTypeBuilder<PowerMapEntity> builder)
    {
        builder.ToTable("power_maps");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(ColumnLengths.Xname);
    }
}
