package org.motcua.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/** Bearer tokens signed with the test key that services trust in the {@code test} profile. */
public final class TestTokens {
    private TestTokens() {
    }

    public static final String ISSUER = "https://motcua.test/issuer";
    private static PrivateKey key;

    /** A token for one role, subject {@code test-<role>}. */
    public static String forRole(String role) {
        return token("test-" + role, null, role);
    }

    /** A token with a subject, an optional unit claim and roles. */
    public static String token(String subject, String unit, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles))
                .expiresIn(3600);
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims.jws().keyId("test").sign(privateKey());
    }

    /** A token for one role that expired a minute ago, otherwise valid. */
    public static String expired(String role) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).subject("test-" + role).upn("test-" + role).groups(Set.of(role))
                .issuedAt(now - 3600).expiresAt(now - 60).jws().keyId("test").sign(privateKey());
    }

    /** The Authorization header value for a role. */
    public static String bearer(String role) {
        return "Bearer " + forRole(role);
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try (InputStream in = TestTokens.class.getResourceAsStream("/test-keys/private.pem")) {
                String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                        Base64.getDecoder().decode(pem)));
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the test signing key", e);
            }
        }
        return key;
    }
}
