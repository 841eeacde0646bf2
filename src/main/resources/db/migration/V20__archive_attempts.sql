-- "Archive now" runs in the background (decision 012): a source shows that a fetch is under way, and a failed
-- attempt is recorded beside the copy kept from an earlier one instead of replacing it.
alter table source add column archiving_since timestamp with time zone;
alter table source add column archive_failed_at timestamp with time zone;
alter table source add column archive_failed_http_status integer;
alter table source add column archive_failed_error varchar(500);

-- Until now a failure overwrote the copy's columns (the copy itself was already lost): move it to its own.
update source set archive_failed_at = archive_fetched_at, archive_failed_http_status = archive_http_status,
                  archive_failed_error = archive_error, archive_fetched_at = null, archive_http_status = null
 where archive_error is not null;
alter table source drop column archive_error;
