-- Rapport pipelines and opportunities, MariaDB.
-- Pipeline definitions are versioned: one row per (pipeline, definition version), never updated.
-- Opportunities keep their definition version; the stage history is append-only and is what the
-- pipeline analytics read (GROUP BY queries). Amounts are DECIMAL(24, 6) with their scale and currency.

CREATE TABLE rapport_pipeline (
  tenant_id          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id                 CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  definition_version INTEGER NOT NULL,
  name               VARCHAR(200) NOT NULL,
  defined_at         DATETIME(6) NOT NULL,
  CONSTRAINT rapport_pipeline_pk PRIMARY KEY (tenant_id, id, definition_version)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_pipeline_stage (
  tenant_id           VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  pipeline_id         CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  definition_version  INTEGER NOT NULL,
  stage_no            SMALLINT NOT NULL,
  code                VARCHAR(50) NOT NULL,
  name                VARCHAR(200) NOT NULL,
  kind                VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  default_probability SMALLINT NOT NULL,
  min_probability     SMALLINT NOT NULL,
  max_probability     SMALLINT NOT NULL,
  forecast_category   VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  CONSTRAINT rapport_pipeline_stage_pk PRIMARY KEY (tenant_id, pipeline_id, definition_version, stage_no)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_pipeline_lost_reason (
  tenant_id          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  pipeline_id        CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  definition_version INTEGER NOT NULL,
  reason_no          SMALLINT NOT NULL,
  code               VARCHAR(50) NOT NULL,
  label              VARCHAR(200) NOT NULL,
  CONSTRAINT rapport_pipeline_lost_reason_pk PRIMARY KEY (tenant_id, pipeline_id, definition_version, reason_no)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_opportunity (
  tenant_id           VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id                  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version             BIGINT NOT NULL,
  pipeline_id         CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  definition_version  INTEGER NOT NULL,
  status              VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id         CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  product_type        VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  amount              DECIMAL(24, 6) NOT NULL,
  amount_scale        SMALLINT NOT NULL,
  currency            CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  expected_close      DATE NOT NULL,
  owner_id            VARCHAR(64) NOT NULL,
  source_lead_id      CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  campaign_id         CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  source_kind         VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  competitors         MEDIUMTEXT,
  next_step           VARCHAR(500),
  stage               VARCHAR(50) NOT NULL,
  probability         SMALLINT NOT NULL,
  forecast_category   VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin,
  forecast_overridden BOOLEAN NOT NULL,
  created_at          DATETIME(6) NOT NULL,
  stage_entered_at    DATETIME(6) NOT NULL,
  closed_amount       DECIMAL(24, 6),
  closed_scale        SMALLINT,
  closed_currency     CHAR(3) CHARACTER SET ascii COLLATE ascii_bin,
  closed_on           DATE,
  cycle_days          INTEGER,
  lost_reason_code    VARCHAR(50),
  lost_reason_label   VARCHAR(200),
  CONSTRAINT rapport_opportunity_pk PRIMARY KEY (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX rapport_opportunity_customer_ix ON rapport_opportunity (tenant_id, customer_id, id);
CREATE INDEX rapport_opportunity_status_ix ON rapport_opportunity (tenant_id, status, pipeline_id);

CREATE TABLE rapport_stage_change (
  tenant_id             VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  opportunity_id        CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  opportunity_version   BIGINT NOT NULL,
  pipeline_id           CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  kind                  VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  from_stage            VARCHAR(50),
  to_stage              VARCHAR(50) NOT NULL,
  to_position           SMALLINT NOT NULL,
  to_kind               VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  occurred_at           DATETIME(6) NOT NULL,
  actor_kind            VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  actor_id              VARCHAR(128) NOT NULL,
  amount                DECIMAL(24, 6) NOT NULL,
  amount_scale          SMALLINT NOT NULL,
  currency              CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  probability           SMALLINT NOT NULL,
  lost_reason           VARCHAR(50),
  seconds_in_from_stage BIGINT NOT NULL,
  CONSTRAINT rapport_stage_change_pk PRIMARY KEY (tenant_id, opportunity_id, opportunity_version)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX rapport_stage_change_pipeline_ix ON rapport_stage_change (tenant_id, pipeline_id);
