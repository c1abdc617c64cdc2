#!/bin/sh
# The fault drills of issue 5 at full size (plain `mvn verify` runs the same tests smaller and faster):
# kill -9 with 500 conversations in progress, 10,000 hostile updates, Bot API failure bursts, a 5 s store outage.
# Usage: bench/faults.sh [-Dfaults.conversations=500] [-Dfaults.hostileUpdates=10000] [-Dfaults.seed=...]
set -e
cd "$(dirname "$0")/.."
exec mvn -B -Pbench verify '-Dbench.include=**/faults/*IT.java' -Dfaults.conversations=500 -Dfaults.hostileUpdates=10000 "$@"
