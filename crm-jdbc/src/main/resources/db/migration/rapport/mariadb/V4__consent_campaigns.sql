-- Rapport consent, segments and campaigns, MariaDB.
-- Consent records are append-only: never updated or deleted, so past states can be answered.
-- Campaign members keep the time each stage was reached (NULL when not reached); metrics count
-- the non-NULL times per stage. Amounts are DECIMAL(24, 6) with their currency; Money restores
-- the currency's scale when read.

CREATE TABLE rapport_consent_record (
  tenant_id       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id              CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject_kind    VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject_id      CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  purpose         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  channel         VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  action          VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  recorded_at     DATETIME(6) NOT NULL,
  source          VARCHAR(100) NOT NULL,
  wording_version VARCHAR(100) NOT NULL,
  expires_at      DATETIME(6) NULL,
  CONSTRAINT rapport_consent_record_pk PRIMARY KEY (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX rapport_consent_record_subject_ix
  ON rapport_consent_record (tenant_id, subject_id, recorded_at);

CREATE TABLE rapport_segment (
  tenant_id  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id         CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version    BIGINT NOT NULL,
  name       VARCHAR(200) NOT NULL,
  criteria   MEDIUMTEXT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT rapport_segment_pk PRIMARY KEY (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_segment_list_member (
  tenant_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  segment_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  CONSTRAINT rapport_segment_list_member_pk PRIMARY KEY (tenant_id, segment_id, customer_id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_campaign (
  tenant_id              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  id                     CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version                BIGINT NOT NULL,
  name                   VARCHAR(200) NOT NULL,
  objective              VARCHAR(2000) NOT NULL,
  channels               VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  purpose                VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  starts_on              DATE NOT NULL,
  ends_on                DATE NOT NULL,
  status                 VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  currency               CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  budget                 DECIMAL(24, 6) NOT NULL,
  expected_cost          DECIMAL(24, 6) NOT NULL,
  expected_revenue       DECIMAL(24, 6) NOT NULL,
  expected_response_rate DECIMAL(9, 6) NOT NULL,
  segment_id             CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  parent_id              CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
  launched_at            DATETIME(6) NULL,
  created_at             DATETIME(6) NOT NULL,
  updated_at             DATETIME(6) NOT NULL,
  CONSTRAINT rapport_campaign_pk PRIMARY KEY (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX rapport_campaign_parent_ix ON rapport_campaign (tenant_id, parent_id, id);

CREATE TABLE rapport_campaign_cost (
  tenant_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  campaign_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  line_no     INTEGER NOT NULL,
  spent_on    DATE NOT NULL,
  amount      DECIMAL(24, 6) NOT NULL,
  currency    CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  description VARCHAR(200) NOT NULL,
  CONSTRAINT rapport_campaign_cost_pk PRIMARY KEY (tenant_id, campaign_id, line_no)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE rapport_campaign_member (
  tenant_id          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  campaign_id        CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id        CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version            BIGINT NOT NULL,
  status             VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  targeted_at        DATETIME(6) NOT NULL,
  sent_at            DATETIME(6) NULL,
  delivered_at       DATETIME(6) NULL,
  bounced_at         DATETIME(6) NULL,
  opened_at          DATETIME(6) NULL,
  clicked_at         DATETIME(6) NULL,
  responded_at       DATETIME(6) NULL,
  unsubscribed_at    DATETIME(6) NULL,
  converted_at       DATETIME(6) NULL,
  converted_amount   DECIMAL(24, 6) NULL,
  converted_currency CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NULL,
  CONSTRAINT rapport_campaign_member_pk PRIMARY KEY (tenant_id, campaign_id, customer_id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
