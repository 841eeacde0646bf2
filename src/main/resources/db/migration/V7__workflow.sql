-- The desk's workflow on claims: assignment with a due date and a priority, review with four eyes, corrections,
-- and who watches a claim.
alter table claim add column priority varchar(8) not null default 'NORMAL';
alter table claim add constraint ck_claim_priority check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT'));
alter table claim add column selected_at timestamp with time zone;
alter table claim add column assigned_at timestamp with time zone;
alter table claim add column approved_by varchar(64);
alter table claim add column approved_at timestamp with time zone;
alter table claim add column approved_rating_id bigint references rating (id);
alter table claim add column approved_rationale clob;
alter table claim add column corrected boolean not null default false;

create index ix_claim_assignee on claim (assignee, status, due_date);
create index ix_claim_review on claim (status, submitted_at);

create table claim_watcher (
    claim_id bigint      not null references claim (id) on delete cascade,
    username varchar(64) not null,
    primary key (claim_id, username)
);
