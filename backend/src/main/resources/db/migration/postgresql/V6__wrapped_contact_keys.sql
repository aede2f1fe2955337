-- Contact keys wrapped under the key-encryption key held outside the database (docs/security.md, "Keys"). A row
-- written by an earlier release has key_bytes in the clear and no wrapped_key; the application wraps it at start
-- (ContactKeyRewrapping) and clears key_bytes. An erased key has neither.
ALTER TABLE contact_key ADD COLUMN wrapped_key bytea;
