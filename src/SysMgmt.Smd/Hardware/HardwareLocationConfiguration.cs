using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Hardware;

internal sealed class HardwareLocationConfiguration : IEntityTypeConfiguration<HardwareLocationEntity>
{
    public void Configure(EntityTypeBuilder<HardwareLocationEntity> builder)
    {
        builder.ToTable("hwinv_by_loc");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasMaxLength(ColumnLengths.Xname);
        builder.Property(l => l.FruId).HasMaxLength(ColumnLengths.FruId);
        builder.Property(l => l.ParentNode).HasMaxLength(ColumnLengths.Xname);
        builder.Property(l => l.LocationInfo).HasColumnType("jsonb");
        builder.HasOne(l => l.Fru).WithMany().HasForeignKey(l => l.FruId);
    }
}
