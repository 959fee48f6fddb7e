-- Fills the BePART database with :n more initiatives for benchmarks (psql -v n=100000 -f generate.sql).
-- Each copies the texts (in all their languages: hy, en, fr, ru), classification and parties of one of the demo
-- initiatives, with its own number in the title, its own country, level, dates, status and place, so that searches
-- and facets meet realistic, multilingual, varied data. Ids start at 1,000,000.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE template AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM initiative WHERE id < 1000000;

-- Organisations (one per 50 initiatives, of every kind), each owning some of the new initiatives and partner in
-- others, so that the directory and organisation pages show realistic lists. Ids start at 1,000,000 too.
CREATE TEMP TABLE generated_organisations AS SELECT greatest(1, :n / 50) AS n;
INSERT INTO organisation (id, version, name, kind, country, website, description, created_at, verified_at)
SELECT 1000000 + k, 0,
       (ARRAY['Municipality of', 'Regional council of', 'Ministry office', 'Civic forum', 'Institute'])[1 + k % 5]
           || ' ' || (ARRAY['Gyumri', 'Vanadzor', 'Chisinau', 'Lyon', 'Ghent', 'Cork', 'Batumi', 'Lviv', 'Leipzig',
                            'Bologna', 'Gdansk', 'Valencia'])[1 + (k / 5) % 12] || ' ' || k,
       (ARRAY['MUNICIPALITY', 'REGIONAL_AUTHORITY', 'NATIONAL_BODY', 'CIVIL_SOCIETY', 'RESEARCH'])[1 + k % 5],
       (ARRAY['AM', 'AM', 'MD', 'FR', 'BE', 'IE', 'GE', 'UA', 'DE', 'IT', 'PL', 'ES'])[1 + (k / 5) % 12],
       'https://example.org/organisations/' || k,
       'An organisation generated for benchmarks; it takes part in initiatives of civil participation.',
       now() - k * INTERVAL '1 hour' - INTERVAL '30 days',
       CASE WHEN k % 3 <> 0 THEN now() - k * INTERVAL '1 hour' END
FROM generate_series(0, (SELECT n FROM generated_organisations) - 1) k;

INSERT INTO initiative (id, version, status, original_language, country, region, municipality, government_level,
                        format, start_date, end_date, ongoing, cso_name, cso_contact, cso_email, authority_name,
                        authority_contact, authority_email, created_at, submitted_at, updated_at, latitude, longitude)
SELECT 1000000 + g, 0,
       CASE WHEN g % 20 < 14 THEN 'VALIDATED' WHEN g % 20 < 17 THEN 'SUBMITTED'
            WHEN g % 20 < 19 THEN 'UNDER_REVIEW' ELSE 'DRAFT' END,
       t.original_language,
       CASE WHEN g % 2 = 0 THEN t.country
            ELSE (ARRAY['AL','AD','AM','AT','AZ','BE','BA','BG','HR','CY','CZ','DK','EE','FI','FR','GE','DE','GR',
                        'HU','IS','IE','IT','LV','LI','LT','LU','MT','MD','MC','ME','NL','MK','NO','PL','PT','RO',
                        'SM','RS','SK','SI','ES','SE','CH','TR','UA','GB'])[1 + (g * 7) % 46] END,
       t.region, t.municipality,
       (ARRAY['LOCAL','LOCAL','LOCAL','REGIONAL','NATIONAL'])[1 + g % 5],
       t.format,
       DATE '2012-01-01' + (g * 13) % 5000,
       CASE WHEN g % 3 = 0 THEN NULL ELSE DATE '2012-01-01' + (g * 13) % 5000 + 30 + g % 700 END,
       g % 3 = 0,
       t.cso_name, t.cso_contact, t.cso_email, t.authority_name, t.authority_contact, t.authority_email,
       now() - (g % 50000) * INTERVAL '7 minutes' - INTERVAL '3 days',
       CASE WHEN g % 20 < 19 THEN now() - (g % 50000) * INTERVAL '7 minutes' END,
       now() - (g % 50000) * INTERVAL '7 minutes',
       t.latitude + ((g % 101) - 50) / 200.0, t.longitude + ((g % 103) - 51) / 200.0
FROM generate_series(1, :n) g
JOIN template m ON m.k = g % (SELECT count(*) FROM template)
JOIN initiative t ON t.id = m.id;

INSERT INTO initiative_text (initiative_id, language, title, summary, description, objectives, results, challenges,
                             lessons, resources)
SELECT 1000000 + g, x.language, left(x.title, 185) || ' · ' || g, x.summary, x.description, x.objectives, x.results,
       x.challenges, x.lessons, x.resources
FROM generate_series(1, :n) g
JOIN template m ON m.k = g % (SELECT count(*) FROM template)
JOIN initiative_text x ON x.initiative_id = m.id;

INSERT INTO initiative_stage (initiative_id, stage)
SELECT 1000000 + g, s.stage FROM generate_series(1, :n) g
JOIN template m ON m.k = (g * 5) % (SELECT count(*) FROM template)
JOIN initiative_stage s ON s.initiative_id = m.id;

INSERT INTO initiative_participation (initiative_id, participation_level)
SELECT 1000000 + g, p.participation_level FROM generate_series(1, :n) g
JOIN template m ON m.k = (g * 11) % (SELECT count(*) FROM template)
JOIN initiative_participation p ON p.initiative_id = m.id;

INSERT INTO initiative_term (initiative_id, term_id)
SELECT 1000000 + g, r.term_id FROM generate_series(1, :n) g
JOIN template m ON m.k = (g * 3) % (SELECT count(*) FROM template)
JOIN initiative_term r ON r.initiative_id = m.id;

INSERT INTO initiative_link (initiative_id, position, url, label)
SELECT 1000000 + g, l.position, l.url, l.label FROM generate_series(1, :n) g
JOIN template m ON m.k = g % (SELECT count(*) FROM template)
JOIN initiative_link l ON l.initiative_id = m.id;

UPDATE initiative SET owner_id = 1000000 + (id % (SELECT n FROM generated_organisations)),
                      partner_id = CASE WHEN id % 2 = 0
                                        THEN 1000000 + ((id * 7 + 1) % (SELECT n FROM generated_organisations)) END
WHERE id > 1000000 AND id <= 1000000 + :n;
UPDATE initiative SET partner_id = NULL WHERE id > 1000000 AND partner_id = owner_id;

SELECT setval('initiative_seq', (SELECT max(id) FROM initiative) + 100);
COMMIT;
ANALYZE organisation, initiative, initiative_text, initiative_stage, initiative_participation, initiative_term, initiative_link;
