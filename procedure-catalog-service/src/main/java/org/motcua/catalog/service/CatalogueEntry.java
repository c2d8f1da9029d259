package org.motcua.catalog.service;

import java.util.List;

/** One procedure of a catalogue document: its code and its versions (published or retired). */
public record CatalogueEntry(String code, List<StoredVersion> versions) {
}
