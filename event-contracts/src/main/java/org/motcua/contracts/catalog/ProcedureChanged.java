package org.motcua.contracts.catalog;

import java.util.List;

/**
 * Value of the compacted procedures topic, keyed by procedure code: the procedure's whole published
 * timeline (every published or retired version, never drafts), so that the latest record per key is
 * enough to rebuild a replica that answers "which version was in force at instant T".
 * An empty {@code versions} list means the procedure was withdrawn from the catalogue.
 */
public record ProcedureChanged(String procedureCode, List<ProcedureVersion> versions) {
}
