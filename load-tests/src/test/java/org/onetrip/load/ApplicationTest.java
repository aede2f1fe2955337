package org.onetrip.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    @Test
    void jvm_options_are_split_at_spaces_with_the_quotes_the_gatling_plugin_adds_removed() {
        assertThat(Application.appArgs("\"-Xmx512m -Xmn64m  -Xlog:gc:file=/tmp/gc.log\""))
                .containsExactly("-Xmx512m", "-Xmn64m", "-Xlog:gc:file=/tmp/gc.log");
        assertThat(Application.appArgs(Application.README_JVM_OPTIONS))
                .containsExactly(
                        "-Xms1g",
                        "-Xmx1g",
                        "-Xmn64m",
                        "-XX:+UseParallelGC",
                        "-XX:TrimNativeHeapInterval=2000",
                        "-XX:Tier4InvocationThreshold=50000",
                        "-XX:Tier4MinInvocationThreshold=6000",
                        "-XX:Tier4CompileThreshold=150000",
                        "-XX:Tier4BackEdgeThreshold=400000");
    }

    @Test
    void the_benchmark_starts_the_application_with_the_options_of_readmes_run_command_and_the_archives_training()
            throws IOException {
        var readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains("onetrip.jsa " + Application.README_JVM_OPTIONS + " -jar");
        var portalPom = Files.readString(Path.of("../portal-ui/pom.xml"));
        for (var option : Application.appArgs(Application.README_JVM_OPTIONS)) {
            // the training start exits once it has served a page: nothing to hand back to the system by then
            if (!option.startsWith("-XX:TrimNativeHeapInterval")) {
                assertThat(portalPom).contains("<argument>" + option + "</argument>");
            }
        }
    }
}
