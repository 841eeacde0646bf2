-- What a workflow notification is about beyond its kind: the new status or the transition (approve, return...), or
-- the colleague a claim was assigned to. Mentions and comments leave it empty.
alter table notification add column detail varchar(64);
