-- One row of desk-wide settings, with defaults an administrator changes on the settings page.
create table desk_settings (
    id               bigint        not null primary key,
    version          bigint        not null default 0,
    desk_name        varchar(120)  not null,
    public_base_url  varchar(2000) not null,
    time_zone        varchar(64)   not null,
    default_language varchar(8)    not null,
    constraint ck_desk_settings_single check (id = 1)
);

insert into desk_settings (id, desk_name, public_base_url, time_zone, default_language)
values (1, 'FactDesk', 'https://factcheck.example.org', 'Europe/Paris', 'fr');
