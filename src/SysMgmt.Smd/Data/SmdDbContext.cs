using Microsoft.EntityFrameworkCore;
using Npgsql.NameTranslation;
using SysMgmt.Smd.ComponentEndpoints;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.EthernetInterfaces;
using SysMgmt.Smd.Groups;
using SysMgmt.Smd.Hardware;
using SysMgmt.Smd.NodeMaps;
using SysMgmt.Smd.RedfishEndpoints;
using SysMgmt.Smd.ServiceEndpoints;
using SysMgmt.Smd.Subscriptions;

namespace SysMgmt.Smd.Data;

/// <summary>SMD's store. The schema itself is owned by the SQL migrations in <c>Data/Migrations</c>.</summary>
public sealed class SmdDbContext(DbContextOptions<SmdDbContext> options) : DbContext(options)
{
    public const string Schema = "smd";

    public DbSet<ComponentEntity> Components => Set<ComponentEntity>();
    public DbSet<NodeMapEntity> NodeMaps => Set<NodeMapEntity>();
    public DbSet<ComponentGroupEntity> Groups => Set<ComponentGroupEntity>();
    public DbSet<ComponentGroupMemberEntity> GroupMembers => Set<ComponentGroupMemberEntity>();
    public DbSet<RedfishEndpointEntity> RedfishEndpoints => Set<RedfishEndpointEntity>();
    public DbSet<ComponentEndpointEntity> ComponentEndpoints => Set<ComponentEndpointEntity>();
    public DbSet<ServiceEndpointEntity> ServiceEndpoints => Set<ServiceEndpointEntity>();
    public DbSet<HardwareLocationEntity> HardwareLocations => Set<HardwareLocationEntity>();
    public DbSet<HardwareFruEntity> HardwareFrus => Set<HardwareFruEntity>();
    public DbSet<HardwareHistoryEntity> HardwareHistory => Set<HardwareHistoryEntity>();
    public DbSet<EthernetInterfaceEntity> EthernetInterfaces => Set<EthernetInterfaceEntity>();
    public DbSet<EthernetInterfaceIpEntity> EthernetInterfaceIps => Set<EthernetInterfaceIpEntity>();
    internal DbSet<ScnSubscriptionEntity> ScnSubscriptions => Set<ScnSubscriptionEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SmdDbContext).Assembly);

        // Columns follow the migrations' snake_case; deriving them keeps the configurations short.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            property.SetColumnName(NpgsqlSnakeCaseNameTranslator.ConvertToSnakeCase(property.Name));
        }
    }
}
