-- The schema of the release before Flyway (0.1.0), exactly as Hibernate's ddl-auto=update created it on
-- PostgreSQL (with the application's bytea dialect). A database of that release has these tables and no
-- flyway_schema_history: Flyway baselines it at version 1 and applies only the later versions.
CREATE TABLE association_value_entry (
    id bigint NOT NULL,
    association_key character varying(255) NOT NULL,
    association_value character varying(255),
    saga_id character varying(255) NOT NULL,
    saga_type character varying(255)
);

CREATE SEQUENCE association_value_entry_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE case_registry (
    case_id character varying(64) NOT NULL,
    department_code character varying(64),
    due_date date,
    filed_at timestamp(6) with time zone NOT NULL,
    kind character varying(32) NOT NULL,
    last_changed_at timestamp(6) with time zone NOT NULL,
    receipt_code character varying(17) NOT NULL,
    status character varying(32) NOT NULL,
    version bigint NOT NULL,
    CONSTRAINT case_registry_kind_check CHECK (((kind)::text = ANY ((ARRAY['COMPLAINT'::character varying, 'REPORT'::character varying, 'ENQUIRY'::character varying, 'SUGGESTION'::character varying, 'ENTERPRISE_REQUEST'::character varying, 'GRID_VISIT_ISSUE'::character varying])::text[]))),
    CONSTRAINT case_registry_status_check CHECK (((status)::text = ANY ((ARRAY['FILED'::character varying, 'ACCEPTED'::character varying, 'DECLINED'::character varying, 'ASSIGNED'::character varying, 'IN_PROGRESS'::character varying, 'RETURNED'::character varying, 'ANSWERED'::character varying, 'RATED'::character varying, 'CLOSED'::character varying, 'MERGED'::character varying])::text[])))
);

CREATE TABLE contact_key (
    key_id character varying(36) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    erased_at timestamp(6) with time zone,
    key_bytes bytea
);

CREATE TABLE contact_retention (
    case_id character varying(64) NOT NULL,
    ended_at timestamp(6) with time zone,
    erased_at timestamp(6) with time zone
);

CREATE TABLE dead_letter_entry (
    dead_letter_id character varying(255) NOT NULL,
    cause_message character varying(1023),
    cause_type character varying(255),
    diagnostics bytea,
    enqueued_at timestamp(6) with time zone NOT NULL,
    last_touched timestamp(6) with time zone,
    aggregate_identifier character varying(255),
    event_identifier character varying(255) NOT NULL,
    message_type character varying(255) NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    payload_revision character varying(255),
    payload_type character varying(255) NOT NULL,
    sequence_number bigint,
    time_stamp character varying(255) NOT NULL,
    token bytea,
    token_type character varying(255),
    type character varying(255),
    processing_group character varying(255) NOT NULL,
    processing_started timestamp(6) with time zone,
    sequence_identifier character varying(255) NOT NULL,
    sequence_index bigint NOT NULL
);

CREATE TABLE disclosure_registry (
    id character varying(64) NOT NULL,
    batch_id character varying(64),
    created_at timestamp(6) with time zone NOT NULL,
    last_changed_at timestamp(6) with time zone NOT NULL,
    status character varying(32) NOT NULL,
    title character varying(200),
    type character varying(16) NOT NULL,
    unique_key character varying(120),
    version bigint NOT NULL,
    CONSTRAINT disclosure_registry_type_check CHECK (((type)::text = ANY ((ARRAY['SERVICE_ITEM'::character varying, 'BATCH'::character varying, 'NOTICE'::character varying, 'BULLETIN'::character varying])::text[])))
);

CREATE TABLE domain_event_entry (
    global_index bigint NOT NULL,
    event_identifier character varying(255) NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    payload_revision character varying(255),
    payload_type character varying(255) NOT NULL,
    time_stamp character varying(255) NOT NULL,
    aggregate_identifier character varying(255) NOT NULL,
    sequence_number bigint NOT NULL,
    type character varying(255)
);

CREATE SEQUENCE domain_event_entry_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE saga_entry (
    saga_id character varying(255) NOT NULL,
    revision character varying(255),
    saga_type character varying(255),
    serialized_saga bytea
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier character varying(255) NOT NULL,
    sequence_number bigint NOT NULL,
    type character varying(255) NOT NULL,
    event_identifier character varying(255) NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    payload_revision character varying(255),
    payload_type character varying(255) NOT NULL,
    time_stamp character varying(255) NOT NULL
);

CREATE TABLE staff_account (
    username character varying(64) NOT NULL,
    department_code character varying(64),
    display_name character varying(100) NOT NULL,
    enabled boolean NOT NULL,
    password_hash character varying(200) NOT NULL,
    role character varying(32) NOT NULL,
    CONSTRAINT staff_account_role_check CHECK (((role)::text = ANY ((ARRAY['PUBLIC'::character varying, 'INTAKE'::character varying, 'HANDLER'::character varying, 'DISCIPLINE'::character varying, 'AUDITOR'::character varying, 'ADMIN'::character varying, 'SYSTEM'::character varying])::text[])))
);

CREATE TABLE token_entry (
    processor_name character varying(255) NOT NULL,
    segment integer NOT NULL,
    owner character varying(255),
    "timestamp" character varying(255) NOT NULL,
    token bytea,
    token_type character varying(255)
);

ALTER TABLE ONLY association_value_entry
    ADD CONSTRAINT association_value_entry_pkey PRIMARY KEY (id);

ALTER TABLE ONLY case_registry
    ADD CONSTRAINT case_registry_pkey PRIMARY KEY (case_id);

ALTER TABLE ONLY contact_key
    ADD CONSTRAINT contact_key_pkey PRIMARY KEY (key_id);

ALTER TABLE ONLY contact_retention
    ADD CONSTRAINT contact_retention_pkey PRIMARY KEY (case_id);

ALTER TABLE ONLY dead_letter_entry
    ADD CONSTRAINT dead_letter_entry_pkey PRIMARY KEY (dead_letter_id);

ALTER TABLE ONLY disclosure_registry
    ADD CONSTRAINT disclosure_registry_pkey PRIMARY KEY (id);

ALTER TABLE ONLY domain_event_entry
    ADD CONSTRAINT domain_event_entry_pkey PRIMARY KEY (global_index);

ALTER TABLE ONLY saga_entry
    ADD CONSTRAINT saga_entry_pkey PRIMARY KEY (saga_id);

ALTER TABLE ONLY snapshot_event_entry
    ADD CONSTRAINT snapshot_event_entry_pkey PRIMARY KEY (aggregate_identifier, sequence_number, type);

ALTER TABLE ONLY staff_account
    ADD CONSTRAINT staff_account_pkey PRIMARY KEY (username);

ALTER TABLE ONLY token_entry
    ADD CONSTRAINT token_entry_pkey PRIMARY KEY (processor_name, segment);

ALTER TABLE ONLY domain_event_entry
    ADD CONSTRAINT uk8s1f994p4la2ipb13me2xqm1w UNIQUE (aggregate_identifier, sequence_number);

ALTER TABLE ONLY snapshot_event_entry
    ADD CONSTRAINT uke1uucjseo68gopmnd0vgdl44h UNIQUE (event_identifier);

ALTER TABLE ONLY domain_event_entry
    ADD CONSTRAINT ukfwe6lsa8bfo6hyas6ud3m8c7x UNIQUE (event_identifier);

ALTER TABLE ONLY dead_letter_entry
    ADD CONSTRAINT ukhlr8io86j74qy298xf720n16v UNIQUE (processing_group, sequence_identifier, sequence_index);

ALTER TABLE ONLY case_registry
    ADD CONSTRAINT ux_case_registry_receipt UNIQUE (receipt_code);

ALTER TABLE ONLY disclosure_registry
    ADD CONSTRAINT ux_disclosure_registry_key UNIQUE (unique_key);

CREATE INDEX idxe67wcx5fiq9hl4y4qkhlcj9cg ON dead_letter_entry USING btree (processing_group);

CREATE INDEX idxgv5k1v2mh6frxuy5c0hgbau94 ON association_value_entry USING btree (saga_id, saga_type);

CREATE INDEX idxk45eqnxkgd8hpdn6xixn8sgft ON association_value_entry USING btree (saga_type, association_key, association_value);

CREATE INDEX idxrwucpgs6sn93ldgoeh2q9k6bn ON dead_letter_entry USING btree (processing_group, sequence_identifier);

CREATE INDEX ix_disclosure_registry_type ON disclosure_registry USING btree (type);
