-- Flyway runs this before every migration on PostgreSQL. V1..V20 were written for H2 and declare long texts as
-- `clob`, a type PostgreSQL does not have: a domain over `text` gives them one, without editing those migrations.
do $$
begin
    if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where t.typname = 'clob' and n.nspname = current_schema()) then
        create domain clob as text;
    end if;
end
$$;
