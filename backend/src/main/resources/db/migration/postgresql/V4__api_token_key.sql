-- The key that signs the staff API's bearer tokens when onetrip.api-tokens.secret is not set (docs/security.md): one
-- row, written by whichever instance starts first, read by all the others, so a token one instance issued is good on
-- every instance. IF NOT EXISTS: a database that ran the bearer tokens before Flyway managed the schema already has
-- it (Hibernate's ddl-auto then created the same table).
CREATE TABLE IF NOT EXISTS api_token_key (
    id VARCHAR(16) NOT NULL PRIMARY KEY,
    secret VARCHAR(128) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
