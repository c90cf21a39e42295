-- SMD schema, version 4: hardware inventory. A location (xname) holds at most one FRU (a physical part with a
-- durable FRU ID); the history records when a FRU was detected at, or removed from, a location.
-- The type-specific LocationInfo/FRUInfo objects are stored as jsonb in their canonical shape; the FRU's
-- manufacturer, part and serial number are copied into columns so the collection filters can use them.

CREATE TABLE smd.hwinv_by_fru (
    fru_id        varchar(255) COLLATE "C" PRIMARY KEY,
    type          text  NOT NULL,
    subtype       text  NOT NULL DEFAULT '',
    manufacturer  text  NOT NULL DEFAULT '',
    part_number   text  NOT NULL DEFAULT '',
    serial_number text  NOT NULL DEFAULT '',
    fru_info      jsonb NOT NULL
);

CREATE INDEX hwinv_by_fru_type_idx ON smd.hwinv_by_fru (type);
CREATE INDEX hwinv_by_fru_part_number_idx ON smd.hwinv_by_fru (part_number);
CREATE INDEX hwinv_by_fru_serial_number_idx ON smd.hwinv_by_fru (serial_number);

-- parent_node is the node a component sits in (a processor's, a drive's), else the location itself: partition
-- membership is recorded for nodes, and their parts belong to the same partition.
-- A FRU is in one place at a time (checked at commit, so that one request may swap two FRUs), and an installed
-- FRU cannot be deleted, as the API documents.
CREATE TABLE smd.hwinv_by_loc (
    id            varchar(63) COLLATE "C" PRIMARY KEY,
    type          text    NOT NULL,
    ordinal       integer NOT NULL,
    status        text    NOT NULL CHECK (status IN ('Populated', 'Empty')),
    parent_node   varchar(63) COLLATE "C" NOT NULL,
    location_info jsonb   NOT NULL,
    fru_id        varchar(255) COLLATE "C" REFERENCES smd.hwinv_by_fru (fru_id),
    CONSTRAINT hwinv_by_loc_fru_id_key UNIQUE (fru_id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX hwinv_by_loc_type_idx ON smd.hwinv_by_loc (type);
CREATE INDEX hwinv_by_loc_parent_node_idx ON smd.hwinv_by_loc (parent_node);

-- History outlives the locations and FRUs it names, so it has no foreign keys. seq orders the events of one
-- request (same timestamp): a removal before the detection that replaced it.
CREATE TABLE smd.hwinv_hist (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id         varchar(63)  COLLATE "C" NOT NULL,
    fru_id     varchar(255) COLLATE "C" NOT NULL,
    event_type text        NOT NULL CHECK (event_type IN ('Added', 'Removed', 'Scanned', 'Detected')),
    timestamp  timestamptz NOT NULL
);

-- The anchors' indexes for history at scale (their migrations 18, 21 and 23).
CREATE INDEX hwinv_hist_id_idx ON smd.hwinv_hist (id);
CREATE INDEX hwinv_hist_fru_id_idx ON smd.hwinv_hist (fru_id);
CREATE INDEX hwinv_hist_event_type_idx ON smd.hwinv_hist (event_type);
CREATE INDEX hwinv_hist_timestamp_idx ON smd.hwinv_hist (timestamp);
CREATE INDEX hwinv_hist_id_fru_id_idx ON smd.hwinv_hist (id, fru_id);
CREATE INDEX hwinv_hist_id_fru_id_timestamp_idx ON smd.hwinv_hist (id, fru_id, timestamp);
CREATE INDEX hwinv_hist_id_timestamp_idx ON smd.hwinv_hist (id, timestamp);
