-- Sources: ingested articles, text stored exactly as sent, identified by its SHA-256.
create sequence source_seq start with 1 increment by 50;

create table source (
    id                bigint        primary key,
    outlet            varchar(200)  not null,
    title             varchar(1000),
    url               varchar(2048),
    language          varchar(35),
    printed_date      varchar(500),
    published_on      date,
    trusted_date      date,
    trusted_date_note varchar(1000),
    content           text          not null,
    content_sha256    varchar(64)   not null,
    content_length    integer       not null,
    origin            varchar(20)   not null,
    origin_ref        varchar(500),
    created_by        varchar(200)  not null,
    created_at        timestamptz   not null,
    updated_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    constraint source_content_sha256_key unique (content_sha256),
    constraint source_content_sha256_hex check (content_sha256 ~ '^[0-9a-f]{64}$'),
    constraint source_origin_check check (origin in ('API', 'SEED', 'IMPORT'))
);

create index source_outlet_idx on source (lower(outlet));

-- Events: what happened and when. Start and end are a calendar date plus a precision (and a
-- local time for minute precision, read in time_zone). span_from/span_to are the whole days the
-- event may cover (bounds included); start_instant orders timed events.
create sequence event_seq start with 1 increment by 50;

create table event (
    id               bigint        primary key,
    title            varchar(500)  not null,
    summary          text,
    start_date       date          not null,
    start_time       time,
    start_precision  varchar(10)   not null,
    start_earliest   date,
    start_latest     date,
    end_date         date,
    end_time         time,
    end_precision    varchar(10),
    end_earliest     date,
    end_latest       date,
    time_zone        varchar(64),
    span_from        date          not null,
    span_to          date          not null,
    start_instant    timestamptz,
    place            varchar(500),
    participants     text[]        not null default '{}',
    tags             text[]        not null default '{}',
    status           varchar(20)   not null,
    origin           varchar(20)   not null,
    origin_ref       varchar(200),
    extractor        varchar(200),
    review_status    varchar(20)   not null,
    reviewed_by      varchar(200),
    reviewed_at      timestamptz,
    created_by       varchar(200)  not null,
    created_at       timestamptz   not null,
    updated_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    version          bigint        not null,
    constraint event_origin_ref_key unique (origin_ref),
    constraint event_span_check check (span_from <= span_to),
    constraint event_precision_check check (
        start_precision in ('YEAR', 'MONTH', 'WEEK', 'DAY', 'MINUTE')
        and (end_precision is null or end_precision in ('YEAR', 'MONTH', 'WEEK', 'DAY', 'MINUTE'))),
    constraint event_minute_has_time check (
        (start_precision = 'MINUTE') = (start_time is not null)
        and (end_precision is null or (end_precision = 'MINUTE') = (end_time is not null))),
    constraint event_status_check check (
        status in ('OCCURRED', 'PLANNED', 'POSTPONED', 'CANCELLED', 'EXPECTED')),
    constraint event_origin_check check (origin in ('MANUAL', 'SEED', 'EXTRACTED')),
    constraint event_review_check check (review_status in ('UNREVIEWED', 'CONFIRMED', 'REJECTED'))
);

-- The timeline orders by the first day of the start period, then precision, instant and id.
create index event_start_idx on event (start_date, id);
create index event_span_idx on event (span_from, span_to);
create index event_status_idx on event (status);
create index event_participants_idx on event using gin (participants);
create index event_tags_idx on event using gin (tags);

-- Citations: an exact quote in a source (W3C text quote + position selector, offsets in Unicode
-- code points, end exclusive), with the hash of the source text it was checked against.
create sequence citation_seq start with 1 increment by 50;

create table citation (
    id             bigint        primary key,
    event_id       bigint        not null references event (id) on delete cascade,
    position       integer       not null,
    source_id      bigint        not null references source (id),
    quote_exact    text          not null,
    quote_prefix   text          not null,
    quote_suffix   text          not null,
    quote_start    integer       not null,
    quote_end      integer       not null,
    source_sha256  varchar(64)   not null,
    note           varchar(1000),
    constraint citation_offsets_check check (quote_start >= 0 and quote_end > quote_start)
);

create index citation_event_idx on citation (event_id);
create index citation_source_idx on citation (source_id);
