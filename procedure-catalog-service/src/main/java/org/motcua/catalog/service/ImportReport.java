package org.motcua.catalog.service;

/** What an import did: versions created (and published), already present, retired; procedures announced. */
public record ImportReport(int procedures, int versionsCreated, int versionsUnchanged, int versionsRetired,
        int proceduresChanged) {
}
