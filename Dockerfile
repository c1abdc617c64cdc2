# Build: the same Maven command as on a developer machine, tests skipped (they run in CI).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY dialogs dialogs
RUN mvn -B -DskipTests package && cp target/we-are-together-*.jar /build/app.jar

# Run: a JRE only, as an unprivileged user, started from the extracted jar with an ahead-of-time cache (README,
# "Start-up time"): about a third of the time to the first reply of `java -jar app.jar`.
FROM eclipse-temurin:25-jre
RUN groupadd --system together && useradd --system --gid together --home-dir /app together \
    && mkdir -p /app/data && chown together:together /app/data
WORKDIR /app
COPY --from=build /build/dialogs dialogs
COPY --from=build /build/app.jar /tmp/app.jar
# Plain jars in service/ (service/app.jar and service/lib/) load faster than the nested jars of the fat jar.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/service --application-filename app.jar \
    && rm /tmp/app.jar
# The training run: the service starts on a throw-away data folder in training mode (a stand-in Bot API inside its own
# JVM, no network), answers one /start and exits; the JVM keeps the classes it loaded, linked and profiled on the way
# to that first reply in app.aot. Made here, by the JRE that runs it
# and from the very jars beside it, so it cannot be stale: Java 25 checks only the jars' sizes, and a cache from
# another build could load that build's classes. The options must match the ENTRYPOINT's.
RUN java -XX:MaxRAMPercentage=75 -XX:AOTCacheOutput=/app/app.aot \
        -jar /app/service/app.jar --server.port=0 --management.server.port=0 --together.telegram.training=true \
        --together.storage.uri= --together.storage.data-dir=/tmp/training-data \
    && rm -rf /tmp/training-data
USER together
ENV TOGETHER_DATA_DIR=/app/data TOGETHER_DIALOGS_DIR=/app/dialogs
EXPOSE 8080
# A missing or unusable cache only makes the start slower (the JVM says so in one line and starts without it).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:AOTCache=/app/app.aot", "-jar", "/app/service/app.jar"]
