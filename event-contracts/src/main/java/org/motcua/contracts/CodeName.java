package org.motcua.contracts;

/** A coded reference with its Vietnamese name: a field (lĩnh vực), an agency, a component. */
public record CodeName(String code, String name) {
}
