-- Groups, partitions and memberships in the change feed (0007_change_feed.sql; docs/changes.md).
-- A group or partition is reported without its members: every change of a component's groups or partition is a
-- Membership change of that component, carrying what GET /memberships/{xname} answers, which is what a follower
-- (cloud-init data by group, boot configuration by partition) needs without reading whole member lists.

CREATE FUNCTION smd.group_kind(p_namespace text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_namespace WHEN 'partition' THEN 'Partition' ELSE 'Group' END
$$;

-- The group as GET /groups/{label} (or /partitions/{name}) answers it, without "members".
CREATE FUNCTION smd.group_json(g smd.component_groups) RETURNS json LANGUAGE sql STABLE AS $$
    SELECT CASE g.namespace
        WHEN 'partition' THEN json_strip_nulls(json_build_object(
            'name', g.name, 'description', g.description, 'tags', CASE WHEN cardinality(g.tags) > 0 THEN to_json(g.tags) END))
        ELSE json_strip_nulls(json_build_object(
            'label', g.name, 'description', g.description, 'exclusiveGroup', g.exclusive_group,
            'tags', CASE WHEN cardinality(g.tags) > 0 THEN to_json(g.tags) END))
    END
$$;

-- The component's groups and partition as GET /memberships/{xname} answers them.
CREATE FUNCTION smd.membership_json(p_id text) RETURNS json LANGUAGE sql STABLE AS $$
    SELECT json_build_object(
        'id', p_id,
        'groupLabels', coalesce((SELECT json_agg(g.name ORDER BY g.name)
                                 FROM smd.component_group_members m JOIN smd.component_groups g ON g.id = m.group_id
                                 WHERE m.component_id = p_id AND g.namespace = 'group'), '[]'::json),
        'partitionName', coalesce((SELECT g.name
                                   FROM smd.component_group_members m JOIN smd.component_groups g ON g.id = m.group_id
                                   WHERE m.component_id = p_id AND g.namespace = 'partition'), ''))
$$;

CREATE FUNCTION smd.record_group_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k record;
BEGIN
    IF NOT smd.changes_enabled() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        FOR k IN SELECT r.namespace, array_agg(r.name ORDER BY r.name) AS ids, array_agg(smd.group_json(r) ORDER BY r.name) AS docs
                 FROM new_rows r GROUP BY r.namespace LOOP
            PERFORM smd.append_changes(smd.group_kind(k.namespace), 'Created', k.ids, NULL, k.docs);
        END LOOP;
    ELSIF TG_OP = 'UPDATE' THEN
        FOR k IN SELECT x.namespace, array_agg(x.name ORDER BY x.name) AS ids, array_agg(x.fields ORDER BY x.name) AS fields,
                        array_agg(x.data ORDER BY x.name) AS docs
                 FROM (SELECT n.namespace, n.name, smd.group_json(n) AS data, concat_ws(',',
                              CASE WHEN n.description IS DISTINCT FROM o.description THEN 'description' END,
                              CASE WHEN n.tags IS DISTINCT FROM o.tags THEN 'tags' END) AS fields
                       FROM new_rows n JOIN old_rows o ON o.id = n.id) x
                 WHERE x.fields <> '' GROUP BY x.namespace LOOP
            PERFORM smd.append_changes(smd.group_kind(k.namespace), 'Updated', k.ids, k.fields, k.docs);
        END LOOP;
    ELSE
        FOR k IN SELECT r.namespace, array_agg(r.name ORDER BY r.name) AS ids FROM old_rows r GROUP BY r.namespace LOOP
            PERFORM smd.append_changes(smd.group_kind(k.namespace), 'Deleted', k.ids, NULL, NULL);
        END LOOP;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER component_groups_changes_insert AFTER INSERT ON smd.component_groups
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_group_changes();
CREATE TRIGGER component_groups_changes_update AFTER UPDATE ON smd.component_groups
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_group_changes();
CREATE TRIGGER component_groups_changes_delete AFTER DELETE ON smd.component_groups
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_group_changes();

-- Members joining or leaving (including through a deleted group) change their components' memberships. A member
-- row removed because its component was deleted reports nothing: the component's own Deleted change says it.
-- Both triggers name their transition table changed_rows, so one body serves insertions and deletions.
CREATE FUNCTION smd.record_membership_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT smd.changes_enabled() THEN
        RETURN NULL;
    END IF;
    PERFORM smd.append_changes('Membership', 'Updated', array_agg(x.id ORDER BY x.id), array_agg(x.fields ORDER BY x.id),
                               array_agg(smd.membership_json(x.id) ORDER BY x.id))
    FROM (SELECT r.component_id::text AS id,
                 string_agg(DISTINCT CASE WHEN r.exclusivity_key = 'partition' THEN 'partitionName' ELSE 'groupLabels' END, ',') AS fields
          FROM changed_rows r
          WHERE EXISTS (SELECT 1 FROM smd.components c WHERE c.id = r.component_id)
          GROUP BY r.component_id) x;
    RETURN NULL;
END $$;

CREATE TRIGGER component_group_members_changes_insert AFTER INSERT ON smd.component_group_members
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_membership_changes();
CREATE TRIGGER component_group_members_changes_delete AFTER DELETE ON smd.component_group_members
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_membership_changes();
