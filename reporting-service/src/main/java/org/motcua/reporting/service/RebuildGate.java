package org.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps the live consumers out of the read model while a rebuild empties and refills it: each live
 * event holds the read lock; the rebuild holds the write lock from the truncation to the last replayed
 * record. Live events wait (their partitions are paused by the connector when its buffer fills) and
 * run afterwards; the ones the rebuild already replayed are dropped as duplicates by event id.
 */
@ApplicationScoped
public class RebuildGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    public void live(Runnable handler) {
        lock.readLock().lock();
        try {
            handler.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T exclusive(Supplier<T> rebuild) {
        lock.writeLock().lock();
        try {
            return rebuild.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
