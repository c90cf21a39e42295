using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Hardware;

internal sealed class HardwareHistoryConfiguration : IEntityTypeConfiguration<HardwareHistoryEntity>
{
    public void Configure(EntityTypeBuilder<HardwareHistoryEntity> builder)
    {
        builder.ToTable("hwinv_hist");
        builder.HasKey(h => h.Seq);
    }
}
