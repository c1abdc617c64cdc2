#!/usr/bin/env bash
# Starts the packaged service (mvn package) the fast way, as the Dockerfile does: from the extracted jar with an
# ahead-of-time cache (Java 25). The cache is made by a training run the first time and again whenever the jar
# changed, because Java 25 does not notice a changed jar by itself: a cache from an older build would load that
# build's classes. A missing or unusable cache only makes the start slower.
#   mvn package -DskipTests && TELEGRAM_BOT_TOKEN=... bin/fast-start.sh [--server.port=8081 ...]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
OPTIONS=(-XX:MaxRAMPercentage=75)   # the training run and the start must use the same options
jar=$(ls target/we-are-together-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
[ -n "$jar" ] || { echo "No target/we-are-together-*.jar: run 'mvn package -DskipTests' first." >&2; exit 1; }
folder=target/fast-start
fingerprint="$(sha256sum "$jar" | cut -d' ' -f1) $("$JAVA" -version 2>&1 | head -1)"
if [ ! -f "$folder/app.aot" ] || [ "$(cat "$folder/made-from" 2>/dev/null)" != "$fingerprint" ]; then
    echo "Making the start-up cache for $jar (a training run, once per build)..." >&2
    rm -rf "$folder"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$folder/service" --application-filename app.jar
    # training mode: answers one /start from a stand-in Bot API inside the JVM (no network, no token), then exits
    "$JAVA" "${OPTIONS[@]}" -XX:AOTCacheOutput="$folder/app.aot" \
        -jar "$folder/service/app.jar" --server.port=0 --management.server.port=0 --together.telegram.training=true \
        --together.storage.uri= --together.storage.data-dir="$folder/training-data" >"$folder/training.log" 2>&1 \
        && echo "$fingerprint" >"$folder/made-from" \
        || echo "The training run failed (see $folder/training.log); starting without the cache." >&2
    rm -rf "$folder/training-data"
fi
exec "$JAVA" "${OPTIONS[@]}" -XX:AOTCache="$folder/app.aot" -jar "$folder/service/app.jar" "$@"
