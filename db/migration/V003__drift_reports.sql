-- Drift reports (issue 6): a scheduled or on-demand comparison of what the ERP says with what the
-- shop holds, per profile and flow, and the differences it found. A report is kept as found, so
-- the studio shows the latest one and the history says when a difference appeared.

create table drift_report (
    id                bigint generated always as identity primary key,
    profile_id        bigint not null references shop_profile (id) on delete cascade,
    flow              varchar(40) not null,
    -- what asked for it: the nightly job, a user in the studio, or the check after a re-sync
    origin            varchar(20) not null check (origin in ('SCHEDULE', 'STUDIO', 'RESYNC')),
    status            varchar(20) not null check (status in ('SUCCEEDED', 'FAILED')),
    compared_at       timestamp with time zone not null default now(),
    difference_count  integer not null default 0,
    record_count      integer not null default 0,
    error             text
);
create index drift_report_profile_flow on drift_report (profile_id, flow, id desc);

-- One field of one record where the shop no longer holds what the ERP says.
create table drift_difference (
    id          bigint generated always as identity primary key,
    report_id   bigint not null references drift_report (id) on delete cascade,
    record_key  varchar(500) not null,
    shop_id     varchar(200),
    field       varchar(200) not null,
    kind        varchar(20) not null check (kind in ('STOCK', 'PRICE', 'ACTIVE', 'OTHER')),
    erp_value   text,
    shop_value  text
);
create index drift_difference_report on drift_difference (report_id);
