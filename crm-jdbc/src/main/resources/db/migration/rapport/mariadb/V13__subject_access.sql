-- Rapport subject access: the per-person reads of an export follow an index.
-- A customer's financial events, page by page in (day, type, key) order.
CREATE INDEX rapport_financial_event_subject_ix
  ON rapport_financial_event (tenant_id, customer_id, event_day, event_type, external_key);
-- The leads converted to a customer or linked to them: indexed by V11 (customer merge).
-- The static lists a customer is on.
CREATE INDEX rapport_segment_list_member_customer_ix
  ON rapport_segment_list_member (tenant_id, customer_id, segment_id);
