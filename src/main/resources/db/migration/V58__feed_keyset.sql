-- The ClaimReview feed pages by claim id (issue 15): the approved claims in id order, read from an index rather than
-- sorted, so that its last page costs what its first does. H2 and PostgreSQL alike; ix_claim_status stays, as the
-- index of the foreign key to claim_status.
create index ix_claim_status_id on claim (status, id);
