package org.bepart.platform;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data grid's shared state on Payara Micro: the export slots and the data generation. */
@ExtendWith(ArquillianExtension.class)
public class SharedCachesIT {

    @Inject
    private ExportSlots slots;

    @Inject
    private DataGeneration generation;

    @Test
    void atMostTwoExportsRunAtOnceAndASlotComesBackWhenOneEnds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<ExportSlots.Slot>>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tries.add(pool.submit(slots::take));
            }
            List<ExportSlots.Slot> taken = new ArrayList<>();
            for (Future<Optional<ExportSlots.Slot>> attempt : tries) {
                attempt.get().ifPresent(taken::add);
            }
            assertEquals(2, taken.size(), "two of eight at once");
            assertTrue(slots.take().isEmpty());
            taken.get(0).close();
            ExportSlots.Slot again = slots.take().orElseThrow();
            assertTrue(slots.take().isEmpty());
            again.close();
            taken.get(1).close();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyChangeOfAnInitiativeRaisesTheGeneration() {
        long before = generation.current();
        generation.advance();
        generation.advance();
        assertEquals(before + 2, generation.current());
    }
}
