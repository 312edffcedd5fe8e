-- Rapport leads, PostgreSQL. Same conventions as V1 (COLLATE "C", UTC timestamps).
-- email_key is the lower-cased address, phone the E.164 number, postcode_key the postcode
-- upper-cased without blanks: the keys duplicate matching looks leads up by.
-- capture_key is the idempotency key of the capture, unique per tenant.

CREATE TABLE rapport_lead (
  tenant_id                 VARCHAR(64) COLLATE "C" NOT NULL,
  id                        CHAR(36) COLLATE "C" NOT NULL,
  version                   BIGINT NOT NULL,
  status                    VARCHAR(16) COLLATE "C" NOT NULL,
  source_kind               VARCHAR(32) COLLATE "C" NOT NULL,
  referring_customer_id     CHAR(36) COLLATE "C",
  referring_employee_id     VARCHAR(64) COLLATE "C",
  campaign_id               CHAR(36) COLLATE "C",
  source_reference          VARCHAR(100),
  interest                  VARCHAR(32) COLLATE "C" NOT NULL,
  contact_name              VARCHAR(200) NOT NULL,
  email                     VARCHAR(254),
  email_key                 VARCHAR(254) COLLATE "C",
  phone                     VARCHAR(32) COLLATE "C",
  birth_date                DATE,
  postcode                  VARCHAR(16),
  postcode_key              VARCHAR(16) COLLATE "C",
  consent_contact           BOOLEAN NOT NULL,
  consent_marketing         BOOLEAN NOT NULL,
  consent_profiling         BOOLEAN NOT NULL,
  capture_key               VARCHAR(100) COLLATE "C" NOT NULL,
  captured_at               TIMESTAMP(6) NOT NULL,
  branch_code               VARCHAR(32) COLLATE "C",
  segment                   VARCHAR(64),
  score_value               SMALLINT,
  score_model               VARCHAR(100),
  score_reasons             TEXT,
  scored_at                 TIMESTAMP(6),
  owner_id                  VARCHAR(64) COLLATE "C",
  assignment_rule           VARCHAR(100),
  assignment_reason         VARCHAR(200),
  assigned_at               TIMESTAMP(6),
  disqualification          VARCHAR(200),
  linked_customer_id        CHAR(36) COLLATE "C",
  merged_into_id            CHAR(36) COLLATE "C",
  converted_customer_id     CHAR(36) COLLATE "C",
  conversion_new_customer   BOOLEAN,
  conversion_opportunity_id CHAR(36) COLLATE "C",
  conversion_key            VARCHAR(100) COLLATE "C",
  credited_customer_id      CHAR(36) COLLATE "C",
  credited_employee_id      VARCHAR(64) COLLATE "C",
  converted_at              TIMESTAMP(6),
  updated_at                TIMESTAMP(6) NOT NULL,
  CONSTRAINT rapport_lead_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT rapport_lead_capture_uq UNIQUE (tenant_id, capture_key)
);
CREATE INDEX rapport_lead_email_ix ON rapport_lead (tenant_id, email_key);
CREATE INDEX rapport_lead_phone_ix ON rapport_lead (tenant_id, phone);
CREATE INDEX rapport_lead_birth_ix ON rapport_lead (tenant_id, birth_date);
CREATE INDEX rapport_lead_postcode_ix ON rapport_lead (tenant_id, postcode_key);
CREATE INDEX rapport_lead_owner_ix ON rapport_lead (tenant_id, owner_id, status);
CREATE INDEX rapport_lead_status_ix ON rapport_lead (tenant_id, status, id);
