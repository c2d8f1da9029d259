package org.motcua.commons.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * {@code motcua_dead_letters_total{topic}}: messages a consumer gave up on, which the channel's
 * {@code dead-letter-queue} failure strategy (per-record channels) or {@link DeadLetterTopic} (batch channels)
 * writes to the dead-letter topic. A service has one dead-letter
 * topic for all its channels ({@code <service>.dead-letter.v1}), read from the channel configuration.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Pattern DLQ_TOPIC =
            Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+|\"[^\"]+\")\\.dead-letter-queue\\.topic");

    @Inject
    MeterRegistry registry;
    @Inject
    Config config;

    private volatile Counter counter;

    /** Counts one message sent to the dead-letter topic. */
    public void sent() {
        Counter c = counter;
        if (c == null) {
            c = Counter.builder("motcua_dead_letters").description("Messages sent to a dead-letter topic")
                    .tag("topic", topic()).register(registry);
            counter = c;
        }
        c.increment();
    }

    private String topic() {
        Set<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher m = DLQ_TOPIC.matcher(name);
            if (m.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        return topics.isEmpty() ? "unknown" : String.join(",", topics);
    }
}
