package org.motcua.catalog.domain;

import java.time.LocalDate;

/**
 * Where one published or retired version sits on its procedure's timeline: in force from {@code from}
 * (inclusive) until {@code to} (exclusive, {@code null}: open-ended).
 */
public record Slot(int version, LocalDate from, LocalDate to, VersionStatus status) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
