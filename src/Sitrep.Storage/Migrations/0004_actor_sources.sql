-- Order-independent actors: each entity keeps the key its article's entity stage gave it (actor_source) beside the
-- store-wide actor it belongs to (actor_key). A surname-only person ("person:zelenski") joins the one full-name actor
-- with that surname ("person:zelenski/v") whenever exactly one compatible one exists, whichever was stored first, so
-- person actors are re-derived from actor_source after each batch (ActorRebuilder).
ALTER TABLE entities ADD COLUMN actor_source TEXT;
UPDATE entities SET actor_source = actor_key WHERE actor_key IS NOT NULL;
CREATE INDEX entities_actor_source ON entities (actor_source);
