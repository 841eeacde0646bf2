-- H2 2.4.240 breaks a CHECK (column IN (...)) constraint, and a chain of ORs that H2 turns into one, once the
-- connection that created it closes: from then on every insert or update it checks fails with "The database has been
-- closed" (H2 issues #4291, #4292, #4308, #4320; docs/decisions/008-h2-constraints-and-safe-migrations.md). The
-- allowed codes therefore live in small lookup tables that the columns reference by foreign key, which holds on any
-- H2 version and on PostgreSQL alike. Checks with a single comparison, a range or LIKE are not affected and stay.
-- A new value of one of these Java enums needs a migration that inserts its code (LookupTablesTest compares them).

create table app_role (code varchar(16) not null primary key);
insert into app_role (code) values ('ADMIN'), ('EDITOR'), ('CHECKER'), ('VIEWER');
alter table app_user_role drop constraint ck_app_user_role;
alter table app_user_role add constraint fk_app_user_role_role foreign key (role) references app_role (code);

create table claim_part (code varchar(8) not null primary key);
insert into claim_part (code) values ('TITLE'), ('BODY');
alter table claim drop constraint ck_claim_part;
alter table claim add constraint fk_claim_part foreign key (part) references claim_part (code);

create table claim_status (code varchar(16) not null primary key);
insert into claim_status (code) values ('CANDIDATE'), ('TO_CHECK'), ('IN_RESEARCH'), ('IN_REVIEW'), ('APPROVED'),
    ('DISMISSED');
alter table claim drop constraint ck_claim_status;
alter table claim add constraint fk_claim_status foreign key (status) references claim_status (code);

create table claim_priority (code varchar(8) not null primary key);
insert into claim_priority (code) values ('LOW'), ('NORMAL'), ('HIGH'), ('URGENT');
alter table claim drop constraint ck_claim_priority;
alter table claim add constraint fk_claim_priority foreign key (priority) references claim_priority (code);

create table source_kind (code varchar(24) not null primary key);
insert into source_kind (code) values ('PRIMARY_DOCUMENT'), ('OFFICIAL_STATISTICS'), ('EXPERT'), ('NEWS_REPORT'),
    ('SOCIAL_MEDIA_POST'), ('OTHER');
alter table source drop constraint ck_source_kind;
alter table source add constraint fk_source_kind foreign key (kind) references source_kind (code);

create table source_reliability (code varchar(8) not null primary key);
insert into source_reliability (code) values ('HIGH'), ('MEDIUM'), ('LOW'), ('UNKNOWN');
alter table source drop constraint ck_source_reliability;
alter table source add constraint fk_source_reliability foreign key (reliability) references source_reliability (code);

create table source_archive_status (code varchar(8) not null primary key);
insert into source_archive_status (code) values ('NONE'), ('ARCHIVED'), ('FAILED');
alter table source drop constraint ck_source_archive;
alter table source add constraint fk_source_archive_status foreign key (archive_status)
    references source_archive_status (code);
