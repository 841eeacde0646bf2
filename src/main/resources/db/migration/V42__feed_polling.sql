-- Scheduled polling of a remembered feed (issue 14): off (null) by default; when on, library.FeedPolling imports the
-- feed again once poll_every_minutes have passed since last_polled_at.
alter table fact_check_feed add column poll_every_minutes integer;
alter table fact_check_feed add column last_polled_at timestamp with time zone;
