#!/bin/sh
# Selects the app of the action-plan-monitor image by its first argument:
#   api [args]        HTTP API          (bin/api.sh: node dist/apps/api/src/main.js, tuned when embedded)
#   projector [args]  projections       (node dist/apps/projector/src/main.js)
#   cli [args]        command line      (node dist/apps/cli/src/main.js), e.g. `cli tokens create …`
# Anything else is executed as given (e.g. `sh` for a shell in the container).
# `exec` hands the process over, so signals from `docker stop` reach Node; run the container with an init
# (`--init`, compose `init: true`) so that Node is not PID 1.
set -eu

cd /app

case "${1:-api}" in
  api)
    # bin/api.sh chooses Node's flags for the database it is given, NODE_FLAGS if set.
    [ "$#" -gt 0 ] && shift
    exec sh bin/api.sh "$@"
    ;;
  projector)
    shift
    NODE_FLAGS="${NODE_FLAGS:---enable-source-maps}"
    # shellcheck disable=SC2086
    exec node $NODE_FLAGS dist/apps/projector/src/main.js "$@"
    ;;
  cli)
    shift
    NODE_FLAGS="${NODE_FLAGS:---enable-source-maps}"
    # shellcheck disable=SC2086
    exec node $NODE_FLAGS dist/apps/cli/src/main.js "$@"
    ;;
  *)
    exec "$@"
    ;;
esac
