-- The dashboard's figures, kept as claims change instead of counted over the claim table on every view (issue 15,
-- decision 024). desk_counter: one row a figure ('status:IN_REVIEW', 'open:<assignee>', 'verdict:<rating id>',
-- 'approvals'); the row 'rebuild' asks the application to recount them all from the claims (here: the claims already
-- there; after bulk SQL: the desk generator). desk_approval: each approved claim's time from selection to approval,
-- in microseconds, so that the median is read from an index.
create table desk_counter (
    name varchar(250) primary key,
    n    bigint       not null
);
create table desk_approval (
    claim_id bigint primary key,
    micros   bigint not null
);
create index ix_desk_approval_micros on desk_approval (micros, claim_id);
insert into desk_counter (name, n) values ('rebuild', 1);

-- Overdue and due soon: the open statuses' due dates, a range of this index per status.
create index ix_claim_open_due on claim (status, due_date, assignee);
