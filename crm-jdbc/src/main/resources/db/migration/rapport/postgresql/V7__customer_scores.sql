-- Rapport computed customer figures (RFM segment and code, CLV, P(alive)…), PostgreSQL.
-- Derived data, one row per customer and kind, replaced when recomputed; segment criteria select
-- on score_value (ScoreBetween) and score_label (ScoreIn) through the primary key.

CREATE TABLE rapport_customer_score (
  tenant_id     VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id   CHAR(36) COLLATE "C" NOT NULL,
  kind          VARCHAR(32) COLLATE "C" NOT NULL,
  score_value   DECIMAL(24, 6) NOT NULL,
  score_label   VARCHAR(40) COLLATE "C",
  computed_at   TIMESTAMP(6) NOT NULL,
  CONSTRAINT rapport_customer_score_pk PRIMARY KEY (tenant_id, customer_id, kind)
);
CREATE INDEX rapport_customer_score_kind_ix
  ON rapport_customer_score (tenant_id, kind, score_value);
