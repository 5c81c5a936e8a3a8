-- Issue 17 (web side): sign-in throttle, forced change of a generated password, studio settings.

-- Failed sign-ins per account (lower-cased user name, existing or not) and per client address:
-- growing delays, then a temporary lock. Kept in the database so a restart does not forget them
-- and every node of a cluster sees the same counts; a success or an administrator clears a row.
create table sign_in_throttle (
    kind             varchar(10)  not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key              varchar(200) not null,
    failures         integer      not null default 0,
    last_failure_at  timestamp with time zone not null,
    next_attempt_at  timestamp with time zone,
    locked_until     timestamp with time zone,
    last_address     varchar(100),
    primary key (kind, key)
);

-- The generated first password must be changed at the first sign-in.
alter table app_user add column must_change_password boolean not null default false;

-- Studio-wide settings an administrator changes from the studio (e.g. the demo switched off).
create table studio_setting (
    name        varchar(100) primary key,
    value       text not null,
    updated_at  timestamp with time zone not null default now()
);
