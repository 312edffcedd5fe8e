-- Rapport pipelines and opportunities, PostgreSQL.
-- Pipeline definitions are versioned: one row per (pipeline, definition version), never updated.
-- Opportunities keep their definition version; the stage history is append-only and is what the
-- pipeline analytics read (GROUP BY queries). Amounts are DECIMAL(24, 6) with their scale and currency.

CREATE TABLE rapport_pipeline (
  tenant_id          VARCHAR(64) COLLATE "C" NOT NULL,
  id                 CHAR(36) COLLATE "C" NOT NULL,
  definition_version INTEGER NOT NULL,
  name               VARCHAR(200) NOT NULL,
  defined_at         TIMESTAMP(6) NOT NULL,
  CONSTRAINT rapport_pipeline_pk PRIMARY KEY (tenant_id, id, definition_version)
);

CREATE TABLE rapport_pipeline_stage (
  tenant_id           VARCHAR(64) COLLATE "C" NOT NULL,
  pipeline_id         CHAR(36) COLLATE "C" NOT NULL,
  definition_version  INTEGER NOT NULL,
  stage_no            SMALLINT NOT NULL,
  code                VARCHAR(50) COLLATE "C" NOT NULL,
  name                VARCHAR(200) NOT NULL,
  kind                VARCHAR(8) COLLATE "C" NOT NULL,
  default_probability SMALLINT NOT NULL,
  min_probability     SMALLINT NOT NULL,
  max_probability     SMALLINT NOT NULL,
  forecast_category   VARCHAR(16) COLLATE "C" NOT NULL,
  CONSTRAINT rapport_pipeline_stage_pk PRIMARY KEY (tenant_id, pipeline_id, definition_version, stage_no)
);

CREATE TABLE rapport_pipeline_lost_reason (
  tenant_id          VARCHAR(64) COLLATE "C" NOT NULL,
  pipeline_id        CHAR(36) COLLATE "C" NOT NULL,
  definition_version INTEGER NOT NULL,
  reason_no          SMALLINT NOT NULL,
  code               VARCHAR(50) COLLATE "C" NOT NULL,
  label              VARCHAR(200) NOT NULL,
  CONSTRAINT rapport_pipeline_lost_reason_pk PRIMARY KEY (tenant_id, pipeline_id, definition_version, reason_no)
);

CREATE TABLE rapport_opportunity (
  tenant_id           VARCHAR(64) COLLATE "C" NOT NULL,
  id                  CHAR(36) COLLATE "C" NOT NULL,
  version             BIGINT NOT NULL,
  pipeline_id         CHAR(36) COLLATE "C" NOT NULL,
  definition_version  INTEGER NOT NULL,
  status              VARCHAR(8) COLLATE "C" NOT NULL,
  customer_id         CHAR(36) COLLATE "C" NOT NULL,
  product_type        VARCHAR(32) COLLATE "C" NOT NULL,
  amount              DECIMAL(24, 6) NOT NULL,
  amount_scale        SMALLINT NOT NULL,
  currency            CHAR(3) COLLATE "C" NOT NULL,
  expected_close      DATE NOT NULL,
  owner_id            VARCHAR(64) COLLATE "C" NOT NULL,
  source_lead_id      CHAR(36) COLLATE "C",
  campaign_id         CHAR(36) COLLATE "C",
  source_kind         VARCHAR(16) COLLATE "C" NOT NULL,
  competitors         TEXT,
  next_step           VARCHAR(500),
  stage               VARCHAR(50) COLLATE "C" NOT NULL,
  probability         SMALLINT NOT NULL,
  forecast_category   VARCHAR(16) COLLATE "C",
  forecast_overridden BOOLEAN NOT NULL,
  created_at          TIMESTAMP(6) NOT NULL,
  stage_entered_at    TIMESTAMP(6) NOT NULL,
  closed_amount       DECIMAL(24, 6),
  closed_scale        SMALLINT,
  closed_currency     CHAR(3) COLLATE "C",
  closed_on           DATE,
  cycle_days          INTEGER,
  lost_reason_code    VARCHAR(50) COLLATE "C",
  lost_reason_label   VARCHAR(200),
  CONSTRAINT rapport_opportunity_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX rapport_opportunity_customer_ix ON rapport_opportunity (tenant_id, customer_id, id);
CREATE INDEX rapport_opportunity_status_ix ON rapport_opportunity (tenant_id, status, pipeline_id);

CREATE TABLE rapport_stage_change (
  tenant_id             VARCHAR(64) COLLATE "C" NOT NULL,
  opportunity_id        CHAR(36) COLLATE "C" NOT NULL,
  opportunity_version   BIGINT NOT NULL,
  pipeline_id           CHAR(36) COLLATE "C" NOT NULL,
  kind                  VARCHAR(16) COLLATE "C" NOT NULL,
  from_stage            VARCHAR(50) COLLATE "C",
  to_stage              VARCHAR(50) COLLATE "C" NOT NULL,
  to_position           SMALLINT NOT NULL,
  to_kind               VARCHAR(8) COLLATE "C" NOT NULL,
  occurred_at           TIMESTAMP(6) NOT NULL,
  actor_kind            VARCHAR(16) COLLATE "C" NOT NULL,
  actor_id              VARCHAR(128) COLLATE "C" NOT NULL,
  amount                DECIMAL(24, 6) NOT NULL,
  amount_scale          SMALLINT NOT NULL,
  currency              CHAR(3) COLLATE "C" NOT NULL,
  probability           SMALLINT NOT NULL,
  lost_reason           VARCHAR(50) COLLATE "C",
  seconds_in_from_stage BIGINT NOT NULL,
  CONSTRAINT rapport_stage_change_pk PRIMARY KEY (tenant_id, opportunity_id, opportunity_version)
);
CREATE INDEX rapport_stage_change_pipeline_ix ON rapport_stage_change (tenant_id, pipeline_id);
