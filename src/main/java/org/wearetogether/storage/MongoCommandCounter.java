package org.wearetogether.storage;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the commands the service sends to the store, so a benchmark can report commands per update. Also
 * published as the Micrometer counter {@code together.storage.commands} tagged {@code outcome=succeeded|failed}.
 * Handshake and monitoring traffic of the driver is not counted: the driver does not report it to listeners.
 */
public final class MongoCommandCounter implements CommandListener {

    private final LongAdder succeeded = new LongAdder();
    private final LongAdder failed = new LongAdder();

    /** A counter that is not published as metrics. */
    public MongoCommandCounter() {}

    /** A counter that is also published in the given registry. */
    public MongoCommandCounter(MeterRegistry registry) {
        registerFunction(registry, "succeeded", succeeded);
        registerFunction(registry, "failed", failed);
    }

    private static void registerFunction(MeterRegistry registry, String outcome, LongAdder adder) {
        FunctionCounter.builder("together.storage.commands", adder, LongAdder::doubleValue)
                .description("MongoDB commands sent by the service")
                .tag("outcome", outcome)
                .register(registry);
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        succeeded.increment();
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        failed.increment();
    }

    /** Commands that got a successful reply. */
    public long succeeded() {
        return succeeded.sum();
    }

    /** Commands that failed (error reply, timeout or lost connection). */
    public long failed() {
        return failed.sum();
    }

    /** All commands sent so far. */
    public long total() {
        return succeeded() + failed();
    }
}
