-- BSS schema, version 1: boot parameters by key (xname, tag, MAC or nid<N>), parameters of kernel and initrd
-- images, and when nodes last fetched their boot script and user-data.
-- Keys and paths are compared byte-wise (COLLATE "C"): they are case-sensitive, as in the anchors.

CREATE TABLE bss.boot_parameters (
    name           text COLLATE "C" PRIMARY KEY,
    params         text  NOT NULL DEFAULT '',
    kernel         text  COLLATE "C" NOT NULL DEFAULT '',
    initrd         text  COLLATE "C" NOT NULL DEFAULT '',
    -- {"meta-data":{…},"user-data":{…},"secret-user-data":{…},"phone-home":{…}}, parts omitted when empty.
    cloud_init     jsonb NOT NULL DEFAULT '{}',
    -- A new UUID on every POST and PUT; nodes find it on their kernel command line (bss_referral_token=).
    referral_token text,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Deleting an image blanks it in every entry that boots it.
CREATE INDEX boot_parameters_kernel_idx ON bss.boot_parameters (kernel) WHERE kernel <> '';
CREATE INDEX boot_parameters_initrd_idx ON bss.boot_parameters (initrd) WHERE initrd <> '';

CREATE TABLE bss.boot_images (
    kind   text NOT NULL CHECK (kind IN ('kernel', 'initrd')),
    path   text COLLATE "C" NOT NULL,
    params text NOT NULL DEFAULT '',
    PRIMARY KEY (kind, path)
);

CREATE TABLE bss.endpoint_access (
    name       text COLLATE "C" NOT NULL,
    endpoint   text NOT NULL CHECK (endpoint IN ('bootscript', 'user-data')),
    last_epoch bigint NOT NULL,
    PRIMARY KEY (name, endpoint)
);
