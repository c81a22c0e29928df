-- Every change to a resource people rely on: who, when, and the resource as its GET answered
-- before (null for a creation) and after (null for a deletion). Kept after the resource is gone.
create sequence change_record_seq start with 1 increment by 50;

create table change_record (
    id          bigint      primary key,
    resource    text        not null,
    resource_id bigint      not null,
    action      text        not null,
    actor       text        not null,
    at          timestamptz not null,
    before      jsonb,
    after       jsonb,
    constraint change_record_has_a_state check (before is not null or after is not null)
);
create index change_record_resource_idx on change_record (resource, resource_id, id);
