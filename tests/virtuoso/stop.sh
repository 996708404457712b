#!/usr/bin/env bash
# Stops the server tests/virtuoso/start.sh DIR started, by its pid: asks it
# to shut down (SIGTERM: Virtuoso checkpoints and exits), waits up to 30 s,
# then kills it. Does nothing when no server of DIR is running.
set -uo pipefail
dir=${1:?usage: stop.sh DIR}
pidfile=$dir/virtuoso.pid
[ -f "$pidfile" ] || exit 0
pid=$(cat "$pidfile")
if kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "virtuoso: pid $pid did not stop in 30 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null
  fi
fi
rm -f "$pidfile"
