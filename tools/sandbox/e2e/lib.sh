#!/usr/bin/env bash
#
# Copyright 2026-present the DaoliNet for ONOS authors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#
# Helpers for the end-to-end cases, sourced by every case script. A case runs against a sandbox that is
# up (the runner's, through DAOLI_SANDBOX_DIR / DAOLI_SANDBOX_HTTP); the networks and containers it makes
# with mk_net / mk_ct are removed when it exits, whatever the outcome, so cases can share one sandbox.
set -euo pipefail

E2E_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$E2E_HOME/../../.." && pwd)
SB=$REPO/tools/daolinet-sandbox
CASE_TMP=$(mktemp -d "${TMPDIR:-/tmp}/daolinet-e2e-case.XXXXXX")
CREATED_CTS=()
CREATED_NETS=()
# Docker containers and networks ("SERVER NAME"), removed at exit like the others
CREATED_DCTS=()
CREATED_DNETS=()

# (background jobs call "$SB" itself, so that their PID is the command's own)
sb() { "$SB" "$@"; }
log() { echo "  $*"; }
fail() { echo "  FAILED: $*" >&2; exit 1; }

# check DESCRIPTION CMD...: the command must succeed
check() {
  local what=$1
  shift
  if "$@"; then log "ok: $what"; else fail "$what"; fi
}

# check_not DESCRIPTION CMD...: the command must fail
check_not() {
  local what=$1
  shift
  if "$@"; then fail "$what"; else log "ok: $what"; fi
}

case_cleanup() {
  local rc=$? i
  set +e
  for ((i = ${#CREATED_DCTS[@]} - 1; i >= 0; i--)); do
    # shellcheck disable=SC2086
    dk ${CREATED_DCTS[$i]%% *} rm -f ${CREATED_DCTS[$i]#* } >/dev/null 2>&1
  done
  for ((i = ${#CREATED_DNETS[@]} - 1; i >= 0; i--)); do
    # shellcheck disable=SC2086
    dk ${CREATED_DNETS[$i]%% *} network rm ${CREATED_DNETS[$i]#* } >/dev/null 2>&1
  done
  for ((i = ${#CREATED_CTS[@]} - 1; i >= 0; i--)); do
    # shellcheck disable=SC2086
    sb container rm ${CREATED_CTS[$i]} >/dev/null 2>&1
  done
  for ((i = ${#CREATED_NETS[@]} - 1; i >= 0; i--)); do
    # shellcheck disable=SC2086
    sb network rm ${CREATED_NETS[$i]} >/dev/null 2>&1
  done
  rm -rf "$CASE_TMP"
  exit $rc
}
trap case_cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

# mk_net NAME CIDR [TENANT]
mk_net() {
  local tenant=${3:-default}
  sb network create "$1" --subnet "$2" --tenant "$tenant" >/dev/null
  CREATED_NETS+=("$1 --tenant $tenant")
}

# mk_ct NAME NETWORK SERVER IP [TENANT]
mk_ct() {
  local tenant=${5:-default}
  sb container add "$1" --network "$2" --server "$3" --ip "$4" --tenant "$tenant" >/dev/null
  CREATED_CTS+=("$1 --tenant $tenant")
}

# rm_ct NAME [TENANT]: removes a container now (and forgets it for the cleanup)
rm_ct() {
  local tenant=${2:-default} i
  sb container rm "$1" --tenant "$tenant" >/dev/null
  for i in "${!CREATED_CTS[@]}"; do
    [ "${CREATED_CTS[$i]}" = "$1 --tenant $tenant" ] && unset "CREATED_CTS[$i]"
  done
  CREATED_CTS=("${CREATED_CTS[@]}")
}

# ping1 SRC DST_IP [TENANT]: ONE echo request, answered within 2 s
ping1() { sb exec --tenant "${3:-default}" "$1" -- ping -n -c 1 -W 2 "$2" >/dev/null 2>&1; }

# no_ping SRC DST_IP [TENANT]: three echo requests, none answered
no_ping() { ! sb exec --tenant "${3:-default}" "$1" -- ping -n -c 3 -i 0.2 -W 1 "$2" >/dev/null 2>&1; }

# rules SERVER PATTERN: the number of the server's flow rules matching an extended regex
rules() { sb flows "$1" | sed 1d | grep -cE "$2" || true; }

# mac_of NAME [TENANT], port_of NAME [TENANT]: from the sandbox's record of the container
ct_field() {
  sb rest GET "containers/$1?tenant=${3:-default}" | jq -r ".$2"
}
mac_of() { ct_field "$1" mac "${2:-default}"; }
port_of() { ct_field "$1" portName "${2:-default}"; }

# rx_packets NAME [TENANT]: packets the container's eth0 has received
rx_packets() { sb exec --tenant "${2:-default}" "$1" -- cat /sys/class/net/eth0/statistics/rx_packets; }

# routes_of NAME [TENANT]: how many hot-plug routes the controller keeps for a container
routes_of() { sb rest GET "routes?container=$1&tenant=${2:-default}" | jq '.routes | length'; }

# set_cfg PROPERTY VALUE: a RoutingManager property, live
set_cfg() { sb cli cfg set org.daolinet.impl.RoutingManager "$1" "$2" >/dev/null; }

# wait_until SECONDS CMD...: polls every 0.2 s; true as soon as the command succeeds
wait_until() {
  local secs=$1 i
  shift
  for ((i = 0; i < secs * 5; i++)); do "$@" && return 0; sleep 0.2; done
  "$@"
}

now() { date +%s.%N; }

# --- Docker (cases marked '# e2e: docker')

# dk SERVER ARGS...: the docker CLI against a server's daemon
dk() { "$SB" docker "$1" -- "${@:2}"; }

# ctl ARGS...: daolictl against the sandbox's controller
ctl() {
  DAOLI_HOST=http://${DAOLI_SANDBOX_HTTP:-127.0.0.1:8181} DAOLI_USER=${DAOLI_SANDBOX_USER:-onos} \
    DAOLI_PASSWORD=${DAOLI_SANDBOX_PASSWORD:-rocks} "$REPO/tools/daolictl/daolictl" "$@"
}

# mk_dnet NAME CIDR SERVER...: `docker network create -d daolinet` on each server
mk_dnet() {
  local name=$1 cidr=$2 s
  shift 2
  for s in "$@"; do
    dk "$s" network create -d daolinet --subnet "$cidr" "$name" >/dev/null
    CREATED_DNETS+=("$s $name")
  done
}

# mk_dct NAME SERVER NETWORK IP: `docker run -d` of a busybox that sleeps, on a server
mk_dct() {
  dk "$2" run -d --name "$1" --network "$3" --ip "$4" daolinet/busybox sleep 3600 >/dev/null
  CREATED_DCTS+=("$2 $1")
}

# dping SERVER NAME DST_IP: ONE echo request from a Docker container, answered within 2 s
dping() { dk "$1" exec "$2" ping -c 1 -W 2 "$3" >/dev/null 2>&1; }

# since T0: seconds since T0 (from now), two decimals
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
