-- SMD schema, version 2: component Ethernet interfaces (/hsm/v2/Inventory/EthernetInterfaces), the MAC ↔ IP ↔
-- component relation that BSS, DHCP tooling and cloud-init look up by MAC and by IP on every boot.
--
-- The anchors keep the IP addresses as a JSON array in the interface row, so "which interface holds 10.1.2.3"
-- scans and unpacks every row. Here each IP is a row of its own, with an index on the address; the interface
-- row is keyed by the MAC (its ID is the MAC's 12 hex digits), so a lookup by MAC is a primary-key probe: the
-- MACAddress filter is translated to IDs before it reaches SQL, and mac_address needs no index of its own.
--
-- component_id has no foreign key to smd.components: interfaces are often known (DHCP, static inventory) before
-- the component that owns them is discovered, as in the anchors. Deleting a component leaves its interfaces.

CREATE TABLE smd.ethernet_interfaces (
    id           varchar(12) COLLATE "C" PRIMARY KEY CHECK (id ~ '^[0-9a-f]{12}$'),
    mac_address  varchar(17) COLLATE "C" NOT NULL,
    description  text NOT NULL DEFAULT '',
    -- NULL (both) while the owner is unknown; the API shows them as empty strings.
    component_id varchar(63) COLLATE "C",
    type         text,
    -- Set on insert and whenever the interface's IP addresses change (the OlderThan/NewerThan filters).
    last_update  timestamptz NOT NULL,
    CONSTRAINT ethernet_interfaces_mac_matches_id CHECK (replace(mac_address, ':', '') = id),
    CONSTRAINT ethernet_interfaces_type_with_component CHECK ((component_id IS NULL) = (type IS NULL))
);

CREATE INDEX ethernet_interfaces_component_id_idx ON smd.ethernet_interfaces (component_id)
    WHERE component_id IS NOT NULL;

-- ordinal keeps the order in which a client listed the addresses: consumers take the first as the primary one.
CREATE TABLE smd.ethernet_interface_ips (
    interface_id varchar(12) COLLATE "C" NOT NULL REFERENCES smd.ethernet_interfaces (id) ON DELETE CASCADE,
    ip_address   varchar(45) COLLATE "C" NOT NULL,
    network      text,
    ordinal      integer NOT NULL,
    PRIMARY KEY (interface_id, ip_address)
);

-- Not unique: the same address may be recorded on two interfaces (a NIC replaced, a lease moved), as in the
-- anchors.
CREATE INDEX ethernet_interface_ips_ip_address_idx ON smd.ethernet_interface_ips (ip_address);
