-- My tasks and the review queue seek by a key an index serves, as the claims list does since V28 (issue 15,
-- decision 017). task_position: a claim's place in its assignee's tasks, soonest due first (undated last), then the
-- most urgent; closed claims (approved, dismissed) and claims nobody holds are at the very end, past every task.
-- The date as yyyymmdd keeps its order and reads the same on H2 and PostgreSQL (Claim.taskPosition computes the same).
alter table claim add column task_position bigint not null default 9223372036854775807;
update claim set task_position = (case when due_date is null then 1099511627776
        else (cast(extract(year from due_date) as bigint) * 10000 + cast(extract(month from due_date) as bigint) * 100
              + cast(extract(day from due_date) as bigint)) * 4 end)
    + (case priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end)
    where assignee is not null and status <> 'APPROVED' and status <> 'DISMISSED';
create index ix_claim_tasks on claim (assignee, task_position, id);

-- The review queue: the oldest submission first, the id breaking ties.
create index ix_claim_review_queue on claim (status, submitted_at, id);
