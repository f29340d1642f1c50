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
 * Starts the slow builds as soon as the run starts, on one background thread: the patched binutils when
 * the plan has binutils or linux tests, then the three kernels when it has linux tests. Meanwhile the
 * cheap classes run first ({@link CostOrder}); most of them use one core, and binutils' configure steps
 * use one, so the two overlap. A test that needs a build takes the same lock and waits for it; a build
 * that fails here is simply built again, and reported, by the test. Registered through META-INF/services.
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
        Thread t = new Thread(() -> {
            try {
                SharedBuild.patchedAsOrNull();
                if (linux) {
                    BuildsAhead.kernels();
                }
            } catch (Throwable e) {
                System.out.println("build ahead: stopped (" + e + "); the tests that need the build will report it");
            }
        }, "build-ahead");
        t.setDaemon(true);
        t.start();
    }
}
