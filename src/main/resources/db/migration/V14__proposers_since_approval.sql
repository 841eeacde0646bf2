-- Four eyes (docs/decisions/009): the proposers of a verdict are everyone who had a hand in it since the claim was
-- created or last approved. Until now they were forgotten whenever the claim entered research, and sources did not
-- count. Rebuild them from the history: an approved claim has none (its round is closed); an open claim has whoever
-- changed its verdict or its sources, or submitted it, after its last approval.
delete from claim_proposer where claim_id in (select id from claim where status = 'APPROVED');

-- The actions that make a proposer; detail, when set, must match too (a status change counts only as a submission).
create table proposer_action_v14 (action varchar(32) not null, detail varchar(64));
insert into proposer_action_v14 (action, detail) values
    ('claim.verdict', null), ('source.added', null), ('source.updated', null), ('source.removed', null),
    ('claim.status', 'submit');

insert into claim_proposer (claim_id, username)
select distinct a.claim_id, a.actor
from activity a
join claim c on c.id = a.claim_id
join proposer_action_v14 p on p.action = a.action and coalesce(p.detail, a.detail, '') = coalesce(a.detail, '')
where c.status <> 'APPROVED'
  and a.actor <> 'system'
  and (c.approved_at is null or a.occurred_at > c.approved_at)
  and not exists (select 1 from claim_proposer e where e.claim_id = a.claim_id and e.username = a.actor);

drop table proposer_action_v14;
