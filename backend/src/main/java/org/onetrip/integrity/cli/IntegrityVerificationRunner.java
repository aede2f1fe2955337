package org.onetrip.integrity.cli;

import java.io.PrintStream;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar onetrip-portal.jar --onetrip.verify-integrity}: checks every chain and checkpoint,
 * prints the report and exits 0 (intact), 2 (damage found) or 1 (could not check).
 */
@Component
@ConditionalOnExpression("'${onetrip.verify-integrity:false}' != 'false'")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IntegrityVerificationRunner implements ApplicationRunner {

    static final int INTACT = 0;
    static final int FAILED = 1;
    static final int DAMAGED = 2;

    private final ConfigurableApplicationContext context;
    private final IntegrityVerifier verifier;

    public IntegrityVerificationRunner(ConfigurableApplicationContext context, IntegrityVerifier verifier) {
        this.context = context;
        this.verifier = verifier;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = verify(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    public int verify(PrintStream out) {
        try {
            var report = verifier.verifyAll();
            out.print(report.render());
            return report.intact() ? INTACT : DAMAGED;
        } catch (RuntimeException e) {
            out.println("Integrity check failed to run: " + e);
            return FAILED;
        }
    }
}
