-- The case registry keeps a one-way digest of each receipt code instead of the code (CaseRegistryEntry,
-- ReceiptCode#digest: SHA-256 of "onetrip-receipt:" and the code, in hex): a code still finds its case, and the
-- table, its unique index and every backup of them no longer hold the filer's key.
ALTER TABLE case_registry ADD COLUMN receipt_code_digest character varying(64);
UPDATE case_registry SET receipt_code_digest = encode(sha256(convert_to('onetrip-receipt:' || receipt_code, 'UTF8')), 'hex');
ALTER TABLE case_registry ALTER COLUMN receipt_code_digest SET NOT NULL;
ALTER TABLE case_registry DROP CONSTRAINT ux_case_registry_receipt;
ALTER TABLE case_registry DROP COLUMN receipt_code;
ALTER TABLE case_registry ADD CONSTRAINT ux_case_registry_receipt_digest UNIQUE (receipt_code_digest);
