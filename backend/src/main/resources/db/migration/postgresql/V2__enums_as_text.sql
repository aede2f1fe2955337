-- The same columns as on H2 are plain text; PostgreSQL's were already, but with CHECK constraints listing
-- the enum constants of the release that created them, which a new constant would break (an INSERT refused
-- in production only). The application validates its enums itself.
ALTER TABLE case_registry DROP CONSTRAINT IF EXISTS case_registry_kind_check;
ALTER TABLE case_registry DROP CONSTRAINT IF EXISTS case_registry_status_check;
ALTER TABLE disclosure_registry DROP CONSTRAINT IF EXISTS disclosure_registry_type_check;
ALTER TABLE staff_account DROP CONSTRAINT IF EXISTS staff_account_role_check;
