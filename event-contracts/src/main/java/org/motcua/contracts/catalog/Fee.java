package org.motcua.contracts.catalog;

/** Phí, lệ phí: an amount in VND and what it is for. */
public record Fee(String description, long amountVnd) {
}
