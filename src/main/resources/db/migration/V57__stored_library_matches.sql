-- "Checked before" read from what was ranked instead of ranked on every opening of a claim (issue 15, decision 027).
-- The library's generation counts its changes (fact-checks added, updated or removed; a vector computed later is
-- the one a ranking computes on the spot, so it changes nothing):
-- a claim's stored ranking is current while its wording, its language and this generation are those it was ranked for.
create table library_generation (
    id         integer not null primary key,
    generation bigint  not null
);
insert into library_generation (id, generation) values (1, 0);

-- One ranking per claim: what it was ranked for (a digest of the statement and the language, the library's
-- generation) and how many fact-checks were asked for (the five shown plus those the desk hid, with a margin).
create table claim_library_ranking (
    claim_id    bigint      not null primary key,
    text_digest varchar(64) not null,
    generation  bigint      not null,
    asked       integer     not null,
    constraint fk_claim_library_ranking_claim foreign key (claim_id) references claim (id) on delete cascade
);

-- The ranking's fact-checks, best first, as the matcher gave them.
create table claim_library_match (
    claim_id      bigint           not null,
    place         integer          not null,
    fact_check_id bigint           not null,
    similarity    double precision not null,
    matched_words varchar(8000)    not null,
    likely        boolean          not null,
    primary key (claim_id, place),
    constraint fk_claim_library_match_ranking foreign key (claim_id) references claim_library_ranking (claim_id)
        on delete cascade,
    constraint fk_claim_library_match_fact_check foreign key (fact_check_id) references fact_check (id)
        on delete cascade
);
