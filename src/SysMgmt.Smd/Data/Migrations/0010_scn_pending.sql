-- The SCN notification a dispatcher is sending, recorded before the POST (Subscriptions/ScnPendingStore). It lives
-- outside smd.scn_deliveries because the sender holds that row locked until the subscriber's confirmation and the
-- cursor commit together. If SMD dies in between, the next dispatcher sends this same notification again, with the
-- same Idempotency-Key, instead of planning a new one over the same changes: a subscriber that keeps the keys it has
-- handled sees every notification exactly once (docs/subscriptions.md).
CREATE TABLE smd.scn_pending (
    subscription_id bigint  PRIMARY KEY REFERENCES smd.scn_subscriptions (id) ON DELETE CASCADE,
    idempotency_key uuid    NOT NULL,
    through_seq     bigint  NOT NULL,
    through_trigger integer NOT NULL,
    components      integer NOT NULL,
    body            bytea   NOT NULL
);
