package org.previrt.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CostOrderTest {
    @Test
    void aClassCostsItsCostliestTagOnTheClassOrAMethod() throws Exception {
        assertEquals(0, CostOrder.cost(CostOrderTest.class));
        assertEquals(CostOrder.COST.indexOf("slow") + 1, CostOrder.cost(Class.forName("org.previrt.audit.RealBuildTest")));
        // class tagged qemu and linux: linux wins
        assertEquals(CostOrder.COST.size(), CostOrder.cost(Class.forName("org.previrt.linux.LinuxSoftLayeringTest")));
        // class tagged slow, one method binutils: binutils wins
        assertEquals(CostOrder.COST.indexOf("binutils") + 1, CostOrder.cost(Class.forName("org.previrt.wrapper.BuildFarmTest")));
    }
}
