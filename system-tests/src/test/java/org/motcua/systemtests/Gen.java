package org.motcua.systemtests;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of random values, drawn from a seeded {@link Random}: the same seed gives the same values, so that a
 * failing run is replayed with {@code -Dhostile.seed=N}. Just what the bad-input test needs: choose among values
 * or generators, map, flat-map, combine.
 */
@FunctionalInterface
interface Gen<T> {

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    static <T> Gen<T> of(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        List<T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** One of the generators, each as likely as the others. */
    static <T> Gen<T> oneOf(List<Gen<T>> generators) {
        return of(generators).flatMap(g -> g);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    static Gen<Integer> between(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<A, B, R> f) {
        return random -> {
            A first = a.next(random);
            return f.apply(first, b.next(random));
        };
    }

    interface Function3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<A, B, C, R> f) {
        return random -> {
            A first = a.next(random);
            B second = b.next(random);
            return f.apply(first, second, c.next(random));
        };
    }
}
