#!/bin/sh
# The benchmark of issue 5: the whole service, the fake Bot API and N simulated users in one JVM.
# Usage: bench/run.sh [-Dbench.users=2000] [-Dbench.seconds=20] [-Dbench.profile=false] ...
# Prints the figures and writes bench/results/<date>-<host>.json (and a .jfr of the profiled run).
set -e
cd "$(dirname "$0")/.."
exec mvn -B -Pbench verify "$@"
