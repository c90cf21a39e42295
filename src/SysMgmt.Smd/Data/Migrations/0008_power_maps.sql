-- SMD schema: power maps (/hsm/v2/sysinfo/powermaps), which components power which. CSM's power control (PCS)
-- reads the whole map to know what to switch off before a PDU outlet or rectifier, e.g.
-- {"id":"x0c0s1b0n0","poweredBy":["x0m0p0j10","x0m0p0j11"]}.
--
-- Neither side has to be a known component (the anchors do not ask either: power supplies are rarely
-- discovered). The API stores normalised xnames, each supplier once; an entry always names at least one.

CREATE TABLE smd.power_maps (
    id         varchar(63) COLLATE "C" PRIMARY KEY,
    powered_by text[] NOT NULL CHECK (cardinality(powered_by) > 0)
);
