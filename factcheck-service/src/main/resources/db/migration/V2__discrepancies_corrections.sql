-- Discrepancies (one fact, two or more sourced assertions that disagree), the corrections
-- journalists file, and the history of both. Sources and events live in timeline-service: they are
-- referenced by id, and each quote is stored as it was checked there (hash, outlet, title, selector).
-- Sequences step by 50, as Panache allocates ids.

create sequence discrepancy_seq start with 1 increment by 50;
create sequence assertion_seq start with 1 increment by 50;
create sequence discrepancy_transition_seq start with 1 increment by 50;
create sequence correction_seq start with 1 increment by 50;
create sequence correction_transition_seq start with 1 increment by 50;

create table discrepancy (
    id                       bigint primary key,
    subject                  varchar(500) not null,
    event_id                 bigint,
    attribute                varchar(20)  not null
        check (attribute in ('DATE', 'TIME', 'DURATION', 'COUNT', 'AMOUNT', 'NAME', 'PLACE',
                             'ATTRIBUTION', 'WORDING', 'OTHER')),
    kind                     varchar(30)  not null
        check (kind in ('DATE_ERROR', 'NUMERIC_MISMATCH', 'FACTUAL_CONFLICT', 'ATTRIBUTION_CONFLICT',
                        'SPELLING_VARIANT', 'QUOTE_VARIANT', 'TEMPLATE_RESIDUE', 'OTHER')),
    severity                 varchar(10)  not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    status                   varchar(20)  not null
        check (status in ('OPEN', 'CONFIRMED', 'DISMISSED', 'RESOLVED')),
    description              text,
    preferred_assertion      integer,
    resolution_note          text,
    resolved_by              varchar(200),
    resolved_at              timestamptz,
    resolved_by_correction   bigint,
    recorder_kind            varchar(20)  not null check (recorder_kind in ('PERSON', 'DETECTOR', 'SEED')),
    recorded_by              varchar(200) not null,
    recorded_at              timestamptz  not null,
    updated_by               varchar(200) not null,
    updated_at               timestamptz  not null,
    origin_ref               varchar(200),
    version                  bigint       not null,
    constraint discrepancy_origin_ref_key unique (origin_ref),
    constraint discrepancy_resolution_check
        check ((status = 'RESOLVED') = (resolved_at is not null))
);
create index discrepancy_recorded_idx on discrepancy (recorded_at desc, id desc);
create index discrepancy_event_idx on discrepancy (event_id);

create table assertion (
    id               bigint primary key,
    discrepancy_id   bigint       not null references discrepancy (id) on delete cascade,
    position         integer      not null,
    source_id        bigint       not null,
    source_sha256    varchar(64)  not null check (source_sha256 ~ '^[0-9a-f]{64}$'),
    source_outlet    varchar(200),
    source_title     varchar(1000),
    quote_exact      text         not null,
    quote_prefix     text,
    quote_suffix     text,
    quote_start      integer      not null check (quote_start >= 0),
    quote_end        integer      not null,
    stated_value     varchar(200) not null,
    value_type       varchar(10)  check (value_type in ('DURATION', 'DATE', 'NUMBER')),
    value_text       varchar(40),
    value_qualifier  varchar(20)
        check (value_qualifier in ('EXACTLY', 'APPROXIMATELY', 'LESS_THAN', 'MORE_THAN')),
    note             text,
    constraint assertion_quote_span_check check (quote_end > quote_start),
    constraint assertion_value_check check ((value_type is null) = (value_text is null)),
    -- Deferred: replacing a discrepancy's assertions inserts the new ones before deleting the old.
    constraint assertion_position_key unique (discrepancy_id, position) deferrable initially deferred
);
create index assertion_source_idx on assertion (source_id);

create table discrepancy_transition (
    id               bigint primary key,
    discrepancy_id   bigint       not null references discrepancy (id) on delete cascade,
    from_status      varchar(20),
    to_status        varchar(20)  not null,
    actor            varchar(200) not null,
    at               timestamptz  not null,
    note             text
);
create index discrepancy_transition_idx on discrepancy_transition (discrepancy_id, at);

create table correction (
    id               bigint primary key,
    source_id        bigint        not null,
    source_sha256    varchar(64)   not null check (source_sha256 ~ '^[0-9a-f]{64}$'),
    source_outlet    varchar(200),
    source_title     varchar(1000),
    quote_exact      text          not null,
    quote_prefix     text,
    quote_suffix     text,
    quote_start      integer       not null check (quote_start >= 0),
    quote_end        integer       not null,
    discrepancy_id   bigint        references discrepancy (id),
    event_id         bigint,
    type             varchar(20)   not null
        check (type in ('CORRECTION', 'CLARIFICATION', 'UPDATE', 'RETRACTION')),
    status           varchar(20)   not null
        check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'WITHDRAWN')),
    original_text    text          not null,
    corrected_text   text,
    reason           text          not null,
    public_note      text          not null,
    submitted_by     varchar(200)  not null,
    submitted_at     timestamptz   not null,
    updated_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    reviewed_by      varchar(200),
    reviewed_at      timestamptz,
    review_note      text,
    published_at     timestamptz,
    origin_ref       varchar(200),
    version          bigint        not null,
    constraint correction_origin_ref_key unique (origin_ref),
    constraint correction_quote_span_check check (quote_end > quote_start),
    constraint correction_text_check check (type = 'RETRACTION' or corrected_text is not null)
);
create index correction_submitted_idx on correction (submitted_at desc, id desc);
create index correction_source_idx on correction (source_id);
create index correction_discrepancy_idx on correction (discrepancy_id);

create table correction_transition (
    id               bigint primary key,
    correction_id    bigint       not null references correction (id) on delete cascade,
    from_status      varchar(20),
    to_status        varchar(20)  not null,
    actor            varchar(200) not null,
    at               timestamptz  not null,
    note             text
);
create index correction_transition_idx on correction_transition (correction_id, at);
