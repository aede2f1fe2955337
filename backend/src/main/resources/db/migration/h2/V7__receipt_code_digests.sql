-- The case registry keeps a one-way digest of each receipt code instead of the code (CaseRegistryEntry,
-- ReceiptCode#digest: SHA-256 of "onetrip-receipt:" and the code, in hex): a code still finds its case, and the
-- table, its unique index and every backup of them no longer hold the filer's key.
ALTER TABLE "CASE_REGISTRY" ADD COLUMN "RECEIPT_CODE_DIGEST" CHARACTER VARYING(64);
UPDATE "CASE_REGISTRY" SET "RECEIPT_CODE_DIGEST" = LOWER(RAWTOHEX(HASH('SHA-256', 'onetrip-receipt:' || "RECEIPT_CODE")));
ALTER TABLE "CASE_REGISTRY" ALTER COLUMN "RECEIPT_CODE_DIGEST" SET NOT NULL;
ALTER TABLE "CASE_REGISTRY" DROP CONSTRAINT "UX_CASE_REGISTRY_RECEIPT";
ALTER TABLE "CASE_REGISTRY" DROP COLUMN "RECEIPT_CODE";
ALTER TABLE "CASE_REGISTRY" ADD CONSTRAINT "UX_CASE_REGISTRY_RECEIPT_DIGEST" UNIQUE ("RECEIPT_CODE_DIGEST");
