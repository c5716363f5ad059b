-- Quote -> event link: the event a quote bears on (events.id of the same article) and why
-- (content | attribution | anaphor | context, as in the extract record's "event_basis"); NULL when unlinked.
ALTER TABLE quotes ADD COLUMN event_id TEXT;
ALTER TABLE quotes ADD COLUMN event_basis TEXT;
CREATE INDEX quotes_event ON quotes (event_id);
