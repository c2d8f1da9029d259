package org.motcua.calendar;

import java.time.Duration;
import java.util.Collection;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.motcua.contracts.catalog.CalendarYear;

/**
 * A {@link WorkingCalendar} built from wherever a service keeps its calendar years (its replica table),
 * rebuilt when it is older than {@code maxAge} (another instance may have stored a newer year) or after
 * {@link #invalidate()} (this instance stored one).
 */
public final class CachedCalendar {

    private record Built(WorkingCalendar calendar, long builtAtNanos) {
    }

    private final Supplier<? extends Collection<CalendarYear>> years;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private volatile Built built;

    /** @param years loads the years to build from; called on the first use and on each rebuild */
    public CachedCalendar(Supplier<? extends Collection<CalendarYear>> years, Duration maxAge) {
        this(years, maxAge, System::nanoTime);
    }

    CachedCalendar(Supplier<? extends Collection<CalendarYear>> years, Duration maxAge, LongSupplier nanoTime) {
        this.years = years;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The calendar, rebuilt first when it was invalidated or is older than the maximum age. */
    public WorkingCalendar get() {
        Built current = built;
        if (current == null || nanoTime.getAsLong() - current.builtAtNanos() > maxAgeNanos) {
            current = new Built(WorkingCalendar.of(years.get()), nanoTime.getAsLong());
            built = current;
        }
        return current.calendar();
    }

    /** The next {@link #get()} rebuilds from the stored years. */
    public void invalidate() {
        built = null;
    }
}
