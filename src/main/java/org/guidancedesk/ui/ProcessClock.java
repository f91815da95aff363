package org.guidancedesk.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long this process has run and how much processor time it has used, for the start-up
 * probe and the benchmark's bare window. On Linux both come from {@code /proc}: the process's
 * start in clock ticks since boot (field 22 of {@code /proc/self/stat}) against
 * {@code /proc/uptime}. {@code ProcessHandle.info().startInstant()} is not used: it adds the
 * start to the boot time of {@code /proc/stat}, which is whole seconds, so its figure is late
 * by up to a second, by a different amount after every boot. Elsewhere the JVM's own start
 * (a few tens of milliseconds after the process's) is the origin.
 */
public final class ProcessClock {
    /** Linux's USER_HZ on every common architecture, when the auxiliary vector does not say. */
    private static final long DEFAULT_TICKS_PER_SECOND = 100;
    /** AT_CLKTCK in the auxiliary vector. */
    private static final long AT_CLKTCK = 17;

    private static final long TICKS_PER_SECOND = ticksPerSecond();
    /** Milliseconds since the process started, less {@code System.nanoTime()} in milliseconds. */
    private static final long ORIGIN_OFFSET_MS = originOffset();

    private ProcessClock() {}

    /** Milliseconds since the process (where not known, the JVM) started. */
    public static long sinceStartMillis() {
        return System.nanoTime() / 1_000_000 + ORIGIN_OFFSET_MS;
    }

    /** The processor time (user and system, every thread) used so far, in milliseconds; -1 if unknown. */
    public static long cpuMillis() {
        String[] fields = statFields("/proc/self/stat");
        if (fields != null) {
            return (Long.parseLong(fields[14]) + Long.parseLong(fields[15])) * 1000 / TICKS_PER_SECOND;
        }
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /**
     * The processor time the calling thread has used, in milliseconds; -1 if unknown. On the
     * JavaFX thread it is the work done there, which other programs on the machine slow but
     * do not add to.
     */
    public static long threadCpuMillis() {
        String[] fields = statFields("/proc/thread-self/stat");
        return fields == null ? -1 : (Long.parseLong(fields[14]) + Long.parseLong(fields[15])) * 1000 / TICKS_PER_SECOND;
    }

    private static long originOffset() {
        long now = System.nanoTime() / 1_000_000;
        String[] fields = statFields("/proc/self/stat");
        try {
            if (fields != null) {
                String uptime = Files.readString(Path.of("/proc/uptime"));
                long upMillis = Math.round(Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1000);
                long startMillis = Long.parseLong(fields[22]) * 1000 / TICKS_PER_SECOND;
                return upMillis - startMillis - now;
            }
        } catch (IOException | RuntimeException e) {
            // no /proc/uptime as expected: the JVM's start below
        }
        return ManagementFactory.getRuntimeMXBean().getUptime() - now;
    }

    /**
     * The fields of a {@code stat} file of {@code /proc}, numbered from 1 as in proc(5) (index 0
     * unused), or null off Linux. The command name (field 2) may hold spaces: the rest follows its last ')'.
     */
    private static String[] statFields(String file) {
        String stat;
        try {
            stat = Files.readString(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return null;
        }
        String[] rest = stat.substring(close + 2).trim().split(" ");
        String[] fields = new String[rest.length + 3];
        System.arraycopy(rest, 0, fields, 3, rest.length);
        return fields.length > 22 ? fields : null;
    }

    /** AT_CLKTCK from {@code /proc/self/auxv} (pairs of native words), else 100. */
    private static long ticksPerSecond() {
        try {
            ByteBuffer auxv = ByteBuffer.wrap(Files.readAllBytes(Path.of("/proc/self/auxv"))).order(ByteOrder.nativeOrder());
            while (auxv.remaining() >= 16) {
                long type = auxv.getLong();
                long value = auxv.getLong();
                if (type == AT_CLKTCK && value > 0) {
                    return value;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or a 32-bit one: the usual value
        }
        return DEFAULT_TICKS_PER_SECOND;
    }
}
