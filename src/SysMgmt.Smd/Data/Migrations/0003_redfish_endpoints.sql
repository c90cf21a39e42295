-- SMD schema, version 3: Redfish endpoints (BMCs and other controllers), the components discovered behind
-- them (component endpoints) and their Redfish services. Component and service endpoints belong to their
-- Redfish endpoint and go with it.

CREATE TABLE smd.redfish_endpoints (
    id                     varchar(63) COLLATE "C" PRIMARY KEY,
    type                   text    NOT NULL,
    name                   text    NOT NULL DEFAULT '',
    hostname               text    NOT NULL DEFAULT '',
    domain                 text    NOT NULL DEFAULT '',
    fqdn                   text    NOT NULL,
    enabled                boolean NOT NULL DEFAULT true,
    uuid                   text    NOT NULL DEFAULT '',
    username               text    NOT NULL DEFAULT '',
    -- AES-256-GCM, bound to the endpoint ID; never returned by the API.
    password_ciphertext    bytea,
    use_ssdp               boolean NOT NULL DEFAULT false,
    mac_required           boolean NOT NULL DEFAULT false,
    mac_addr               text    NOT NULL DEFAULT '',
    ip_address             text    NOT NULL DEFAULT '',
    rediscover_on_update   boolean NOT NULL DEFAULT false,
    template_id            text    NOT NULL DEFAULT '',
    last_discovery_attempt timestamptz,
    last_discovery_status  text    NOT NULL DEFAULT 'NotYetQueried',
    redfish_version        text    NOT NULL DEFAULT '',
    CONSTRAINT redfish_endpoints_fqdn_key UNIQUE (fqdn)
);

CREATE TABLE smd.component_endpoints (
    id                      varchar(63) COLLATE "C" PRIMARY KEY,
    type                    text NOT NULL,
    domain                  text NOT NULL DEFAULT '',
    redfish_type            text NOT NULL,
    redfish_subtype         text NOT NULL DEFAULT '',
    mac_addr                text NOT NULL DEFAULT '',
    uuid                    text NOT NULL DEFAULT '',
    odata_id                text NOT NULL,
    redfish_endpoint_id     varchar(63) COLLATE "C" NOT NULL REFERENCES smd.redfish_endpoints (id) ON DELETE CASCADE,
    component_endpoint_type text NOT NULL,
    -- json, not jsonb: the info object keeps the key order clients see from the anchors.
    component_info          json,
    -- One component per Redfish resource of an endpoint: this is what keeps node numbering stable when the
    -- same BMC is ingested again, whatever the order of its Systems and even without UUIDs.
    CONSTRAINT component_endpoints_resource_key UNIQUE (redfish_endpoint_id, odata_id)
);

CREATE INDEX component_endpoints_type_idx ON smd.component_endpoints (type);

CREATE TABLE smd.service_endpoints (
    redfish_endpoint_id varchar(63) COLLATE "C" NOT NULL REFERENCES smd.redfish_endpoints (id) ON DELETE CASCADE,
    redfish_type        text NOT NULL,
    redfish_subtype     text NOT NULL DEFAULT '',
    uuid                text NOT NULL DEFAULT '',
    odata_id            text NOT NULL,
    service_info        json,
    PRIMARY KEY (redfish_endpoint_id, redfish_type)
);

CREATE INDEX service_endpoints_type_idx ON smd.service_endpoints (redfish_type);
