package org.onetrip.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.EncryptedContact;

class FiledComplainantTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_complainant_stored_in_clear_before_encryption_still_reads() throws Exception {
        var legacy = JSON.readValue(
                "{\"name\":\"李四\",\"phone\":\"13812345678\",\"email\":null,\"anonymous\":true}",
                FiledComplainant.class);
        assertThat(legacy.anonymous()).isTrue();
        assertThat(legacy.contact()).isNull();
        assertThat(legacy.legacyPlaintext()).isEqualTo(new ContactDetails("李四", "13812345678", null));
    }

    @Test
    void a_new_complainant_is_written_with_ciphertext_only() throws Exception {
        var written = JSON.writeValueAsString(FiledComplainant.encrypted(false, new EncryptedContact("k-1", "AAAA")));
        assertThat(written).isEqualTo("{\"anonymous\":false,\"contact\":{\"keyId\":\"k-1\",\"ciphertext\":\"AAAA\"}}");
        assertThat(JSON.readValue(written, FiledComplainant.class).legacyPlaintext())
                .isNull();
    }
}
