package org.onetrip.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationTest {

    @Test
    void jvm_options_are_split_at_spaces_with_the_quotes_the_gatling_plugin_adds_removed() {
        assertThat(Application.appArgs("\"-Xmx512m -Xmn64m  -Xlog:gc:file=/tmp/gc.log\""))
                .containsExactly("-Xmx512m", "-Xmn64m", "-Xlog:gc:file=/tmp/gc.log");
        assertThat(Application.appArgs(Application.README_JVM_OPTIONS))
                .containsExactly("-Xms1g", "-Xmx1g", "-Xmn64m", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=2000");
    }
}
