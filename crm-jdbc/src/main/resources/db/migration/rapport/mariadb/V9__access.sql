-- Record-level access: searches filtered to a caller's branches (branch_code IN (...)) read this
-- index in sort order instead of scanning the tenant; owner filters use rapport_customer_owner_ix
-- and information barriers the existing rapport_customer_tag primary key.
CREATE INDEX rapport_customer_branch_ix ON rapport_customer (tenant_id, branch_code, sort_key, id);
