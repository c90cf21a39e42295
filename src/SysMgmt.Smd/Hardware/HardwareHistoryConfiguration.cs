using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Hardware;

internal sealed class HardwareHistoryConfiguration : IEntityTypeConfiguration<HardwareHistoryEntity>
{
    public void Configure(EntityTypeBuilder<HardwareHistoryEntity> builder)
    {
        builder.ToTable("hwinv_hist");
        builder.HasKey(h => h.Seq);
        builder.Property(h => h.Id).HasMaxLength(ColumnLengths.Xname);
        builder.Property(h => h.FruId).HasMaxLength(ColumnLengths.FruId);
    }
}
