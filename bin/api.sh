#!/bin/sh
# Starts the compiled API as `npm start` and the image's `api` command run it: `sh bin/api.sh [app args]`,
# Node's flags from NODE_FLAGS, else --enable-source-maps with a Postgres server and none when embedded.
#
# Without DATABASE_URL the database (PGlite) lives in this process, and some of the memory it shares can
# only be bounded when the process starts, by the environment and Node's command line (measured on the
# embedded bench after a 90 s load: 452 MB resident untuned, 383 MB with these three, 4 MB semi-spaces):
# - MALLOC_ARENA_MAX=2: glibc otherwise gives V8's worker threads 64 MB arenas of their own, which keep
#   what they have freed (about 50 MB);
# - --max-semi-space-size=8: the young generation takes 16 MB instead of 32 (4 MB semi-spaces saved
#   about 8 MB more, for 7-10 % more CPU per request);
# - --heap-growing-percent=30: the old generation grows to 1.3 times what is alive between full
#   collections instead of several times.
# - no --enable-source-maps unless NODE_FLAGS asks for it: Node would keep the parsed source map of every
#   module it loads (TypeORM's carry their TypeScript sources), about 20 MB of heap and 10-13 MB resident
#   in a lab run after 40,000 reports; stack traces then name the compiled files in dist/, which mirror
#   the sources one to one.
# With a Postgres server (DATABASE_URL set) the process has its memory to itself: 64 MB semi-spaces
# instead of 16, so that a read holding thousands of rows for the whole request (a dashboard as of a
# date) is scavenged, and its rows copied, less often: asOf p95 about a fifth lower on the 1M-event
# dataset in an A/B of 12 × 20 requests, p50 alike.
set -eu
cd "$(dirname "$0")/.."
if [ -z "${DATABASE_URL:-}" ]; then
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
  NODE_FLAGS="--max-semi-space-size=8 --heap-growing-percent=30 ${NODE_FLAGS:-}"
else
  NODE_FLAGS="--max-semi-space-size=64 ${NODE_FLAGS:---enable-source-maps}"
fi
# shellcheck disable=SC2086
exec node $NODE_FLAGS dist/apps/api/src/main.js "$@"
