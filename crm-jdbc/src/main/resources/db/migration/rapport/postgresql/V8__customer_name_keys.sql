-- Customer search by the start of any name part ("lo" finds "Ada Lovelace"), PostgreSQL.
-- One row per name key of a customer (CustomerQuery.nameKeys): its sort key, then the rest of the
-- sort key from each later name part, a name part starting after one of the separators
-- space - ' . , / & ( ). A search range-scans name_key through rapport_customer_name_key_ix.
-- Existing customers are backfilled from their stored sort key (at most 400 positions).

CREATE TABLE rapport_customer_name_key (
  tenant_id   VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHAR(36) COLLATE "C" NOT NULL,
  name_key    BYTEA NOT NULL,
  CONSTRAINT rapport_customer_name_key_pk PRIMARY KEY (tenant_id, customer_id, name_key)
);
CREATE INDEX rapport_customer_name_key_ix
  ON rapport_customer_name_key (tenant_id, name_key, customer_id);

INSERT INTO rapport_customer_name_key (tenant_id, customer_id, name_key)
SELECT k.tenant_id, k.id, convert_to(substr(k.name_text, p.n), 'UTF8')
FROM (SELECT tenant_id, id, convert_from(sort_key, 'UTF8') AS name_text FROM rapport_customer) k
CROSS JOIN (SELECT h.d * 100 + t.d * 10 + u.d + 1 AS n
            FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) h
            CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) t
            CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) u
            WHERE h.d < 4) p
WHERE p.n <= char_length(k.name_text)
  AND (p.n = 1
       OR (substr(k.name_text, p.n - 1, 1) IN (' ', '-', '''', '.', ',', '/', '&', '(', ')')
           AND substr(k.name_text, p.n, 1) NOT IN (' ', '-', '''', '.', ',', '/', '&', '(', ')')));
