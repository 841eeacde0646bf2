-- Sources a URL cannot point to (decision 021): an interview, an e-mail, a document obtained on request, a printed
-- document. Their kinds join the lookup table (decision 008: no IN check), and the address becomes optional; the
-- application still asks one of every other kind.
insert into source_kind (code) values ('INTERVIEW'), ('EMAIL'), ('DOCUMENT_ON_REQUEST'), ('PRINTED_DOCUMENT');
alter table source alter column url drop not null;
