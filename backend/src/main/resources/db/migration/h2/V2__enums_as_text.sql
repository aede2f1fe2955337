-- Hibernate's ddl-auto created H2's native ENUM columns for @Enumerated(STRING). H2 keeps an ENUM as its
-- ordinal, and when it rolls back an interrupted transaction after a crash it restores rows from its undo
-- log without the column type: the first start after a kill -9 read those rows' enums as numbers
-- ("No enum constant CaseKind.1"). Text columns are stored as text, so a crash cannot change them.
-- Adding an enum constant needs no migration either (spring.jpa...prefer_native_enum_types=false).
ALTER TABLE case_registry ALTER COLUMN kind SET DATA TYPE CHARACTER VARYING(32);
ALTER TABLE case_registry ALTER COLUMN status SET DATA TYPE CHARACTER VARYING(32);
ALTER TABLE disclosure_registry ALTER COLUMN type SET DATA TYPE CHARACTER VARYING(16);
ALTER TABLE staff_account ALTER COLUMN role SET DATA TYPE CHARACTER VARYING(32);
