package org.wearetogether.crm.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Issues, revokes and checks the API keys of regional CRMs. */
class ApiKeys {

    private final MongoApiKeys store;
    private final Duration defaultLifetime;
    private final Clock clock;

    ApiKeys(MongoApiKeys store, Duration defaultLifetime, Clock clock) {
        this.store = store;
        this.defaultLifetime = defaultLifetime;
        this.clock = clock;
    }

    /** A new key for the region with the default lifetime. */
    Issued issue(String region, String adminId) {
        return issue(region, adminId, Optional.empty());
    }

    /**
     * A new key for the region, valid for the given lifetime (or the default one; zero: for ever); the returned token
     * is the only time its secret exists outside the caller: only its hash is stored.
     */
    Issued issue(String region, String adminId, Optional<Duration> lifetime) {
        ApiKeyTokens.Token token = ApiKeyTokens.generate();
        var now = clock.instant();
        Duration life = lifetime.orElse(defaultLifetime);
        ApiKey key = new ApiKey(
                token.id(),
                region,
                ApiKeyTokens.hash(token.secret()),
                adminId,
                now,
                null,
                null,
                life.isZero() || life.isNegative() ? null : now.plus(life));
        store.insert(key);
        return new Issued(key, token.text());
    }

    boolean revoke(String id, String adminId) {
        return store.revoke(id, adminId, clock.instant());
    }

    List<ApiKey> all() {
        return store.all();
    }

    /** The valid key a presented token stands for; empty for a malformed, unknown, wrong, revoked or expired one. */
    Optional<ApiKey> authenticate(String presented) {
        return check(presented) instanceof Check.Valid valid ? Optional.of(valid.key()) : Optional.empty();
    }

    /** What a presented token is: a valid key, an expired one (said apart so the CRM knows to ask for a new one), or not a key. */
    Check check(String presented) {
        Optional<ApiKey> matching = ApiKeyTokens.parse(presented)
                .flatMap(token -> store.byId(token.id())
                        .filter(ApiKey::valid)
                        .filter(key -> ApiKeyTokens.matches(token.secret(), key.secretHash())));
        if (matching.isEmpty()) {
            return new Check.Invalid();
        }
        ApiKey key = matching.get();
        return key.expiredAt(clock.instant()) ? new Check.Expired(key) : new Check.Valid(key);
    }

    /** The outcome of checking a presented token. */
    sealed interface Check {
        record Valid(ApiKey key) implements Check {}

        record Expired(ApiKey key) implements Check {}

        record Invalid() implements Check {}
    }

    /** A key just created, with its full token. */
    record Issued(ApiKey key, String token) {}
}
