-- ShedLock's lock per scheduled job (cluster.ShedLockJobs, decision 018): the node that holds a job's row until
-- lock_until runs that job's round; the others skip it. Portable SQL: the same on H2 and PostgreSQL.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint pk_shedlock primary key (name)
);
