-- The desk's lists seek by a key an index serves instead of sorting the table for every page (issue 15, decision 017).
-- list_position: title before body, then start, then end, as one number (Claim.listPosition computes the same).
alter table claim add column list_position bigint not null default 0;
update claim set list_position = (case when part = 'TITLE' then 0 else 1125899906842624 end)
    + cast(start_offset as bigint) * 33554432 + end_offset;

-- The claims list: newest article first, each article's claims in article order; one index per filter that leads
-- (an equality on its first column keeps the rest of the index in the list's order).
create index ix_claim_list on claim (article_id desc, list_position, id);
create index ix_claim_list_status on claim (status, article_id desc, list_position, id);
create index ix_claim_list_assignee on claim (assignee, article_id desc, list_position, id);
create index ix_claim_list_rating on claim (rating_id, article_id desc, list_position, id);
