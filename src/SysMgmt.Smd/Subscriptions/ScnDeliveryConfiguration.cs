using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Subscriptions;

internal sealed class ScnDeliveryConfiguration : IEntityTypeConfiguration<ScnDeliveryEntity>
{
    public void Configure(EntityTypeBuilder<ScnDeliveryEntity> builder)
    {
        builder.ToTable("scn_deliveries");
        builder.HasKey(d => d.SubscriptionId);
        builder.HasOne<ScnSubscriptionEntity>().WithOne().HasForeignKey<ScnDeliveryEntity>(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
