package org.motcua.commons.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * SmallRye's JWT parser, which Quarkus calls to authenticate every bearer token, with the tokens it has verified
 * remembered until they expire, or for {@code motcua.security.verified-token-max-age} at most (5 minutes: how long
 * a token signed with a key withdrawn from the JWKS can still be accepted), see {@link VerifiedTokens}: a client
 * presenting the same token on every request is verified once in that time. A token that fails verification is
 * never remembered; everything else is SmallRye's parser as is (same injected context and principal factory).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    @ConfigProperty(name = "motcua.security.verified-tokens", defaultValue = "10000")
    int capacity;
    @ConfigProperty(name = "motcua.security.verified-token-max-age", defaultValue = "5M")
    Duration maxAge;

    private VerifiedTokens<JsonWebToken> verified;

    @PostConstruct
    void createCache() {
        verified = new VerifiedTokens<>(capacity);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = Instant.now();
        JsonWebToken known = verified.get(token, now);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = super.parse(token);
        if (jwt.getExpirationTime() > 0) {
            Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
            Instant reverify = now.plus(maxAge);
            verified.put(token, jwt, expires.isBefore(reverify) ? expires : reverify, now);
        }
        return jwt;
    }
}
