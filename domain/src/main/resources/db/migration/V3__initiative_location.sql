-- Where an initiative took place, for the map (WGS84 decimal degrees); unknown for older records.
ALTER TABLE initiative ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE initiative ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE initiative ADD CONSTRAINT initiative_location_ck CHECK (
    (latitude IS NULL AND longitude IS NULL)
    OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));
