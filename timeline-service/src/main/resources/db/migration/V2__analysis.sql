-- Analysis: what ingest reads out of each source, kept as rows (never recomputed on read), and
-- the review of the events it proposes. Offsets are Unicode code points, end exclusive, as in
-- citations. Each row names the extractor (name/version) that made it.

-- Who set the trusted date: a person, the analysis, or (before analysis) the printed date.
alter table source add column trusted_date_basis varchar(20);
update source set trusted_date_basis =
    case when trusted_date is null then null
         when trusted_date_note is not null or trusted_date is distinct from published_on then 'PERSON'
         else 'PRINTED' end;
alter table source add constraint source_trusted_basis_check
    check (trusted_date_basis in ('PERSON', 'ANALYSIS', 'PRINTED'));

-- One row per analysed source: which extractor read which text, and when.
create table source_analysis (
    source_id      bigint        primary key references source (id) on delete cascade,
    extractor      varchar(100)  not null,
    source_sha256  varchar(64)   not null,
    analysed_at    timestamptz   not null,
    elapsed_micros bigint        not null
);

-- A stretch of the text dated as one piece (the whole article, or one article of a bundle).
create sequence analysis_scope_seq start with 1 increment by 50;
create table analysis_scope (
    id            bigint        primary key,
    source_id     bigint        not null references source (id) on delete cascade,
    position      integer       not null,
    span_start    integer       not null,
    span_end      integer       not null,
    anchor_date   date,
    anchor_basis  varchar(20)   not null,
    rule          varchar(100)  not null,
    reason        text          not null,
    evidence      jsonb         not null,
    constraint analysis_scope_position_key unique (source_id, position)
);

-- Temporal expressions with their resolved value, anchor, rule and alternatives.
create sequence date_mention_seq start with 1 increment by 50;
create table date_mention (
    id              bigint        primary key,
    source_id       bigint        not null references source (id) on delete cascade,
    scope_position  integer       not null,
    span_start      integer       not null,
    span_end        integer       not null,
    sentence_start  integer       not null,
    sentence_end    integer       not null,
    text            varchar(500)  not null,
    kind            varchar(20)   not null,
    value           varchar(32),
    precision       varchar(10),
    span_from       date,
    span_to         date,
    earliest        date,
    latest          date,
    anchor_date     date,
    anchor_basis    varchar(20),
    anchor_start    integer,
    anchor_end      integer,
    rule            varchar(100)  not null,
    explanation     text          not null,
    tense           varchar(10)   not null,
    tense_cue       varchar(50),
    alternatives    jsonb         not null,
    constraint date_mention_kind_check check (kind in ('ABSOLUTE', 'YEARLESS', 'RELATIVE', 'ANAPHORIC'))
);
create index date_mention_source_idx on date_mention (source_id, span_start);

-- Where the evidence for a source's date disagrees, with the quotes on each side.
create sequence date_finding_seq start with 1 increment by 50;
create table date_finding (
    id              bigint        primary key,
    source_id       bigint        not null references source (id) on delete cascade,
    scope_position  integer       not null,
    kind            varchar(40)   not null,
    rule            varchar(100)  not null,
    summary         text          not null,
    printed_date    date,
    supported_date  date,
    quotes          jsonb         not null
);
create index date_finding_source_idx on date_finding (source_id);
create index date_finding_kind_idx on date_finding (kind);

-- Numbers, durations, percentages, money, with unit, qualifier and what they are about.
create sequence quantity_seq start with 1 increment by 50;
create table quantity (
    id              bigint            primary key,
    source_id       bigint            not null references source (id) on delete cascade,
    span_start      integer           not null,
    span_end        integer           not null,
    sentence_start  integer           not null,
    sentence_end    integer           not null,
    text            varchar(500)      not null,
    kind            varchar(20)       not null,
    amount          double precision  not null,
    unit            varchar(100),
    normalized      varchar(100)      not null,
    qualifier       varchar(20)       not null,
    qualifier_word  varchar(50),
    subject         varchar(200),
    subject_start   integer,
    subject_end     integer,
    rules           text[]            not null
);
create index quantity_source_idx on quantity (source_id, span_start);

-- People, places and organisations, each mention under its canonical name.
create sequence name_mention_seq start with 1 increment by 50;
create table name_mention (
    id           bigint        primary key,
    source_id    bigint        not null references source (id) on delete cascade,
    canonical    varchar(300)  not null,
    name_type    varchar(20)   not null,
    text         varchar(300)  not null,
    title        varchar(200),
    span_start   integer       not null,
    span_end     integer       not null
);
create index name_mention_source_idx on name_mention (source_id, span_start);

-- Citations the analysis proposes for an event a person vouches for wait as suggestions.
alter table citation add column extractor varchar(100);
alter table citation add column suggested boolean not null default false;

-- An event merged into another keeps its history and points at where it went.
alter table event add column merged_into bigint references event (id) on delete set null;
create index event_review_status_idx on event (review_status);
create index event_origin_idx on event (origin);

-- Every review decision: confirm, reject, edit, merge, split, accept or reject a suggestion.
create sequence event_review_seq start with 1 increment by 50;
create table event_review (
    id                bigint         primary key,
    event_id          bigint         not null references event (id) on delete cascade,
    action            varchar(30)    not null,
    actor             varchar(200)   not null,
    at                timestamptz    not null,
    note              varchar(2000),
    from_status       varchar(20),
    to_status         varchar(20),
    related_event_id  bigint,
    detail            varchar(2000)
);
create index event_review_event_idx on event_review (event_id, id);
