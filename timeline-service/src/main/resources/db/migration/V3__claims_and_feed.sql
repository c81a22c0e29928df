-- The claims the analysis reads out of a source (who did what, where, when, and what became of
-- it), served whole, and the feed of analyses that followers such as factcheck-service read.

alter table source_analysis add column claims jsonb not null default '[]'::jsonb;

-- One row per (re)analysis of a source. A follower reads it in (txid, position) order and keeps
-- the last pair it saw as its cursor. Only rows whose transaction ended before every transaction
-- still running are served (txid below the snapshot's xmin), so a row that commits late can never
-- land behind a cursor that has moved past it.
create table analysis_change (
    position       bigserial     primary key,
    txid           xid8          not null default pg_current_xact_id(),
    source_id      bigint        not null,
    source_sha256  varchar(64)   not null,
    extractor      varchar(100)  not null,
    analysed_at    timestamptz   not null
);
create index analysis_change_order_idx on analysis_change (txid, position);
