-- What several application instances on one database must agree on (docs/operations.md, "More than one instance").

-- ShedLock: a scheduled job (checkpoints, retention, clean-ups) runs on one instance at a time.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at TIMESTAMP(3) NOT NULL,
    locked_by VARCHAR(255) NOT NULL
);

-- Bucket4j: the public rate limits' token buckets, one row per kind of request and client.
CREATE TABLE rate_limit_bucket (
    id VARCHAR(255) NOT NULL PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);

-- Receipt-signing keys, shared by every instance. generation is unique, so of two instances creating the first
-- key at once only one succeeds. A rotation adds the next generation and sets retired_at on the old one, whose
-- public key keeps checking the receipts it signed.
CREATE TABLE receipt_signing_key (
    key_id VARCHAR(32) NOT NULL PRIMARY KEY,
    generation INTEGER NOT NULL,
    algorithm VARCHAR(32) NOT NULL,
    public_key BYTEA NOT NULL,
    private_key BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ux_receipt_signing_key_generation UNIQUE (generation)
);

-- Heartbeats of the running instances.
CREATE TABLE application_instance (
    instance_id VARCHAR(255) NOT NULL PRIMARY KEY,
    host VARCHAR(255),
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version VARCHAR(64)
);

-- One-time set-up steps (demo data, demo accounts), claimed by one instance.
CREATE TABLE application_setup (
    step VARCHAR(64) NOT NULL PRIMARY KEY,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by VARCHAR(255) NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE
);

-- Projection rebuilds, requested on any instance and carried out by the cluster.
CREATE TABLE projection_rebuild (
    projection VARCHAR(64) NOT NULL PRIMARY KEY,
    state VARCHAR(16) NOT NULL,
    reason VARCHAR(255),
    requested_by VARCHAR(255),
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    coordinator VARCHAR(255),
    started_at TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    start_position BIGINT,
    target_position BIGINT,
    reached_position BIGINT,
    reached_at TIMESTAMP WITH TIME ZONE,
    message VARCHAR(2000)
);

-- A database of the previous release decided "demo data already written" by "there are cases": carry that over.
INSERT INTO application_setup (step, claimed_at, claimed_by, completed_at)
SELECT 'demo-data', CURRENT_TIMESTAMP, 'migration V3', CURRENT_TIMESTAMP FROM (VALUES (1)) AS one (x)
WHERE EXISTS (SELECT 1 FROM case_registry);
INSERT INTO application_setup (step, claimed_at, claimed_by, completed_at)
SELECT 'demo-accounts', CURRENT_TIMESTAMP, 'migration V3', CURRENT_TIMESTAMP FROM (VALUES (1)) AS one (x)
WHERE EXISTS (SELECT 1 FROM staff_account);
