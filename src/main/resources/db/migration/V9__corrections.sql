-- Each reopening of an approved claim is a correction: who reopened it, when and why, and the verdict it replaced.
-- Reports list them; the claim's history keeps the transitions themselves.
create table claim_correction (
    claim_id             bigint      not null references claim (id) on delete cascade,
    reopened_at          timestamp with time zone not null,
    reopened_by          varchar(64) not null,
    reason               clob        not null,
    previous_rating_id   bigint references rating (id),
    previous_rationale   clob,
    previous_approved_by varchar(64),
    previous_approved_at timestamp with time zone
);
create index ix_claim_correction on claim_correction (claim_id, reopened_at);
create index ix_claim_approved on claim (status, approved_at);
