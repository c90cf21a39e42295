using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Subscriptions;

internal sealed class ScnPendingConfiguration : IEntityTypeConfiguration<ScnPendingEntity>
{
    public void Configure(EntityTypeBuilder<ScnPendingEntity> builder)
    {
        builder.ToTable("scn_pending");
        builder.HasKey(p => p.SubscriptionId);
        builder.HasOne<ScnSubscriptionEntity>().WithOne().HasForeignKey<ScnPendingEntity>(p => p.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
