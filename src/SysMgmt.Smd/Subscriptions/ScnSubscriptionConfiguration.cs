using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SysMgmt.Smd.Subscriptions;

internal sealed class ScnSubscriptionConfiguration : IEntityTypeConfiguration<ScnSubscriptionEntity>
{
    public void Configure(EntityTypeBuilder<ScnSubscriptionEntity> builder)
    {
        builder.ToTable("scn_subscriptions");
        builder.HasKey(s => s.Id);
    }
}
