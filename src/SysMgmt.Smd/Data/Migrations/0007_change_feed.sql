-- SMD schema, version 7: the change feed (a transactional outbox of every inventory change) and the state-change
-- notification (SCN) subscriptions that are delivered from it. docs/changes.md and docs/subscriptions.md describe
-- what clients see; this file is how it is kept.
--
-- Writes. Statement-level triggers with transition tables record the changes of components, Ethernet interfaces
-- (and their IP addresses) and Redfish endpoints in the same transaction as the change, one INSERT per statement
-- whatever its row count. Every write path (API, discovery ingestion, cascades, code yet to come) is covered
-- without touching it. A statement's changes of one kind and operation are stored as one "change set" row whose
-- arrays hold one entry per entity, so the 10,000-component POST adds one row, not 10,000: components as an
-- array of a composite type (the cheapest form PostgreSQL can copy; turned into JSON when read), other kinds as
-- json documents in the wire shape (json, not jsonb: it keeps the fields in the order the API writes them). Each
-- entity's change still gets a sequence number of its own.
--
-- Sequence numbers. A plain sequence is neither gap-free (rolled-back transactions burn values) nor in commit
-- order (a transaction that took 5 may commit after the one that took 6, and a reader that saw 6 would skip 5
-- forever). So numbers are given at commit: a transaction's first change opens its batch (a row in
-- change_batches, whose deferred constraint trigger fires once, just before commit), and that trigger takes the
-- next block of numbers from the single row of change_feed. The row lock it takes is held only from then until
-- the commit ends, so feed-writing transactions commit one at a time in sequence order, and a reader never sees
-- number N+1 before N. Rolled-back transactions take no numbers: there are no gaps.
--
-- Switching off. The triggers do nothing when the session setting smd.changes is 'off' (SMD passes it in the
-- connection's options when Smd:Changes:Enabled is false).

CREATE SEQUENCE smd.change_batch_ids;

-- One row per transaction that changed something; first_seq and last_seq are set just before it commits, so
-- every batch another session can see is numbered.
CREATE TABLE smd.change_batches (
    id           bigint PRIMARY KEY,
    first_seq    bigint,
    last_seq     bigint,
    committed_at timestamptz
);

CREATE UNIQUE INDEX change_batches_last_seq_key ON smd.change_batches (last_seq);
-- For the retention sweep.
CREATE INDEX change_batches_committed_at_idx ON smd.change_batches (committed_at);

-- The changes of one statement for one kind and operation. Entity i (1-based) of a set has sequence number
-- batch.first_seq + first_ordinal + i - 1. fields holds, per entity of an Updated set, the names of the fields that
-- changed, comma-separated.
CREATE TYPE smd.component_change AS (
    id              text,
    type            text,
    state           text,
    flag            text,
    enabled         boolean,
    software_status text,
    role            text,
    sub_role        text,
    nid             bigint,
    subtype         text,
    net_type        text,
    arch            text,
    class           text
);

CREATE TABLE smd.change_sets (
    batch_id      bigint  NOT NULL,
    first_ordinal integer NOT NULL,
    count         integer NOT NULL CHECK (count > 0),
    kind          text    NOT NULL,
    operation     text    NOT NULL CHECK (operation IN ('Created', 'Updated', 'Deleted')),
    ids           text[]  NOT NULL,
    fields        text[],
    components    smd.component_change[],
    documents     json[],
    PRIMARY KEY (batch_id, first_ordinal)
);

-- lz4 compresses the large arrays several times faster than the default pglz (where the server has it).
DO $$
BEGIN
    ALTER TABLE smd.change_sets ALTER COLUMN components SET COMPRESSION lz4, ALTER COLUMN documents SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    NULL;
END $$;

-- The newest sequence number given; one row (absent until the first change).
CREATE TABLE smd.change_feed (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    last_seq bigint  NOT NULL
);

CREATE FUNCTION smd.changes_enabled() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('smd.changes', true), '') <> 'off' $$;

-- Reserves n consecutive ordinals in the current transaction's batch, opening the batch (and so queueing its
-- numbering at commit) on the first call. The position is kept in transaction-local settings, which a rolled-back
-- savepoint restores together with the rows it removes.
CREATE FUNCTION smd.reserve_changes(n integer, OUT batch_id bigint, OUT first_ordinal integer) LANGUAGE plpgsql AS $$
BEGIN
    batch_id := nullif(current_setting('smd.change_batch', true), '')::bigint;
    IF batch_id IS NULL THEN
        batch_id := nextval('smd.change_batch_ids');
        first_ordinal := 0;
        INSERT INTO smd.change_batches (id) VALUES (batch_id);
        PERFORM set_config('smd.change_batch', batch_id::text, true);
    ELSE
        first_ordinal := current_setting('smd.change_count')::integer;
    END IF;
    PERFORM set_config('smd.change_count', (first_ordinal + n)::text, true);
END $$;

-- Appends changes given as documents (the wire shape of the entity, or NULL); ids, fields and documents run in
-- parallel. What smd.record_changes (below) and ChangeFeed.AppendAsync (C#, inside the writing transaction) call.
CREATE FUNCTION smd.append_changes(p_kind text, p_operation text, p_ids text[], p_fields text[], p_documents json[])
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    n integer := coalesce(cardinality(p_ids), 0);
    slot record;
BEGIN
    IF n = 0 OR NOT smd.changes_enabled() THEN
        RETURN 0;
    END IF;
    slot := smd.reserve_changes(n);
    INSERT INTO smd.change_sets (batch_id, first_ordinal, count, kind, operation, ids, fields, documents)
    VALUES (slot.batch_id, slot.first_ordinal, n, p_kind, p_operation, p_ids, p_fields, p_documents);
    RETURN n;
END $$;

-- Numbers the batch just before its transaction commits (deferred), then wakes the listeners.
CREATE FUNCTION smd.seal_change_batch() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n    integer := current_setting('smd.change_count')::integer;
    last bigint;
BEGIN
    INSERT INTO smd.change_feed AS f (id, last_seq) VALUES (true, n)
    ON CONFLICT (id) DO UPDATE SET last_seq = f.last_seq + n
    RETURNING f.last_seq INTO last;
    UPDATE smd.change_batches SET first_seq = last - n + 1, last_seq = last, committed_at = clock_timestamp()
    WHERE id = NEW.id;
    PERFORM pg_notify('smd_changes', last::text);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER change_batches_seal AFTER INSERT ON smd.change_batches
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION smd.seal_change_batch();

----------------------------------------------------------------------------------------------------------------------
-- Components: the composite path, for the 10,000-row POST.

CREATE FUNCTION smd.record_component_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids    text[];
    fields text[];
    rows   smd.component_change[];
    slot   record;
BEGIN
    IF NOT smd.changes_enabled() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(r.id),
               array_agg(ROW(r.id, r.type, r.state, r.flag, r.enabled, r.software_status, r.role, r.sub_role, r.nid,
                             r.subtype, r.net_type, r.arch, r.class)::smd.component_change)
        INTO ids, rows FROM new_rows r;
    ELSIF TG_OP = 'UPDATE' THEN
        -- Only rows whose wire fields changed (a lock or reservation flag alone is not an inventory change).
        SELECT array_agg(x.id ORDER BY x.id), array_agg(x.fields ORDER BY x.id), array_agg(x.row ORDER BY x.id)
        INTO ids, fields, rows
        FROM (SELECT n.id, concat_ws(',',
                         CASE WHEN n.type IS DISTINCT FROM o.type THEN 'Type' END,
                         CASE WHEN n.state IS DISTINCT FROM o.state THEN 'State' END,
                         CASE WHEN n.flag IS DISTINCT FROM o.flag THEN 'Flag' END,
                         CASE WHEN n.enabled IS DISTINCT FROM o.enabled THEN 'Enabled' END,
                         CASE WHEN n.software_status IS DISTINCT FROM o.software_status THEN 'SoftwareStatus' END,
                         CASE WHEN n.role IS DISTINCT FROM o.role THEN 'Role' END,
                         CASE WHEN n.sub_role IS DISTINCT FROM o.sub_role THEN 'SubRole' END,
                         CASE WHEN n.nid IS DISTINCT FROM o.nid THEN 'NID' END,
                         CASE WHEN n.subtype IS DISTINCT FROM o.subtype THEN 'Subtype' END,
                         CASE WHEN n.net_type IS DISTINCT FROM o.net_type THEN 'NetType' END,
                         CASE WHEN n.arch IS DISTINCT FROM o.arch THEN 'Arch' END,
                         CASE WHEN n.class IS DISTINCT FROM o.class THEN 'Class' END) AS fields,
                     ROW(n.id, n.type, n.state, n.flag, n.enabled, n.software_status, n.role, n.sub_role, n.nid,
                         n.subtype, n.net_type, n.arch, n.class)::smd.component_change AS row
              FROM new_rows n JOIN old_rows o ON o.id = n.id) x
        WHERE x.fields <> '';
    ELSE
        SELECT array_agg(r.id ORDER BY r.id) INTO ids FROM old_rows r;
    END IF;
    IF cardinality(ids) > 0 THEN
        slot := smd.reserve_changes(cardinality(ids));
        INSERT INTO smd.change_sets (batch_id, first_ordinal, count, kind, operation, ids, fields, components)
        VALUES (slot.batch_id, slot.first_ordinal, cardinality(ids), 'Component',
                CASE TG_OP WHEN 'INSERT' THEN 'Created' WHEN 'UPDATE' THEN 'Updated' ELSE 'Deleted' END, ids, fields, rows);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER components_changes_insert AFTER INSERT ON smd.components
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_component_changes();
CREATE TRIGGER components_changes_update AFTER UPDATE ON smd.components
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_component_changes();
CREATE TRIGGER components_changes_delete AFTER DELETE ON smd.components
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_component_changes();

-- The wire form of a component (GET /State/Components/{xname} without the lock flags), for readers of the feed.
CREATE FUNCTION smd.component_change_json(c smd.component_change) RETURNS json LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT json_strip_nulls(json_build_object(
        'ID', c.id, 'Type', c.type, 'State', c.state, 'Flag', c.flag, 'Enabled', c.enabled,
        'SoftwareStatus', c.software_status, 'Role', c.role, 'SubRole', c.sub_role, 'NID', c.nid,
        'Subtype', c.subtype, 'NetType', c.net_type, 'Arch', c.arch, 'Class', c.class))
$$;

-- The hook for a table whose entities are documents: its three statement triggers call
--     EXECUTE FUNCTION smd.record_changes('Kind', 'smd.kind_json'[, 'key column'])
-- where smd.kind_json(row) gives the entity's wire JSON and the key column (default id) its ID. Created and Deleted
-- are recorded as they come; Updated for each row whose JSON changed, without Fields (a table that reports Fields
-- has an update trigger of its own, as Ethernet interfaces and Redfish endpoints below).
CREATE FUNCTION smd.record_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT smd.changes_enabled() THEN
        RETURN NULL;
    END IF;
    EXECUTE format(CASE TG_OP
        WHEN 'INSERT' THEN
            'SELECT smd.append_changes(%1$L, ''Created'', array_agg(r.%3$I::text), NULL, array_agg(%2$s(r))) FROM new_rows r'
        WHEN 'DELETE' THEN
            'SELECT smd.append_changes(%1$L, ''Deleted'', array_agg(r.%3$I::text ORDER BY r.%3$I), NULL, NULL) FROM old_rows r'
        ELSE
            'SELECT smd.append_changes(%1$L, ''Updated'', array_agg(x.id ORDER BY x.id), NULL, array_agg(x.data ORDER BY x.id))
             FROM (SELECT n.%3$I::text AS id, %2$s(n) AS data, %2$s(o)::text AS before
                   FROM new_rows n JOIN old_rows o ON o.%3$I = n.%3$I) x
             WHERE x.data::text IS DISTINCT FROM x.before'
        END, TG_ARGV[0], TG_ARGV[1], coalesce(TG_ARGV[2], 'id'));
    RETURN NULL;
END $$;

----------------------------------------------------------------------------------------------------------------------
-- Ethernet interfaces and their IP addresses: documents in the GET /Inventory/EthernetInterfaces/{id} shape.

CREATE FUNCTION smd.utc_text(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;

CREATE FUNCTION smd.ethernet_interface_json(e smd.ethernet_interfaces) RETURNS json LANGUAGE sql STABLE AS $$
    SELECT json_build_object(
        'ID', e.id, 'Description', e.description, 'MACAddress', e.mac_address, 'LastUpdate', smd.utc_text(e.last_update),
        'ComponentID', coalesce(e.component_id, ''), 'Type', coalesce(e.type, ''),
        'IPAddresses', coalesce((SELECT json_agg(json_strip_nulls(json_build_object('IPAddress', i.ip_address, 'Network', i.network)) ORDER BY i.ordinal)
                                 FROM smd.ethernet_interface_ips i WHERE i.interface_id = e.id), '[]'::json))
$$;

CREATE FUNCTION smd.record_ethernet_interface_updates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF smd.changes_enabled() THEN
        PERFORM smd.append_changes('EthernetInterface', 'Updated', array_agg(x.id ORDER BY x.id), array_agg(x.fields ORDER BY x.id),
                                   array_agg(x.data ORDER BY x.id))
        FROM (SELECT n.id, smd.ethernet_interface_json(n) AS data, concat_ws(',',
                     CASE WHEN n.description IS DISTINCT FROM o.description THEN 'Description' END,
                     CASE WHEN n.mac_address IS DISTINCT FROM o.mac_address THEN 'MACAddress' END,
                     CASE WHEN n.last_update IS DISTINCT FROM o.last_update THEN 'LastUpdate' END,
                     CASE WHEN n.component_id IS DISTINCT FROM o.component_id THEN 'ComponentID' END,
                     CASE WHEN n.type IS DISTINCT FROM o.type THEN 'Type' END) AS fields
              FROM new_rows n JOIN old_rows o ON o.id = n.id) x
        WHERE x.fields <> '';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER ethernet_interfaces_changes_insert AFTER INSERT ON smd.ethernet_interfaces
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_changes('EthernetInterface', 'smd.ethernet_interface_json');
CREATE TRIGGER ethernet_interfaces_changes_update AFTER UPDATE ON smd.ethernet_interfaces
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_ethernet_interface_updates();
CREATE TRIGGER ethernet_interfaces_changes_delete AFTER DELETE ON smd.ethernet_interfaces
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_changes('EthernetInterface', 'smd.ethernet_interface_json');

-- A change of an interface's addresses is a change of the interface, reported with all its addresses. Addresses
-- removed with their interface (a cascade) report nothing more: the interface's own deletion says it.
CREATE FUNCTION smd.record_ethernet_interface_ip_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT smd.changes_enabled() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM smd.append_changes('EthernetInterface', 'Updated', array_agg(e.id ORDER BY e.id), array_agg('IPAddresses'::text),
                                   array_agg(smd.ethernet_interface_json(e) ORDER BY e.id))
        FROM smd.ethernet_interfaces e WHERE e.id IN (SELECT interface_id FROM new_rows);
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM smd.append_changes('EthernetInterface', 'Updated', array_agg(e.id ORDER BY e.id), array_agg('IPAddresses'::text),
                                   array_agg(smd.ethernet_interface_json(e) ORDER BY e.id))
        FROM smd.ethernet_interfaces e
        WHERE e.id IN (SELECT n.interface_id FROM new_rows n UNION SELECT o.interface_id FROM old_rows o);
    ELSE
        PERFORM smd.append_changes('EthernetInterface', 'Updated', array_agg(e.id ORDER BY e.id), array_agg('IPAddresses'::text),
                                   array_agg(smd.ethernet_interface_json(e) ORDER BY e.id))
        FROM smd.ethernet_interfaces e WHERE e.id IN (SELECT interface_id FROM old_rows);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER ethernet_interface_ips_changes_insert AFTER INSERT ON smd.ethernet_interface_ips
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_ethernet_interface_ip_changes();
CREATE TRIGGER ethernet_interface_ips_changes_update AFTER UPDATE ON smd.ethernet_interface_ips
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_ethernet_interface_ip_changes();
CREATE TRIGGER ethernet_interface_ips_changes_delete AFTER DELETE ON smd.ethernet_interface_ips
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_ethernet_interface_ip_changes();

----------------------------------------------------------------------------------------------------------------------
-- Redfish endpoints: documents in the GET /Inventory/RedfishEndpoints/{id} shape, never with the password.

CREATE FUNCTION smd.redfish_endpoint_json(e smd.redfish_endpoints) RETURNS json LANGUAGE sql IMMUTABLE AS $$
    SELECT json_strip_nulls(json_build_object(
        'ID', e.id, 'Type', e.type, 'Name', nullif(e.name, ''), 'Hostname', e.hostname, 'Domain', e.domain,
        'FQDN', e.fqdn, 'Enabled', e.enabled, 'UUID', nullif(e.uuid, ''), 'User', e.username,
        'UseSSDP', CASE WHEN e.use_ssdp THEN true END, 'MACRequired', CASE WHEN e.mac_required THEN true END,
        'MACAddr', nullif(e.mac_addr, ''), 'IPAddress', nullif(e.ip_address, ''),
        'RediscoverOnUpdate', e.rediscover_on_update, 'TemplateID', nullif(e.template_id, ''),
        'DiscoveryInfo', json_build_object(
            'LastDiscoveryAttempt', smd.utc_text(e.last_discovery_attempt),
            'LastDiscoveryStatus', e.last_discovery_status,
            'RedfishVersion', nullif(e.redfish_version, ''))))
$$;

CREATE FUNCTION smd.record_redfish_endpoint_updates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF smd.changes_enabled() THEN
        PERFORM smd.append_changes('RedfishEndpoint', 'Updated', array_agg(x.id ORDER BY x.id), array_agg(x.fields ORDER BY x.id),
                                   array_agg(x.data ORDER BY x.id))
        FROM (SELECT n.id, smd.redfish_endpoint_json(n) AS data, concat_ws(',',
                     CASE WHEN n.type IS DISTINCT FROM o.type THEN 'Type' END,
                     CASE WHEN n.name IS DISTINCT FROM o.name THEN 'Name' END,
                     CASE WHEN n.hostname IS DISTINCT FROM o.hostname THEN 'Hostname' END,
                     CASE WHEN n.domain IS DISTINCT FROM o.domain THEN 'Domain' END,
                     CASE WHEN n.fqdn IS DISTINCT FROM o.fqdn THEN 'FQDN' END,
                     CASE WHEN n.enabled IS DISTINCT FROM o.enabled THEN 'Enabled' END,
                     CASE WHEN n.uuid IS DISTINCT FROM o.uuid THEN 'UUID' END,
                     CASE WHEN n.username IS DISTINCT FROM o.username THEN 'User' END,
                     CASE WHEN n.use_ssdp IS DISTINCT FROM o.use_ssdp THEN 'UseSSDP' END,
                     CASE WHEN n.mac_required IS DISTINCT FROM o.mac_required THEN 'MACRequired' END,
                     CASE WHEN n.mac_addr IS DISTINCT FROM o.mac_addr THEN 'MACAddr' END,
                     CASE WHEN n.ip_address IS DISTINCT FROM o.ip_address THEN 'IPAddress' END,
                     CASE WHEN n.rediscover_on_update IS DISTINCT FROM o.rediscover_on_update THEN 'RediscoverOnUpdate' END,
                     CASE WHEN n.template_id IS DISTINCT FROM o.template_id THEN 'TemplateID' END,
                     CASE WHEN (n.last_discovery_attempt, n.last_discovery_status, n.redfish_version)
                               IS DISTINCT FROM (o.last_discovery_attempt, o.last_discovery_status, o.redfish_version)
                          THEN 'DiscoveryInfo' END) AS fields
              FROM new_rows n JOIN old_rows o ON o.id = n.id) x
        WHERE x.fields <> '';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER redfish_endpoints_changes_insert AFTER INSERT ON smd.redfish_endpoints
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_changes('RedfishEndpoint', 'smd.redfish_endpoint_json');
CREATE TRIGGER redfish_endpoints_changes_update AFTER UPDATE ON smd.redfish_endpoints
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_redfish_endpoint_updates();
CREATE TRIGGER redfish_endpoints_changes_delete AFTER DELETE ON smd.redfish_endpoints
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION smd.record_changes('RedfishEndpoint', 'smd.redfish_endpoint_json');

----------------------------------------------------------------------------------------------------------------------
-- SCN subscriptions (/hsm/v2/Subscriptions/SCN) and, per subscription, how far delivery has got in the feed.

CREATE TABLE smd.scn_subscriptions (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    subscriber      text    NOT NULL,
    url             text    NOT NULL,
    -- NULL when the client did not say (the anchors keep the difference and omit it from GET).
    enabled         boolean,
    roles           text[]  NOT NULL DEFAULT '{}',
    sub_roles       text[]  NOT NULL DEFAULT '{}',
    software_status text[]  NOT NULL DEFAULT '{}',
    states          text[]  NOT NULL DEFAULT '{}',
    CONSTRAINT scn_subscriptions_subscriber_url_key UNIQUE (subscriber, url)
);

-- The dispatcher's cursor: everything up to (delivered_seq, delivered_trigger) has been delivered or did not
-- concern this subscriber. A dispatcher holds the row's lock (FOR UPDATE SKIP LOCKED) while it sends, so with
-- several SMD replicas each notification is sent by one of them, once, in order.
CREATE TABLE smd.scn_deliveries (
    subscription_id   bigint      PRIMARY KEY REFERENCES smd.scn_subscriptions (id) ON DELETE CASCADE,
    delivered_seq     bigint      NOT NULL,
    delivered_trigger integer     NOT NULL DEFAULT 3,
    attempts          integer     NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL DEFAULT now(),
    last_error        text
);
