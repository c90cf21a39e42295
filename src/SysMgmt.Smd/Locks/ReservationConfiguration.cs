using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Locks;

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<ReservationEntity>
{
    public void Configure(EntityTypeBuilder<ReservationEntity> builder)
    {
        builder.ToTable("reservations");
        builder.HasKey(r => r.ComponentId);
        builder.Property(r => r.ComponentId).HasMaxLength(ColumnLengths.Xname);
    }
}
