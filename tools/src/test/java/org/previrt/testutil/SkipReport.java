package org.previrt.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * No test is skipped in silence: every test or container that was skipped (@Disabled, an excluded tag does
 * not count: those are never planned) or aborted by a failed assumption is listed with its reason at the
 * end of the run, on stdout and in {@code tools/target/skipped-tests.txt}, which {@code tools/run-tests}
 * prints after Maven's own summary. Registered through META-INF/services.
 */
public final class SkipReport implements TestExecutionListener {
    /** Where the list goes; tools/run-tests reads the same path. */
    public static final Path FILE = Path.of(System.getProperty("previrt.root", ".."), "tools/target/skipped-tests.txt");

    private TestPlan plan;
    private final TreeSet<String> lines = new TreeSet<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        lines.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        lines.add(name(id) + ": " + oneLine(reason));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String why = result.getThrowable().map(Throwable::getMessage).orElse(null);
            lines.add(name(id) + ": " + oneLine(why == null ? "aborted without a reason" : why));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<String> out = new ArrayList<>();
        if (!lines.isEmpty()) {
            out.add("skipped or aborted, with the reason (" + lines.size() + "):");
            lines.forEach(l -> out.add("  " + l));
        }
        out.forEach(System.out::println);
        try {
            Files.createDirectories(FILE.getParent());
            Path tmp = FILE.resolveSibling(FILE.getFileName() + ".tmp");
            Files.write(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, FILE, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Class > method > dynamic test, from the plan's parents (the engine root left out). */
    private String name(TestIdentifier id) {
        List<String> parts = new ArrayList<>();
        Optional<TestIdentifier> cur = Optional.of(id);
        while (cur.isPresent() && cur.get().getParentId().isPresent()) {
            TestIdentifier t = cur.get();
            parts.add(0, t.isContainer() && t.getSource().map(s -> s instanceof org.junit.platform.engine.support.descriptor.ClassSource).orElse(false)
                    ? t.getLegacyReportingName() : t.getDisplayName());
            cur = plan == null ? Optional.empty() : plan.getParent(t);
        }
        return String.join(" > ", parts);
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.startsWith("Assumption failed: ") ? t.substring("Assumption failed: ".length()) : t;
    }
}
