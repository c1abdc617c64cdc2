package org.wearetogether.regions.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wearetogether.datafiles.DialogFolder;
import org.wearetogether.regions.RegionCatalogue;

/** Loads and checks {@code regions.yaml} at start-up; a broken file stops the service with a clear message. */
@Configuration(proxyBeanMethods = false)
class RegionCatalogueConfiguration {

    @Bean
    RegionCatalogue regionCatalogue(DialogFolder folder) {
        return new FuzzyRegionCatalogue(RegionFile.load(folder));
    }
}
