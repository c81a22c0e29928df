-- POSTs sent with an Idempotency-Key: the key while the request runs (status 0), then the answer
-- a retry gets again. id is the SHA-256 of sender, path and key.
create table idempotent_request (
    id         text primary key,
    status     integer not null default 0,
    location   text,
    etag       text,
    body       text,
    created_at timestamptz not null
);
create index idempotent_request_created_at_idx on idempotent_request (created_at);
