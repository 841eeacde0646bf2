-- Overdue and each assignee's due soon / overdue through counters per due day in desk_counter (issue 15, decision
-- 024): 'due:<yyyy-mm-dd>' for the claims not approved nor dismissed, 'due-of:<assignee>:<yyyy-mm-dd>' for each
-- assignee's open work, instead of ranges of ix_claim_open_due on every view. The row 'recount-due' asks the first
-- dashboard after this upgrade to count them from the open dated claims alone (through that index), not the full
-- recount over every claim.
delete from desk_counter where name = 'recount-due';
insert into desk_counter (name, n) values ('recount-due', 1);
