-- The rate budget of each shop host, shared by every node of a cluster (issue 6). A node told
-- to slow down (429 + Retry-After, a THROTTLED or nearly empty Shopify cost bucket) records until
-- when the host is paused; the other nodes read it about once a second and wait too. One row per
-- host (scheme://host:port), times on the database's clock so the nodes' clocks need not agree.
create table rate_budget_pause (
    host          varchar(300) primary key,
    paused_until  timestamp with time zone not null
);
