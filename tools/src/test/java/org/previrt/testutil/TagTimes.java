package org.previrt.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Where the run's time goes, per tag: each test class's wall time is counted under its costliest tag
 * ({@link CostOrder}), untagged classes under "fast". Printed at the end and written to
 * {@code tools/target/tag-times.txt}, which {@code tools/run-tests} prints. A build made ahead
 * ({@link BuildAhead}) counts where a class waited for it. Registered through META-INF/services.
 */
public final class TagTimes implements TestExecutionListener {
    public static final Path FILE = Path.of(System.getProperty("previrt.root", ".."), "tools/target/tag-times.txt");

    private final Map<String, Long> started = new HashMap<>();
    private final long[] nanos = new long[CostOrder.COST.size() + 1];
    private final int[] classes = new int[nanos.length];
    private long runStart;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        runStart = System.nanoTime();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        javaClass(id).ifPresent(c -> started.put(id.getUniqueId(), System.nanoTime()));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Long t0 = started.remove(id.getUniqueId());
        if (t0 != null) {
            javaClass(id).ifPresent(c -> {
                int cost = CostOrder.cost(c);
                nanos[cost] += System.nanoTime() - t0;
                classes[cost]++;
            });
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        StringBuilder s = new StringBuilder("time by tag (each class under its costliest tag):");
        for (int i = 0; i < nanos.length; i++) {
            if (classes[i] > 0) {
                s.append(String.format(Locale.ROOT, " %s %.0f s (%d classes),", i == 0 ? "fast" : CostOrder.COST.get(i - 1),
                        nanos[i] / 1e9, classes[i]));
            }
        }
        s.append(String.format(Locale.ROOT, " all tests %.0f s", (System.nanoTime() - runStart) / 1e9));
        System.out.println(s);
        try {
            Files.createDirectories(FILE.getParent());
            Path tmp = FILE.resolveSibling(FILE.getFileName() + ".tmp");
            Files.write(tmp, List.of(s.toString()), StandardCharsets.UTF_8);
            Files.move(tmp, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Optional<Class<?>> javaClass(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getJavaClass());
    }
}
