package org.wearetogether.regions.internal;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The subdivision codes ISO 3166-2:RU lists (83). The catalogue file must name each exactly once, so a region
 * cannot silently disappear from the bot and no invented code can end up in request numbers.
 */
final class IsoRegionCodes {

    static final SortedSet<String> ALL = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            // cities of federal significance
            "RU-MOW",
            "RU-SPE",
            // republics
            "RU-AD",
            "RU-AL",
            "RU-BA",
            "RU-BU",
            "RU-CE",
            "RU-CU",
            "RU-DA",
            "RU-IN",
            "RU-KB",
            "RU-KL",
            "RU-KC",
            "RU-KR",
            "RU-KO",
            "RU-ME",
            "RU-MO",
            "RU-SA",
            "RU-SE",
            "RU-TA",
            "RU-TY",
            "RU-UD",
            "RU-KK",
            // krais
            "RU-ALT",
            "RU-KAM",
            "RU-KHA",
            "RU-KDA",
            "RU-KYA",
            "RU-PER",
            "RU-PRI",
            "RU-STA",
            "RU-ZAB",
            // oblasts
            "RU-AMU",
            "RU-ARK",
            "RU-AST",
            "RU-BEL",
            "RU-BRY",
            "RU-CHE",
            "RU-IRK",
            "RU-IVA",
            "RU-KGD",
            "RU-KLU",
            "RU-KEM",
            "RU-KIR",
            "RU-KOS",
            "RU-KGN",
            "RU-KRS",
            "RU-LEN",
            "RU-LIP",
            "RU-MAG",
            "RU-MOS",
            "RU-MUR",
            "RU-NIZ",
            "RU-NGR",
            "RU-NVS",
            "RU-OMS",
            "RU-ORE",
            "RU-ORL",
            "RU-PNZ",
            "RU-PSK",
            "RU-ROS",
            "RU-RYA",
            "RU-SAK",
            "RU-SAM",
            "RU-SAR",
            "RU-SMO",
            "RU-SVE",
            "RU-TAM",
            "RU-TOM",
            "RU-TUL",
            "RU-TVE",
            "RU-TYU",
            "RU-ULY",
            "RU-VLA",
            "RU-VGG",
            "RU-VLG",
            "RU-VOR",
            "RU-YAR",
            // autonomous oblast and autonomous okrugs
            "RU-YEV",
            "RU-CHU",
            "RU-KHM",
            "RU-NEN",
            "RU-YAN")));

    private IsoRegionCodes() {}
}
