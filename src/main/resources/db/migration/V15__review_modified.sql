-- A ClaimReview's dateModified, and the feed's since, follow every change to what the ClaimReview shows
-- (docs/decisions/009). Each table a ClaimReview is made of records when its visible part last changed, so that a
-- rating's label or the desk's name does not rewrite every claim row; the feed unites one indexed query per table.

-- The claim: its wording, claimant, verdict, sources; its approval. Until now only updated_at knew.
-- The default serves rows written by plain SQL (a bulk import, the large-desk generator): written now.
alter table claim add column review_modified_at timestamp with time zone default current_timestamp not null;
update claim set review_modified_at = updated_at;
-- With the status first, so that the feed reads approved claims changed since an instant, or of one article or one
-- rating, straight from an index (status alone matches nearly every claim of a desk).
create index ix_claim_review_modified on claim (status, review_modified_at);
create index ix_claim_status_article on claim (status, article_id);
create index ix_claim_status_rating on claim (status, approved_rating_id);

-- The article: title, address, outlet, publication date, language. Its last edit, else its import.
alter table article add column review_modified_at timestamp with time zone default current_timestamp not null;
update article a set review_modified_at = coalesce(
    (select max(r.edited_at) from article_revision r where r.article_id = a.id), a.imported_at);
create index ix_article_review_modified on article (review_modified_at);

-- A rating: its labels and number, and the scale's bounds. No change is known before this migration.
alter table rating add column review_modified_at timestamp with time zone
    default timestamp with time zone '1970-01-01 00:00:00+00' not null;
create index ix_rating_review_modified on rating (review_modified_at);

-- The desk: its name, public address, time zone and default language. No change is known before this migration.
alter table desk_settings add column review_modified_at timestamp with time zone
    default timestamp with time zone '1970-01-01 00:00:00+00' not null;
