package org.bepart.abuse;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Drops expired rate counters every five minutes (each server does; the second finds nothing to do). */
@Singleton
public class RateCounterSweeper {

    private static final Logger LOG = Logger.getLogger(RateCounterSweeper.class.getName());

    @EJB
    private RateCounters counters;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void sweep() {
        try {
            counters.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Rate counters not swept (database out of reach?)", e);
        }
    }
}
