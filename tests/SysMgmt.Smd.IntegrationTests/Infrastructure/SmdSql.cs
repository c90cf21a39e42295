namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>
/// Seeds straight into the test database what other features' tests need quickly (group and partition
/// membership; the group routes themselves are tested through the API) and what no route writes (reservation flags).
/// </summary>
internal static class SmdSql
{
    /// <summary>Creates group or partition <paramref name="name"/> if needed and adds the components to it.</summary>
    public static Task AddMembersAsync(this SmdFixture smd, string groupNamespace, string name, params string[] componentIds) =>
        smd.ExecuteSqlAsync(
            """
            WITH g AS (
                INSERT INTO smd.component_groups (namespace, name) VALUES (@namespace, @name)
                ON CONFLICT (namespace, name) DO UPDATE SET name = EXCLUDED.name
                RETURNING id)
            INSERT INTO smd.component_group_members (component_id, group_id, exclusivity_key)
            SELECT member, g.id, CASE WHEN @namespace = 'partition' THEN 'partition' ELSE g.id::text END
            FROM g, unnest(@members) AS member
            """,
            ("namespace", groupNamespace), ("name", name), ("members", componentIds));

    public static Task AddToGroupAsync(this SmdFixture smd, string group, params string[] componentIds) =>
        smd.AddMembersAsync("group", group, componentIds);

    public static Task AddToPartitionAsync(this SmdFixture smd, string partition, params string[] componentIds) =>
        smd.AddMembersAsync("partition", partition, componentIds);

    /// <summary>Sets the reservation columns, which no component route writes.</summary>
    public static Task SetReservationAsync(this SmdFixture smd, string id, bool locked, bool reservationDisabled) =>
        smd.ExecuteSqlAsync(
            "UPDATE smd.components SET locked = @locked, reservation_disabled = @disabled WHERE id = @id",
            ("id", id), ("locked", locked), ("disabled", reservationDisabled));

    public static Task<long> CountComponentsAsync(this SmdFixture smd) =>
        smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.components");

    public static Task<long> CountNodeMapsAsync(this SmdFixture smd) =>
        smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.node_maps");
}
