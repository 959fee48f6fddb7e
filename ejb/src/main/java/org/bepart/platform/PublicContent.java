package org.bepart.platform;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows whenever public content changes (a committed change of an initiative, told by
 * {@code org.bepart.lifecycle.PublicDataFollower}), so that caches of
 * public pages know their copies are stale: at once for changes made on this server, and when the change log brings
 * those of other servers ({@code ChangeFollower}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublicContent {

    private final AtomicLong generation = new AtomicLong();

    public long generation() {
        return generation.get();
    }

    /** Public content changed (on any server). */
    public void changed() {
        generation.incrementAndGet();
    }
}
