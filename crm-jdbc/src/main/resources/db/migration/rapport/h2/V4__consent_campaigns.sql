-- Rapport consent, segments and campaigns, H2.
-- Consent records are append-only: never updated or deleted, so past states can be answered.
-- Campaign members keep the time each stage was reached (NULL when not reached); metrics count
-- the non-NULL times per stage. Amounts are DECIMAL(24, 6) with their currency; Money restores
-- the currency's scale when read.

CREATE TABLE rapport_consent_record (
  tenant_id       VARCHAR(64) NOT NULL,
  id              VARCHAR(36) NOT NULL,
  subject_kind    VARCHAR(16) NOT NULL,
  subject_id      VARCHAR(36) NOT NULL,
  purpose         VARCHAR(32) NOT NULL,
  channel         VARCHAR(16) NOT NULL,
  action          VARCHAR(16) NOT NULL,
  recorded_at     TIMESTAMP(6) NOT NULL,
  source          VARCHAR(100) NOT NULL,
  wording_version VARCHAR(100) NOT NULL,
  expires_at      TIMESTAMP(6) NULL,
  CONSTRAINT rapport_consent_record_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX rapport_consent_record_subject_ix
  ON rapport_consent_record (tenant_id, subject_id, recorded_at);

CREATE TABLE rapport_segment (
  tenant_id  VARCHAR(64) NOT NULL,
  id         VARCHAR(36) NOT NULL,
  version    BIGINT NOT NULL,
  name       VARCHAR(200) NOT NULL,
  criteria   CHARACTER LARGE OBJECT NULL,
  created_at TIMESTAMP(6) NOT NULL,
  CONSTRAINT rapport_segment_pk PRIMARY KEY (tenant_id, id)
);

CREATE TABLE rapport_segment_list_member (
  tenant_id   VARCHAR(64) NOT NULL,
  segment_id  VARCHAR(36) NOT NULL,
  customer_id VARCHAR(36) NOT NULL,
  CONSTRAINT rapport_segment_list_member_pk PRIMARY KEY (tenant_id, segment_id, customer_id)
);

CREATE TABLE rapport_campaign (
  tenant_id              VARCHAR(64) NOT NULL,
  id                     VARCHAR(36) NOT NULL,
  version                BIGINT NOT NULL,
  name                   VARCHAR(200) NOT NULL,
  objective              VARCHAR(2000) NOT NULL,
  channels               VARCHAR(200) NOT NULL,
  purpose                VARCHAR(32) NOT NULL,
  starts_on              DATE NOT NULL,
  ends_on                DATE NOT NULL,
  status                 VARCHAR(16) NOT NULL,
  currency               CHAR(3) NOT NULL,
  budget                 DECIMAL(24, 6) NOT NULL,
  expected_cost          DECIMAL(24, 6) NOT NULL,
  expected_revenue       DECIMAL(24, 6) NOT NULL,
  expected_response_rate DECIMAL(9, 6) NOT NULL,
  segment_id             VARCHAR(36) NOT NULL,
  parent_id              VARCHAR(36) NULL,
  launched_at            TIMESTAMP(6) NULL,
  created_at             TIMESTAMP(6) NOT NULL,
  updated_at             TIMESTAMP(6) NOT NULL,
  CONSTRAINT rapport_campaign_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX rapport_campaign_parent_ix ON rapport_campaign (tenant_id, parent_id, id);

CREATE TABLE rapport_campaign_cost (
  tenant_id   VARCHAR(64) NOT NULL,
  campaign_id VARCHAR(36) NOT NULL,
  line_no     INTEGER NOT NULL,
  spent_on    DATE NOT NULL,
  amount      DECIMAL(24, 6) NOT NULL,
  currency    CHAR(3) NOT NULL,
  description VARCHAR(200) NOT NULL,
  CONSTRAINT rapport_campaign_cost_pk PRIMARY KEY (tenant_id, campaign_id, line_no)
);

CREATE TABLE rapport_campaign_member (
  tenant_id          VARCHAR(64) NOT NULL,
  campaign_id        VARCHAR(36) NOT NULL,
  customer_id        VARCHAR(36) NOT NULL,
  version            BIGINT NOT NULL,
  status             VARCHAR(16) NOT NULL,
  targeted_at        TIMESTAMP(6) NOT NULL,
  sent_at            TIMESTAMP(6) NULL,
  delivered_at       TIMESTAMP(6) NULL,
  bounced_at         TIMESTAMP(6) NULL,
  opened_at          TIMESTAMP(6) NULL,
  clicked_at         TIMESTAMP(6) NULL,
  responded_at       TIMESTAMP(6) NULL,
  unsubscribed_at    TIMESTAMP(6) NULL,
  converted_at       TIMESTAMP(6) NULL,
  converted_amount   DECIMAL(24, 6) NULL,
  converted_currency CHAR(3) NULL,
  CONSTRAINT rapport_campaign_member_pk PRIMARY KEY (tenant_id, campaign_id, customer_id)
);
