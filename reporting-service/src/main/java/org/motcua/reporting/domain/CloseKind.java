package org.motcua.reporting.domain;

/** A dossier that leaves processing without a result: neither resolved nor in progress afterwards. */
public enum CloseKind {
    /** Công dân rút hồ sơ. */
    WITHDRAWN,
    /** Dừng xử lý. */
    STOPPED
}
