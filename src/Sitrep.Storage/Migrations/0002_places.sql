-- Sitrep store, schema version 2: what the places stage resolves about a place mention beyond name, country,
-- coordinates and id (the first-level region, the GeoNames feature code, the precision city | region | country and
-- the geocoder's confidence), and an index so `sitrep places` groups mentions by place.
ALTER TABLE entities ADD COLUMN geo_admin1 TEXT;
ALTER TABLE entities ADD COLUMN geo_feature TEXT;
ALTER TABLE entities ADD COLUMN geo_precision TEXT;
ALTER TABLE entities ADD COLUMN geo_confidence REAL;
CREATE INDEX entities_geo_id ON entities (geo_id) WHERE geo_id IS NOT NULL;
CREATE INDEX events_location_geo_id ON events (location_geo_id) WHERE location_geo_id IS NOT NULL;
