package org.motcua.contracts.catalog;

/** Căn cứ pháp lý: a legal document by number and title. */
public record LegalDocument(String number, String title) {
}
