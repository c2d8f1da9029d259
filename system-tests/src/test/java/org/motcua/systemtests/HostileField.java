package org.motcua.systemtests;

/**
 * One field of a valid request body, as the bad-input generator sees it: where it is (a JSON Pointer), what
 * kind of value it takes, whether the request needs it, and its longest accepted length ({@code max}, -1: none).
 * A value that a field of this kind refuses is invalid by construction; a free-text field ({@link Kind#TEXT})
 * accepts any text up to {@code max}, so hostile text goes there only longer than {@code max}.
 */
record HostileField(String pointer, Kind kind, boolean required, int max) {

    enum Kind {
        /** Free text: any text is data, so only text longer than {@code max} is invalid. */
        TEXT,
        /** A string of a strict shape (a code): hostile text never has it. */
        CODE,
        ENUM,
        DATE,
        INSTANT,
        /** A whole number; {@code max} is its largest accepted value, -1 when only its type is checked. */
        INT,
        BOOL,
        LIST,
        OBJECT
    }

    static HostileField required(String pointer, Kind kind) {
        return new HostileField(pointer, kind, true, -1);
    }

    static HostileField optional(String pointer, Kind kind) {
        return new HostileField(pointer, kind, false, -1);
    }

    static HostileField text(String pointer, boolean required, int max) {
        return new HostileField(pointer, Kind.TEXT, required, max);
    }

    static HostileField count(String pointer, boolean required, int max) {
        return new HostileField(pointer, Kind.INT, required, max);
    }

    boolean isString() {
        return kind == Kind.TEXT || kind == Kind.CODE || kind == Kind.ENUM || kind == Kind.DATE
                || kind == Kind.INSTANT;
    }

    /** Hostile text (SQL, script, path traversal) is invalid here whatever its length. */
    boolean strictShape() {
        return kind == Kind.CODE || kind == Kind.ENUM || kind == Kind.DATE || kind == Kind.INSTANT;
    }
}
