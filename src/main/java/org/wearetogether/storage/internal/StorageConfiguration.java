package org.wearetogether.storage.internal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.storage.MongoCommandCounter;
import org.wearetogether.storage.StorageSettings;
import org.wearetogether.storage.StoreScrub;

/** The store beans: {@link MongoClient}, {@link MongoDatabase}, {@link MongoCommandCounter} and the health check. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageSettings.class)
class StorageConfiguration {

    @Bean
    MongoCommandCounter mongoCommandCounter(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? new MongoCommandCounter() : new MongoCommandCounter(meters);
    }

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(StorageSettings settings, MongoCommandCounter counter) {
        return MongoConnection.open(settings, counter);
    }

    /** Closed by {@link MongoConnection}, together with the embedded server. */
    @Bean(destroyMethod = "")
    MongoClient mongoClient(MongoConnection connection) {
        return connection.client();
    }

    @Bean
    MongoDatabase mongoDatabase(MongoConnection connection) {
        return connection.database();
    }

    /**
     * Erased data leaving the embedded store's files; nothing to do with MongoDB. The wall clock, not the service's
     * clock: the scrub runs at the store's checkpoints, which keep wall-clock time.
     */
    @Bean
    StoreScrub storeScrub(MongoConnection connection, StorageSettings settings) {
        return connection
                .embedded()
                .<StoreScrub>map(store ->
                        new EmbeddedStoreScrub(store, settings.embeddedScrubAfter(), java.time.Clock.systemUTC()))
                .orElse(StoreScrub.NONE);
    }

    @Bean
    MongoHealthIndicator storeHealthIndicator(MongoConnection connection) {
        return new MongoHealthIndicator(connection);
    }
}
