-- Issue 11 (fast path): the shops' order webhooks and their deliveries.

-- One row per profile and topic: what we asked the shop to deliver, and how that went. The secret
-- that signs the deliveries (chosen by us for WooCommerce, the app's client secret for Shopify) is
-- encrypted like the profiles' credentials (store.SecretCipher, bound to the profile and topic).
create table webhook_subscription (
    profile_id        bigint        not null references shop_profile (id) on delete cascade,
    topic             varchar(100)  not null,
    shop_webhook_id   varchar(200),
    callback_url      varchar(1000) not null,
    secret_enc        text          not null,
    shop_status       varchar(40),
    registered_at     timestamp with time zone not null default now(),
    last_delivery_at  timestamp with time zone,
    deliveries        bigint        not null default 0,
    failures          integer       not null default 0,
    last_failure      text,
    last_failure_at   timestamp with time zone,
    primary key (profile_id, topic)
);

-- Every delivery accepted, by the shop's delivery id (X-WC-Webhook-Delivery-ID, X-Shopify-Webhook-Id:
-- the same on the shop's retries), so a delivery sent again is dropped, on whichever node it lands.
create table webhook_delivery (
    profile_id   bigint       not null references shop_profile (id) on delete cascade,
    delivery_id  varchar(200) not null,
    topic        varchar(100),
    order_key    varchar(200),
    received_at  timestamp with time zone not null default now(),
    primary key (profile_id, delivery_id)
);
