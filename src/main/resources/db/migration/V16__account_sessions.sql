-- A user's open sessions end when an administrator disables them, changes their roles or resets their password:
-- each such change moves the stamp on, and every request compares it with the stamp the session signed in with.
alter table app_user add column session_stamp bigint not null default 0;

-- Whether the user still has the demo password the README prints (a banner asks them to change it). Null until the
-- first start after this migration has checked the existing users' hashes.
alter table app_user add column demo_password boolean;
