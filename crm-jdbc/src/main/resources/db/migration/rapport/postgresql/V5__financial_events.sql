-- Rapport financial events (revenue, cost and purchase lines imported from core banking),
-- PostgreSQL.
-- The host's line id (external_key) is the identity, unique per tenant and event type: imports
-- are idempotent and the rows are never updated. Amounts are DECIMAL(24, 6) at the scale of their
-- currency (always a currency with fixed decimals).
-- The customer index leads with the equality columns of the per-customer summaries and holds the
-- amount, so a summary can be one ordered (index-only) range scan.

CREATE TABLE rapport_financial_event (
  tenant_id     VARCHAR(64) COLLATE "C" NOT NULL,
  event_type    VARCHAR(16) COLLATE "C" NOT NULL,
  external_key  VARCHAR(128) COLLATE "C" NOT NULL,
  customer_id   CHAR(36) COLLATE "C" NOT NULL,
  product_type  VARCHAR(32) COLLATE "C",
  line_kind     VARCHAR(32) COLLATE "C",
  event_day     DATE NOT NULL,
  amount        DECIMAL(24, 6) NOT NULL,
  currency      CHAR(3) COLLATE "C" NOT NULL,
  CONSTRAINT rapport_financial_event_pk PRIMARY KEY (tenant_id, event_type, external_key)
);
CREATE INDEX rapport_financial_event_customer_ix
  ON rapport_financial_event (tenant_id, event_type, currency, customer_id, event_day, amount);
