package org.onetrip.cluster;

import org.springframework.context.SmartLifecycle;

/**
 * Work done once while the application starts, in one of the {@link StartupPhases}, with nothing to undo when it
 * stops. A step that throws stops the start: the application never serves without it.
 */
public abstract class StartupStep implements SmartLifecycle {

    private final int phase;
    private volatile boolean running;

    protected StartupStep(int phase) {
        this.phase = phase;
    }

    protected abstract void run();

    @Override
    public final void start() {
        run();
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
