-- The median time to approval through counters of approval times by bucket, 'approved-in:<bucket>' in desk_counter
-- (issue 15, decision 024), instead of skipping half of desk_approval's index. The buckets are counted by the
-- counters' recount, which the 'rebuild' row asks of the first dashboard after this upgrade.
delete from desk_counter where name = 'rebuild';
insert into desk_counter (name, n) values ('rebuild', 1);
