-- Rapport financial events (revenue, cost and purchase lines imported from core banking), MariaDB.
-- The host's line id (external_key) is the identity, unique per tenant and event type: imports
-- are idempotent and the rows are never updated. Amounts are DECIMAL(24, 6) at the scale of their
-- currency (always a currency with fixed decimals).
-- The customer index leads with the equality columns of the per-customer summaries and holds the
-- amount, so a summary is one ordered, covering range scan.

CREATE TABLE rapport_financial_event (
  tenant_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  event_type    VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  external_key  VARCHAR(128) NOT NULL,
  customer_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  product_type  VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin,
  line_kind     VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin,
  event_day     DATE NOT NULL,
  amount        DECIMAL(24, 6) NOT NULL,
  currency      CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (tenant_id, event_type, external_key),
  INDEX rapport_financial_event_customer_ix
    (tenant_id, event_type, currency, customer_id, event_day, amount)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
