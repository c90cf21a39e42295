using SysMgmt.Smd.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Components;

internal sealed class ComponentConfiguration : IEntityTypeConfiguration<ComponentEntity>
{
    public void Configure(EntityTypeBuilder<ComponentEntity> builder)
    {
        builder.ToTable("components");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(ColumnLengths.Xname);
    }
}
