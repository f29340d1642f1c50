package org.previrt.testutil;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;

/**
 * Test classes run cheapest first, by the costliest tag on the class or any of its methods: untagged,
 * slow, qemu, binutils, linux; by name within one cost. Two reasons: the quick feedback comes first, and
 * the single-threaded early classes run while {@link BuildAhead} builds binutils and the kernels on the
 * other core, so a class that needs a build finds it (nearly) done. Set in junit-platform.properties.
 */
public final class CostOrder implements ClassOrderer {
    /** Cheapest first; a tag not listed costs nothing. */
    static final List<String> COST = List.of("slow", "qemu", "binutils", "linux");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Comparator<ClassDescriptor> byCost = Comparator.comparingInt(d -> cost(d.getTestClass()));
        context.getClassDescriptors().sort(byCost.thenComparing(d -> d.getTestClass().getName()));
    }

    static int cost(Class<?> c) {
        int cost = cost(c.getAnnotationsByType(Tag.class));
        for (Method m : c.getDeclaredMethods()) {
            cost = Math.max(cost, cost(m.getAnnotationsByType(Tag.class)));
        }
        return cost;
    }

    private static int cost(Tag[] tags) {
        int cost = 0;
        for (Tag t : tags) {
            cost = Math.max(cost, COST.indexOf(t.value()) + 1);
        }
        return cost;
    }
}
