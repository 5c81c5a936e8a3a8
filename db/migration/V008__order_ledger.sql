-- Exactly-once imports into the ERP (issue 11): one row per shop record of a flow that creates
-- documents (orders, payments, customers), written BEFORE the ERP is called, and one row per
-- attempt. A run claims a record by taking its lease; a second node that finds the lease held
-- by another live run skips the record, and a claim left by a killed run is taken over once its
-- lease ran out (the writer then searches the ERP by the document reference before creating).
create table order_ledger (
    profile_id     bigint not null references shop_profile (id) on delete cascade,
    flow           varchar(60) not null,
    record_key     varchar(300) not null,
    state          varchar(20) not null,          -- PENDING, DONE, FAILED, QUARANTINED (totals outside the tolerance, on hold in the ERP until accepted)
    erp_document   varchar(300),
    run_id         bigint,
    attempts       integer not null default 0,
    message        text,
    shop_total     numeric(19, 4),                -- totals reconciliation: the shop's total incl. tax
    erp_total      numeric(19, 4),                -- and the ERP document's, for a quarantined order
    reviewed_by    varchar(200),
    lease_until    timestamp with time zone,
    created_at     timestamp with time zone not null default now(),
    updated_at     timestamp with time zone not null default now(),
    primary key (profile_id, flow, record_key)
);

create table order_ledger_attempt (
    id             bigserial primary key,
    profile_id     bigint not null,
    flow           varchar(60) not null,
    record_key     varchar(300) not null,
    attempt        integer not null,
    run_id         bigint,
    started_at     timestamp with time zone not null default now(),
    ended_at       timestamp with time zone,
    outcome        varchar(20),
    erp_document   varchar(300),
    message        text,
    foreign key (profile_id, flow, record_key) references order_ledger (profile_id, flow, record_key) on delete cascade
);

create index order_ledger_attempt_record on order_ledger_attempt (profile_id, flow, record_key);
