package org.previrt.testutil;

import java.util.HashSet;
import java.util.Set;

import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.previrt.binutils.SharedBuild;
import org.previrt.linux.BuildsAhead;

/**
 * Starts the slow builds as soon as the run starts, on background threads: the patched binutils when the
 * plan has binutils or linux tests, and beside it the three kernels when it has linux tests (stock,
 * wrapper, then patched-as, which needs binutils). Meanwhile the cheap classes run first
 * ({@link CostOrder}). Much of binutils' build (its configure steps) and of the cheap classes uses one
 * core; started together they keep both cores busy. A test that needs a build takes the same lock and
 * waits for it; a build that fails here is built again, and reported, by the test. Registered through
 * META-INF/services.
 */
public final class BuildAhead implements TestExecutionListener {
    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Set<String> tags = new HashSet<>();
        for (TestIdentifier r : plan.getRoots()) {
            for (TestIdentifier id : plan.getDescendants(r)) {
                id.getTags().stream().map(TestTag::getName).forEach(tags::add);
            }
        }
        boolean linux = tags.contains("linux");
        if (!linux && !tags.contains("binutils")) {
            return;
        }
        start("binutils", SharedBuild::patchedAsOrNull);
        if (linux) {
            start("linux", () -> {
                BuildsAhead.kernels();
                return null;
            });
        }
    }

    /** One daemon thread per build chain; the kernels' patched-as build waits for binutils by its lock. */
    private static void start(String what, java.util.concurrent.Callable<?> build) {
        Thread t = new Thread(() -> {
            try {
                build.call();
            } catch (Throwable e) {
                System.out.println("build ahead: " + what + " stopped (" + e + "); the tests that need it will report it");
            }
        }, "build-ahead-" + what);
        t.setDaemon(true);
        t.start();
    }
}
