package org.dipkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a benchmark ran on, and how busy the machine was: printed with every result. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        return String.format("%s, %d cores, %s, Java %s, max heap %d MiB", cpu(),
                Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The 1-minute load average (other work on the machine shows here). */
    static String load() {
        return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> (Long.parseLong(l.replaceAll("\\D", "")) >> 20) + " GiB RAM")
                    .orElse("? RAM");
        } catch (IOException e) {
            return "? RAM";
        }
    }
}
