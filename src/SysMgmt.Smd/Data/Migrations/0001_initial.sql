-- SMD schema, version 1: components, default node maps, and group/partition membership (used by the
-- partition= and group= component filters).
-- Identifiers are xnames: ASCII, compared byte-wise (COLLATE "C") so prefix searches for a component's
-- children can use the primary-key index.

CREATE TABLE smd.components (
    id                   varchar(63) COLLATE "C" PRIMARY KEY,
    type                 text    NOT NULL,
    state                text    NOT NULL,
    flag                 text    NOT NULL DEFAULT 'OK',
    enabled              boolean NOT NULL DEFAULT true,
    software_status      text,
    role                 text,
    sub_role             text,
    nid                  bigint,
    subtype              text,
    net_type             text,
    arch                 text,
    class                text,
    reservation_disabled boolean NOT NULL DEFAULT false,
    locked               boolean NOT NULL DEFAULT false
);

CREATE INDEX components_type_idx ON smd.components (type);
CREATE INDEX components_nid_idx ON smd.components (nid) WHERE nid IS NOT NULL;
CREATE INDEX components_role_idx ON smd.components (role, sub_role);

-- Default NID, Role and SubRole for nodes, applied when a node is first created without them.
CREATE TABLE smd.node_maps (
    id        varchar(63) COLLATE "C" PRIMARY KEY,
    nid       bigint NOT NULL,
    role      text,
    sub_role  text,
    node_info jsonb,
    -- Deferred, so that one request may swap the NIDs of two nodes.
    CONSTRAINT node_maps_nid_key UNIQUE (nid) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE smd.component_groups (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    namespace       text NOT NULL CHECK (namespace IN ('group', 'partition')),
    name            text NOT NULL,
    description     text NOT NULL DEFAULT '',
    tags            text[] NOT NULL DEFAULT '{}',
    exclusive_group text,
    CONSTRAINT component_groups_name_key UNIQUE (namespace, name)
);

-- exclusivity_key enforces "at most one partition per component" and "at most one group per exclusive
-- group" with a plain unique constraint: it is 'partition' for partitions, 'exclusive:<label>' for members of
-- an exclusive group, and the group's own id otherwise.
CREATE TABLE smd.component_group_members (
    component_id    varchar(63) COLLATE "C" NOT NULL REFERENCES smd.components (id) ON DELETE CASCADE,
    group_id        uuid NOT NULL REFERENCES smd.component_groups (id) ON DELETE CASCADE,
    exclusivity_key text NOT NULL,
    joined_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (component_id, group_id),
    CONSTRAINT component_group_members_exclusivity_key UNIQUE (component_id, exclusivity_key)
);

CREATE INDEX component_group_members_group_idx ON smd.component_group_members (group_id);
