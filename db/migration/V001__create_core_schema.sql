-- Schema v1 of Passerelle: tenants and users, shop profiles, mapping documents and versions,
-- runs with per-record outcomes, id links and watermarks. Access goes through jOOQ only.

-- A tenant is one client (a merchant company), usually set up by a consultant.
create table tenant (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null unique,
    created_at  timestamp with time zone not null default now()
);

create table app_user (
    id             bigint generated always as identity primary key,
    username       varchar(100) not null unique,
    password_hash  varchar(200) not null,
    role           varchar(20)  not null check (role in ('ADMIN', 'CONSULTANT', 'MERCHANT')),
    display_name   varchar(200),
    locale         varchar(10)  not null default 'fr',
    enabled        boolean      not null default true,
    created_at     timestamp with time zone not null default now()
);

-- Which tenants a user works for: one for a merchant, any number for a consultant.
-- Administrators see every tenant and need no row here.
create table user_tenant (
    user_id    bigint not null references app_user (id) on delete cascade,
    tenant_id  bigint not null references tenant (id) on delete cascade,
    primary key (user_id, tenant_id)
);

-- One shop connected to the tenant's ERP. Credentials (shop and ERP) are encrypted at rest
-- (AES-GCM, key from PASSERELLE_SECRET_KEY or the data folder); the plain text never reaches
-- the table. settings holds non-secret connector options (warehouse, price mode, endpoint ...).
create table shop_profile (
    id                 bigint generated always as identity primary key,
    tenant_id          bigint not null references tenant (id) on delete cascade,
    name               varchar(200) not null,
    erp_type           varchar(40)  not null,
    erp_base_url       varchar(1000),
    erp_credentials_enc text,
    shop_type          varchar(40)  not null,
    base_url           varchar(1000) not null,
    credentials_enc    text,
    settings           jsonb not null default '{}'::jsonb,
    enabled            boolean not null default true,
    created_at         timestamp with time zone not null default now(),
    updated_at         timestamp with time zone not null default now(),
    unique (tenant_id, name)
);

-- One mapping document per flow of a profile; its versions are drafts or published.
create table mapping_document (
    id          bigint generated always as identity primary key,
    profile_id  bigint not null references shop_profile (id) on delete cascade,
    flow        varchar(40) not null,
    created_at  timestamp with time zone not null default now(),
    unique (profile_id, flow)
);

create table mapping_version (
    id            bigint generated always as identity primary key,
    document_id   bigint not null references mapping_document (id) on delete cascade,
    version       integer not null,
    status        varchar(20) not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    yaml          text not null,
    content_hash  varchar(64) not null,
    created_by    varchar(100),
    created_at    timestamp with time zone not null default now(),
    published_at  timestamp with time zone,
    unique (document_id, version)
);
-- At most one published version per document: the one the engine runs.
create unique index mapping_version_one_published on mapping_version (document_id) where status = 'PUBLISHED';

create table run (
    id                  bigint generated always as identity primary key,
    profile_id          bigint not null references shop_profile (id) on delete cascade,
    flow                varchar(40) not null,
    mapping_version_id  bigint references mapping_version (id),
    status              varchar(20) not null check (status in ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED')),
    dry_run             boolean not null default false,
    node                varchar(200),
    started_at          timestamp with time zone not null default now(),
    finished_at         timestamp with time zone,
    created_count       integer not null default 0,
    updated_count       integer not null default 0,
    unchanged_count     integer not null default 0,
    skipped_count       integer not null default 0,
    failed_count        integer not null default 0,
    field_changes       jsonb,
    error               text
);
create index run_profile_flow on run (profile_id, flow, started_at desc);

create table run_record (
    id          bigint generated always as identity primary key,
    run_id      bigint not null references run (id) on delete cascade,
    record_key  varchar(500) not null,
    outcome     varchar(20) not null check (outcome in ('CREATED', 'UPDATED', 'UNCHANGED', 'SKIPPED', 'FAILED')),
    shop_id     varchar(200),
    reason      text,
    payload     jsonb,
    changed_fields  jsonb,
    created_at  timestamp with time zone not null default now()
);
create index run_record_run on run_record (run_id, outcome);
create index run_record_key on run_record (record_key);

-- ERP key <-> shop id, per profile and entity; payload_hash is the hash of the last payload
-- sent, so an unchanged record is not written again, and last_payload lets a dry run name the
-- fields that would change.
create table id_link (
    profile_id    bigint not null references shop_profile (id) on delete cascade,
    entity        varchar(60) not null,
    erp_key       varchar(500) not null,
    shop_id       varchar(200) not null,
    payload_hash  varchar(64),
    last_payload  jsonb,
    last_run_id   bigint references run (id) on delete set null,
    updated_at    timestamp with time zone not null default now(),
    primary key (profile_id, entity, erp_key),
    unique (profile_id, entity, shop_id)
);

-- Where the next incremental extraction of a flow starts; advanced only when a page is done.
create table watermark (
    profile_id  bigint not null references shop_profile (id) on delete cascade,
    flow        varchar(40) not null,
    value       varchar(200) not null,
    updated_at  timestamp with time zone not null default now(),
    primary key (profile_id, flow)
);
