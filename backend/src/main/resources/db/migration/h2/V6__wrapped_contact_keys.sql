-- Contact keys wrapped under the key-encryption key held outside the database (docs/security.md, "Keys"). A row
-- written by an earlier release has KEY_BYTES in the clear and no WRAPPED_KEY; the application wraps it at start
-- (ContactKeyRewrapping) and clears KEY_BYTES. An erased key has neither.
ALTER TABLE "CONTACT_KEY" ADD COLUMN "WRAPPED_KEY" BINARY VARYING(256);
