using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Hardware;

internal sealed class HardwareFruConfiguration : IEntityTypeConfiguration<HardwareFruEntity>
{
    public void Configure(EntityTypeBuilder<HardwareFruEntity> builder)
    {
        builder.ToTable("hwinv_by_fru");
        builder.HasKey(f => f.FruId);
        builder.Property(f => f.FruId).HasMaxLength(ColumnLengths.FruId);
        builder.Property(f => f.FruInfo).HasColumnType("jsonb");
    }
}
