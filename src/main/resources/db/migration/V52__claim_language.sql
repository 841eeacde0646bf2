-- A claim keeps its article's language, so that the search index knows it (issue 14): the header search filters
-- claims by language and reads each statement with its language's analysis. Changing the article's language changes
-- its claims'.
alter table claim add column language varchar(8);
update claim set language = (select a.language from article a where a.id = claim.article_id);
