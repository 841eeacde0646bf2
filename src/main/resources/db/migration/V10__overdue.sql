-- Which claims' watchers were told that the claim is overdue: once per claim and due date, so a claim whose due date
-- is moved and then passes again is told again.
create table overdue_notice (
    claim_id    bigint                   not null references claim (id) on delete cascade,
    due_date    date                     not null,
    notified_at timestamp with time zone not null,
    primary key (claim_id, due_date)
);

-- The overdue check looks for due dates before today.
create index ix_claim_due_date on claim (due_date);

-- A notification told by a comment (a plain comment, or the reason given with a return or a reopening) carries its
-- first words, so the watcher reads why without opening the claim.
alter table notification add column excerpt varchar(200);
