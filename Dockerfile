# Build: the same Maven command as on a developer machine, tests skipped (they run in CI).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY dialogs dialogs
RUN mvn -B -DskipTests package && cp target/we-are-together-*.jar /build/app.jar

# Run: a JRE only, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system together && useradd --system --gid together --home-dir /app together \
    && mkdir -p /app/data && chown together:together /app/data
WORKDIR /app
COPY --from=build /build/app.jar app.jar
COPY --from=build /build/dialogs dialogs
USER together
ENV TOGETHER_DATA_DIR=/app/data TOGETHER_DIALOGS_DIR=/app/dialogs
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
