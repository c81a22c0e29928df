-- Webhooks (Standard Webhooks). Subscribers: a URL, the event types they want and the secret
-- deliveries are signed with. The outbox: one message per change, written in the transaction of
-- the change, its id the webhook-id of every attempt. One delivery per message and subscriber,
-- PENDING until answered with a 2xx (DELIVERED) or given up (FAILED), and every attempt of it.
-- The same tables in both services.
create sequence webhook_subscription_seq start with 1 increment by 50;

create table webhook_subscription (
    id          bigint      primary key,
    url         text        not null,
    event_types text[]      not null,
    description text,
    secret      text        not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint webhook_subscription_has_types check (cardinality(event_types) > 0)
);

create table outbox_message (
    id         text        primary key,
    type       text        not null,
    payload    text        not null,
    created_at timestamptz not null
);

create sequence webhook_delivery_seq start with 1 increment by 50;

create table webhook_delivery (
    id               bigint      primary key,
    message_id       text        not null references outbox_message (id),
    subscription_id  bigint      not null references webhook_subscription (id) on delete cascade,
    status           text        not null,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    last_status_code integer,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    constraint webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    constraint webhook_delivery_once unique (message_id, subscription_id)
);
-- What the dispatcher claims: the pending deliveries, soonest due first.
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, id)
    where status = 'PENDING';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, id);

create sequence webhook_attempt_seq start with 1 increment by 50;

create table webhook_attempt (
    id          bigint      primary key,
    delivery_id bigint      not null references webhook_delivery (id) on delete cascade,
    number      integer     not null,
    at          timestamptz not null,
    status_code integer,
    error       text,
    duration_ms bigint      not null,
    constraint webhook_attempt_once unique (delivery_id, number),
    constraint webhook_attempt_has_outcome check (status_code is not null or error is not null)
);
