package org.onetrip.privacy.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.testing.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class WrappedContactKeysTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T06:00:00Z"), ZoneOffset.UTC);
    static final ContactDetails WANG = new ContactDetails("王五", "13900001111", "wang@example.cn");

    @TempDir
    Path folder;

    final JdbcTemplate jdbc = MigratedDatabase.h2Template();

    ContactKeyWrapping fileKeyset() {
        return ContactKeyWrapping.load(null, folder.resolve("keys/contact-kek.json"), () -> 0);
    }

    @Test
    void contact_keys_are_stored_only_wrapped_and_the_database_alone_opens_nothing() {
        var wrapping = fileKeyset();
        var vault = new AesGcmContactVault(new TableContactKeyStore(jdbc, wrapping, CLOCK));

        var sealed = vault.seal("case-1", WANG);

        assertThat(vault.open("case-1", sealed)).contains(WANG);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_key where key_bytes is null and wrapped_key is not null",
                        Long.class))
                .isEqualTo(1);
        var otherKek = new AesGcmContactVault(
                new TableContactKeyStore(jdbc, ContactKeyWrapping.of(ContactKeyWrapping.newKeysetJson()), CLOCK));
        assertThatThrownBy(() -> otherKek.open("case-1", sealed))
                .hasMessageContaining("does not unwrap")
                .hasMessageNotContaining("13900001111");
    }

    @Test
    void sealing_uses_the_new_key_as_created_reads_no_key_back_and_clears_its_bytes() {
        var table = new TableContactKeyStore(jdbc, fileKeyset(), CLOCK);
        var created = new ArrayList<ContactKeyStore.NewKey>();
        var reads = new AtomicInteger();
        var vault = new AesGcmContactVault(new ContactKeyStore() {
            @Override
            public NewKey create() {
                var key = table.create();
                created.add(key);
                return key;
            }

            @Override
            public Optional<byte[]> find(String keyId) {
                reads.incrementAndGet();
                return table.find(keyId);
            }

            @Override
            public boolean erase(String keyId) {
                return table.erase(keyId);
            }
        });

        var sealed = vault.seal("case-1", WANG);

        assertThat(reads).as("keys read back while sealing").hasValue(0);
        assertThat(created)
                .singleElement()
                .satisfies(key -> assertThat(key.bytes()).containsOnly((byte) 0));
        assertThat(vault.open("case-1", sealed))
                .as("opened with the stored key")
                .contains(WANG);
    }

    @Test
    void a_wrapped_key_copied_onto_another_keys_row_does_not_unwrap_there() {
        var wrapping = fileKeyset();
        var store = new TableContactKeyStore(jdbc, wrapping, CLOCK);
        var first = store.create().id();
        var second = store.create().id();

        jdbc.update(
                "update contact_key set wrapped_key = (select wrapped_key from contact_key where key_id = ?)"
                        + " where key_id = ?",
                first,
                second);

        assertThatThrownBy(() -> store.find(second)).isInstanceOf(IllegalStateException.class);
        assertThat(store.find(first)).isPresent();
    }

    @Test
    void erasure_destroys_the_cases_key_so_its_contact_is_gone_for_good_even_with_the_key_encryption_key() {
        var wrapping = fileKeyset();
        var store = new TableContactKeyStore(jdbc, wrapping, CLOCK);
        var vault = new AesGcmContactVault(store);
        var sealed = vault.seal("case-1", WANG);
        var kept = vault.seal("case-2", WANG);

        vault.destroy(sealed.keyId());

        assertThat(vault.open("case-1", sealed)).isEmpty();
        assertThat(vault.open("case-2", kept)).contains(WANG);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_key where key_id = ? and wrapped_key is null and key_bytes is null"
                                + " and erased_at is not null",
                        Long.class,
                        sealed.keyId()))
                .isEqualTo(1);
        assertThat(store.erase(sealed.keyId())).as("erased once").isFalse();
    }

    @Test
    void rotating_the_key_encryption_key_rewraps_every_key_the_contacts_still_open_and_the_old_key_is_gone()
            throws Exception {
        var file = folder.resolve("keys/contact-kek.json");
        var wrapping = fileKeyset();
        var vault = new AesGcmContactVault(new TableContactKeyStore(jdbc, wrapping, CLOCK));
        var sealed = new ArrayList<EncryptedContact>();
        for (int i = 0; i < 5; i++) {
            sealed.add(vault.seal("case-" + i, WANG));
        }
        vault.destroy(sealed.get(4).keyId());
        var oldKeyset = Files.readString(file);
        int oldPrimary = wrapping.primaryKeyId();
        var wrappedBefore = jdbc.queryForList(
                "select wrapped_key from contact_key where wrapped_key is not null order by key_id", byte[].class);

        var outcome = new ContactKeyRewrapping(jdbc, wrapping).rotate();

        assertThat(outcome.rewrapped()).isEqualTo(4);
        assertThat(outcome.keysInKeyset()).isEqualTo(1);
        assertThat(outcome.primaryKeyId()).isNotEqualTo(oldPrimary);
        for (int i = 0; i < 4; i++) {
            assertThat(vault.open("case-" + i, sealed.get(i)))
                    .as("the same ciphertext as in the events")
                    .contains(WANG);
        }
        assertThat(vault.open("case-4", sealed.get(4))).isEmpty();
        var wrappedAfter = jdbc.queryForList(
                "select wrapped_key from contact_key where wrapped_key is not null order by key_id", byte[].class);
        assertThat(wrappedAfter).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(wrappedAfter.get(i)).isNotEqualTo(wrappedBefore.get(i));
        }

        var restarted = new AesGcmContactVault(
                new TableContactKeyStore(jdbc, ContactKeyWrapping.load(null, file, () -> 4), CLOCK));
        assertThat(restarted.open("case-0", sealed.get(0))).contains(WANG);
        assertThat(Files.readString(file)).doesNotContain(String.valueOf(oldPrimary));
        var oldKekOnly =
                new AesGcmContactVault(new TableContactKeyStore(jdbc, ContactKeyWrapping.of(oldKeyset), CLOCK));
        assertThatThrownBy(() -> oldKekOnly.open("case-0", sealed.get(0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keys_an_earlier_release_stored_in_the_clear_still_decrypt_and_are_wrapped_at_start() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:old-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/h2")
                .target("5")
                .load()
                .migrate();
        var old = new JdbcTemplate(dataSource);
        // what the release before this one wrote: the key's 32 bytes in the clear
        var oldStore = new ContactKeyStore() {
            @Override
            public NewKey create() {
                var bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                var keyId = UUID.randomUUID().toString();
                old.update(
                        "insert into contact_key (key_id, key_bytes, created_at) values (?, ?, ?)",
                        keyId,
                        bytes,
                        CLOCK.instant().atOffset(ZoneOffset.UTC));
                return new NewKey(keyId, bytes.clone());
            }

            @Override
            public Optional<byte[]> find(String keyId) {
                return old
                        .queryForList("select key_bytes from contact_key where key_id = ?", byte[].class, keyId)
                        .stream()
                        .findFirst();
            }

            @Override
            public boolean erase(String keyId) {
                throw new UnsupportedOperationException(
                        "the earlier release's store is only written and read in this upgrade test");
            }
        };
        var sealedBefore = new AesGcmContactVault(oldStore).seal("case-old", WANG);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/h2")
                .load()
                .migrate();

        var wrapping = ContactKeyWrapping.load(null, folder.resolve("kek.json"), () -> 0);
        var upgraded = new AesGcmContactVault(new TableContactKeyStore(old, wrapping, CLOCK));
        assertThat(upgraded.open("case-old", sealedBefore))
                .as("before it is wrapped")
                .contains(WANG);
        assertThat(new ContactKeyRewrapping(old, wrapping).wrapLegacyKeys()).isEqualTo(1);
        assertThat(old.queryForObject(
                        "select count(*) from contact_key where key_bytes is null and wrapped_key is not null",
                        Long.class))
                .isEqualTo(1);
        assertThat(upgraded.open("case-old", sealedBefore)).as("after").contains(WANG);
        assertThat(new ContactKeyRewrapping(old, wrapping).wrapLegacyKeys()).isZero();
    }

    @Test
    void a_lost_keyset_file_stops_the_start_instead_of_making_a_new_key_that_opens_nothing() {
        var file = folder.resolve("keys/contact-kek.json");
        new TableContactKeyStore(jdbc, ContactKeyWrapping.load(null, file, () -> 0), CLOCK).create();

        assertThat(file).exists();
        var lost = folder.resolve("elsewhere/contact-kek.json");
        assertThatThrownBy(() -> ContactKeyWrapping.load(
                        null,
                        lost,
                        () -> jdbc.queryForObject(
                                "select count(*) from contact_key where wrapped_key is not null", Long.class)))
                .hasMessageContaining("restore the file");
        assertThat(lost).doesNotExist();
    }

    @Test
    void a_keyset_given_as_a_secret_is_used_as_is_and_is_rotated_outside_the_application() {
        var secret = ContactKeyWrapping.newKeysetJson();
        var file = folder.resolve("unused.json");
        var wrapping = ContactKeyWrapping.load(secret, file, () -> 0);
        var vault = new AesGcmContactVault(new TableContactKeyStore(jdbc, wrapping, CLOCK));
        var sealed = vault.seal("case-1", WANG);

        assertThat(file).doesNotExist();
        assertThat(new AesGcmContactVault(new TableContactKeyStore(jdbc, ContactKeyWrapping.of(secret), CLOCK))
                        .open("case-1", sealed))
                .contains(WANG);
        assertThatThrownBy(() -> new ContactKeyRewrapping(jdbc, wrapping).rotate())
                .hasMessageContaining("Tinkey");
        assertThat(new ContactKeyRewrapping(jdbc, wrapping).rewrap().rewrapped())
                .isEqualTo(1);
    }
}
