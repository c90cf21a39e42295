-- SMD schema, version 6: component reservations (/hsm/v2/locks/...). A component's lock and its
-- reservation_disabled flag are columns of smd.components (since version 1); who holds it, and until when, is a row
-- here. At most one reservation per component: the primary key decides every race between two reservers.
--
-- expires_at is NULL for an administrator's reservation (it needs the component locked and never expires) and set
-- for a service's reservation. A row whose expires_at has passed is no reservation at all: every statement that
-- reads or takes one compares expires_at with the current time, and a background sweeper deletes such rows.
--
-- The reservation key is the holder's secret (it releases and renews); only its SHA-256 is stored, so neither a
-- database dump nor a query can give it back. The deputy key only proves that a reservation exists (/check) and is
-- meant to be handed on, so it is kept as issued.

CREATE TABLE smd.reservations (
    component_id           varchar(63) COLLATE "C" PRIMARY KEY REFERENCES smd.components (id) ON DELETE CASCADE,
    created_at             timestamptz NOT NULL,
    expires_at             timestamptz,
    deputy_key             text NOT NULL,
    reservation_key_sha256 bytea NOT NULL CHECK (octet_length(reservation_key_sha256) = 32),
    CONSTRAINT reservations_expire_after_creation CHECK (expires_at IS NULL OR expires_at > created_at)
);

-- The sweeper's and the status filter's "expired" scan.
CREATE INDEX reservations_expires_at_idx ON smd.reservations (expires_at) WHERE expires_at IS NOT NULL;
