package org.motcua.commons.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The JWT parser Quarkus uses to authenticate bearer tokens, with the tokens it has verified remembered until
 * they expire, or for {@code motcua.security.verified-token-max-age} at most (5 minutes: how long a token signed
 * with a key withdrawn from the JWKS can still be accepted), see {@link VerifiedTokens}: a client presenting the
 * same token on every request is verified once in that time. A token that fails verification is never
 * remembered, and every other use is SmallRye's own parser as is.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser verifier;
    private final VerifiedTokens<JsonWebToken> verified;
    private final Duration maxAge;

    @Inject
    public CachingJwtParser(DefaultJWTParser verifier,
            @ConfigProperty(name = "motcua.security.verified-tokens", defaultValue = "10000") int capacity,
            @ConfigProperty(name = "motcua.security.verified-token-max-age", defaultValue = "5M") Duration maxAge) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens<>(capacity);
        this.maxAge = maxAge;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = Instant.now();
        JsonWebToken known = verified.get(token, now);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = verifier.parse(token);
        if (jwt.getExpirationTime() > 0) {
            Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
            Instant reverify = now.plus(maxAge);
            verified.put(token, jwt, expires.isBefore(reverify) ? expires : reverify, now);
        }
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
