-- Rapport financial events (revenue, cost and purchase lines imported from core banking), H2.
-- The host's line id (external_key) is the identity, unique per tenant and event type: imports
-- are idempotent and the rows are never updated. Amounts are DECIMAL(24, 6) at the scale of their
-- currency (always a currency with fixed decimals).
-- The customer index leads with the equality columns of the per-customer summaries and holds the
-- amount, so a summary is one ordered range scan that groups as it goes.

CREATE TABLE rapport_financial_event (
  tenant_id     VARCHAR(64) NOT NULL,
  event_type    VARCHAR(16) NOT NULL,
  external_key  VARCHAR(128) NOT NULL,
  customer_id   VARCHAR(36) NOT NULL,
  product_type  VARCHAR(32),
  line_kind     VARCHAR(32),
  event_day     DATE NOT NULL,
  amount        DECIMAL(24, 6) NOT NULL,
  currency      CHAR(3) NOT NULL,
  CONSTRAINT rapport_financial_event_pk PRIMARY KEY (tenant_id, event_type, external_key)
);
CREATE INDEX rapport_financial_event_customer_ix
  ON rapport_financial_event (tenant_id, event_type, currency, customer_id, event_day, amount);
