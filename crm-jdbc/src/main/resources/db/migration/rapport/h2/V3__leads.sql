-- Rapport leads, H2. Same conventions as V1 (ids VARCHAR(36), UTC timestamps).
-- email_key is the lower-cased address, phone the E.164 number, postcode_key the postcode
-- upper-cased without blanks: the keys duplicate matching looks leads up by.
-- capture_key is the idempotency key of the capture, unique per tenant.

CREATE TABLE rapport_lead (
  tenant_id                 VARCHAR(64) NOT NULL,
  id                        VARCHAR(36) NOT NULL,
  version                   BIGINT NOT NULL,
  status                    VARCHAR(16) NOT NULL,
  source_kind               VARCHAR(32) NOT NULL,
  referring_customer_id     VARCHAR(36),
  referring_employee_id     VARCHAR(64),
  campaign_id               VARCHAR(36),
  source_reference          VARCHAR(100),
  interest                  VARCHAR(32) NOT NULL,
  contact_name              VARCHAR(200) NOT NULL,
  email                     VARCHAR(254),
  email_key                 VARCHAR(254),
  phone                     VARCHAR(32),
  birth_date                DATE,
  postcode                  VARCHAR(16),
  postcode_key              VARCHAR(16),
  consent_contact           BOOLEAN NOT NULL,
  consent_marketing         BOOLEAN NOT NULL,
  consent_profiling         BOOLEAN NOT NULL,
  capture_key               VARCHAR(100) NOT NULL,
  captured_at               TIMESTAMP(6) NOT NULL,
  branch_code               VARCHAR(32),
  segment                   VARCHAR(64),
  score_value               SMALLINT,
  score_model               VARCHAR(100),
  score_reasons             CHARACTER LARGE OBJECT,
  scored_at                 TIMESTAMP(6),
  owner_id                  VARCHAR(64),
  assignment_rule           VARCHAR(100),
  assignment_reason         VARCHAR(200),
  assigned_at               TIMESTAMP(6),
  disqualification          VARCHAR(200),
  linked_customer_id        VARCHAR(36),
  merged_into_id            VARCHAR(36),
  converted_customer_id     VARCHAR(36),
  conversion_new_customer   BOOLEAN,
  conversion_opportunity_id VARCHAR(36),
  conversion_key            VARCHAR(100),
  credited_customer_id      VARCHAR(36),
  credited_employee_id      VARCHAR(64),
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
