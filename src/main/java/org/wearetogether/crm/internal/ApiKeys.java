package org.wearetogether.crm.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Issues, revokes and checks the API keys of regional CRMs. */
class ApiKeys {

    private final MongoApiKeys store;
    private final Clock clock;

    ApiKeys(MongoApiKeys store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new key for the region; the returned token is the only time its secret exists outside the caller. */
    Issued issue(String region, String adminId) {
        ApiKeyTokens.Token token = ApiKeyTokens.generate();
        ApiKey key =
                new ApiKey(token.id(), region, ApiKeyTokens.hash(token.secret()), adminId, clock.instant(), null, null);
        store.insert(key);
        return new Issued(key, token.text());
    }

    boolean revoke(String id, String adminId) {
        return store.revoke(id, adminId, clock.instant());
    }

    List<ApiKey> all() {
        return store.all();
    }

    /** The valid key a presented token stands for; empty for a malformed, unknown, wrong or revoked one. */
    Optional<ApiKey> authenticate(String presented) {
        return ApiKeyTokens.parse(presented)
                .flatMap(token -> store.byId(token.id())
                        .filter(ApiKey::valid)
                        .filter(key -> ApiKeyTokens.matches(token.secret(), key.secretHash())));
    }

    /** A key just created, with its full token. */
    record Issued(ApiKey key, String token) {}
}
