-- Detection: discrepancies factcheck-service finds itself, from timeline-service's analysis.
-- A detector's record names the rule that fired; a person's edit marks it so the detector never
-- overwrites it. The detector follows timeline-service's feed of analyses with a cursor kept here.

alter table discrepancy add column rule varchar(80);
alter table discrepancy add column person_edited boolean not null default false;
create index discrepancy_rule_idx on discrepancy (rule);
create index discrepancy_recorder_idx on discrepancy (recorder_kind);

alter table assertion drop constraint assertion_value_qualifier_check;
alter table assertion add constraint assertion_value_qualifier_check
    check (value_qualifier in ('EXACTLY', 'APPROXIMATELY', 'LESS_THAN', 'MORE_THAN', 'AT_LEAST',
                               'AT_MOST'));

-- Where a follower is in a feed: the cursor of the last change it processed.
create table feed_cursor (
    feed        varchar(100)  primary key,
    cursor      varchar(60)   not null,
    updated_at  timestamptz   not null
);
