package org.wearetogether.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder recording of a phase (the JDK's "profile" settings: a stack sample about every 10 ms per
 * running thread), summarised as the share of samples per method: on top of the stack (self) and anywhere on it
 * (inclusive). The recording file stays for {@code jfr print --events jdk.ExecutionSample} or JDK Mission Control.
 */
final class Profile implements AutoCloseable {

    private static final int TOP = 25;

    private final Recording recording;
    private final Path file;

    private Profile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static Profile start(Path file) {
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
            return new Profile(recording, file);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot start JFR", e);
        }
    }

    /** Stops, writes the file and summarises the stack samples. */
    ObjectNode stop() {
        try {
            recording.stop();
            recording.dump(file);
            recording.close();
            return summary(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode summary(Path file) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (var event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            var thread = event.getThread("sampledThread");
            threads.merge(thread == null ? "?" : CpuMeter.group(thread.getJavaName()), 1, Integer::sum);
            var frames = event.getStackTrace().getFrames();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < frames.size(); i++) {
                String method = name(frames.get(i));
                if (i == 0) {
                    self.merge(method, 1, Integer::sum);
                }
                if (!isJdk(method) && seen.add(method)) {
                    inclusive.merge(method, 1, Integer::sum);
                }
            }
        }
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put("file", file.toString()).put("samples", samples);
        summary.set("threadShare", top(threads, samples));
        summary.set("selfShare", top(self, samples));
        summary.set("inclusiveShare", top(inclusive, samples));
        return summary;
    }

    private static boolean isJdk(String method) {
        return method.startsWith("java.") || method.startsWith("jdk.") || method.startsWith("sun.");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static ObjectNode top(Map<String, Integer> counts, int samples) {
        ObjectNode top = JsonNodeFactory.instance.objectNode();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(TOP)
                .forEach(e -> top.put(e.getKey(), Math.round(1000.0 * e.getValue() / Math.max(1, samples)) / 10.0));
        return top;
    }

    @Override
    public void close() {
        recording.close();
    }
}
