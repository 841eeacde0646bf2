-- The median time to approval through counters of approval times by bucket, 'approved-in:<bucket>' in desk_counter
-- (issue 15, decision 024), instead of skipping half of desk_approval's index. The row 'recount-buckets' asks the
-- first dashboard after this upgrade to count the buckets from desk_approval (one pass over the kept times, not the
-- full recount over the claims).
delete from desk_counter where name = 'recount-buckets';
insert into desk_counter (name, n) values ('recount-buckets', 1);
