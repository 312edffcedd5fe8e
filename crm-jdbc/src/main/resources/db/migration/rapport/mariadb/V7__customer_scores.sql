-- Rapport computed customer figures (RFM segment and code, CLV, P(alive)…), MariaDB.
-- Derived data, one row per customer and kind, replaced when recomputed; segment criteria select
-- on score_value (ScoreBetween) and score_label (ScoreIn) through the primary key.

CREATE TABLE rapport_customer_score (
  tenant_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  kind          VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  score_value   DECIMAL(24, 6) NOT NULL,
  score_label   VARCHAR(40),
  computed_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, kind),
  INDEX rapport_customer_score_kind_ix (tenant_id, kind, score_value)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
