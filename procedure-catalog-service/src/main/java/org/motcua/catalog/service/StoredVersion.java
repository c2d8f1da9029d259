package org.motcua.catalog.service;

import org.motcua.catalog.domain.VersionStatus;
import org.motcua.contracts.catalog.ProcedureVersion;

/** A version as stored: its content (with number and period) and its status. */
public record StoredVersion(ProcedureVersion content, VersionStatus status) {
}
