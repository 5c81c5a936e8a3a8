-- Where an unfinished read of a flow stands (issue 6): saved after each finished page, removed
-- when the read completes, so a crashed or killed run resumes at its last finished page.
-- Instants are ISO-8601 text, as in watermark.value.
create table read_checkpoint (
    profile_id     bigint not null references shop_profile (id) on delete cascade,
    flow           varchar(60) not null,
    since_value    varchar(40),
    cursor_value   text,
    latest_value   varchar(40),
    run_started    varchar(40) not null,
    source_filter  text,
    page_size      integer not null,
    updated_at     timestamp with time zone not null default now(),
    primary key (profile_id, flow)
);
