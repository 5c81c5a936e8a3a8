-- Issue 15 (scheduling and scale-out). One run of a flow at a time is held by a PostgreSQL
-- advisory lock for the run (no table: the lock dies with its holder's connection). What this
-- migration adds is what the run history says about each start:
--   trigger_source: who asked (STUDIO, COMMAND, SCHEDULE, AFTER, RECOVERY, WEBHOOK ...);
--   fire_id: the scheduler's fire (trigger + scheduled time), so "every trigger ran exactly once"
--            can be checked from the history;
--   note: why a trigger waited or was skipped ("run #12 of this flow is running on node ...").
-- A trigger that found its flow running and did not run is a run row with status SKIPPED.
alter table run drop constraint if exists run_status_check;
alter table run add constraint run_status_check
    check (status in ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED', 'SKIPPED'));
alter table run add column trigger_source varchar(20);
alter table run add column fire_id varchar(300);
alter table run add column note text;
create index run_fire_id on run (fire_id) where fire_id is not null;
