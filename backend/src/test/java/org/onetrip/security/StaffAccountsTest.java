package org.onetrip.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.security.StaffAccounts.NewAccount;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class StaffAccountsTest {

    static final String PASSWORD = "onetrip-demo";

    final Map<String, StaffAccount> rows = new LinkedHashMap<>();
    final StaffAccountRepository repository = mock(StaffAccountRepository.class);
    final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final AtomicInteger hashes = new AtomicInteger();
    final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            hashes.incrementAndGet();
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return real.matches(raw, encoded);
        }
    };
    final StaffAccounts accounts =
            new StaffAccounts(repository, counting, DepartmentDirectory.fromClasspath(new ObjectMapper()));

    @BeforeEach
    void storage() {
        when(repository.existsById(any())).thenAnswer(call -> rows.containsKey(call.<String>getArgument(0)));
        when(repository.save(any())).thenAnswer(call -> {
            StaffAccount account = call.getArgument(0);
            rows.put(account.username(), account);
            return account;
        });
    }

    @Test
    void accounts_sharing_a_password_are_hashed_once_and_each_signs_in_with_it() {
        accounts.createAll(
                PASSWORD,
                List.of(
                        new NewAccount("zhao.lei", Role.HANDLER, "dangzhengban", "赵磊"),
                        new NewAccount("sun.hong", Role.HANDLER, "minzheng", " 孙红 "),
                        new NewAccount("li.qing", Role.DISCIPLINE, "jiwei", "李清")));

        assertThat(hashes).hasValue(1);
        assertThat(rows.keySet()).containsExactly("zhao.lei", "sun.hong", "li.qing");
        assertThat(rows.values()).allSatisfy(account -> {
            assertThat(counting.matches(PASSWORD, account.passwordHash())).isTrue();
            assertThat(counting.matches("wrong-password", account.passwordHash()))
                    .isFalse();
        });
        assertThat(rows.get("sun.hong").displayName()).isEqualTo("孙红");
    }

    @Test
    void one_bad_account_in_the_list_refuses_all_of_them_before_anything_is_written_or_hashed() {
        assertThatThrownBy(() -> accounts.createAll(
                        PASSWORD,
                        List.of(
                                new NewAccount("zhao.lei", Role.HANDLER, "dangzhengban", "赵磊"),
                                new NewAccount("sun.hong", Role.HANDLER, "no-such-office", "孙红"))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("no-such-office");
        assertThatThrownBy(() -> accounts.createAll(
                        PASSWORD,
                        List.of(
                                new NewAccount("zhao.lei", Role.HANDLER, "dangzhengban", "赵磊"),
                                new NewAccount("zhao.lei", Role.HANDLER, "minzheng", "赵磊"))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> accounts.createAll(
                        "short", List.of(new NewAccount("zhao.lei", Role.HANDLER, "dangzhengban", "赵磊"))))
                .isInstanceOf(InvalidCommandException.class);

        assertThat(rows).isEmpty();
        assertThat(hashes).hasValue(0);
    }

    @Test
    void an_account_created_on_its_own_gets_a_hash_of_its_own_and_an_existing_name_is_refused() {
        accounts.create("zhang.min", PASSWORD, Role.INTAKE, "bianmin", "张敏");
        accounts.create("auditor", PASSWORD, Role.AUDITOR, null, "督察评估组");

        assertThat(hashes).hasValue(2);
        assertThat(rows.get("zhang.min").passwordHash())
                .isNotEqualTo(rows.get("auditor").passwordHash());
        assertThatThrownBy(() -> accounts.create("zhang.min", PASSWORD, Role.INTAKE, "bianmin", "张敏"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("exists already");
        assertThat(hashes).hasValue(2);
    }
}
