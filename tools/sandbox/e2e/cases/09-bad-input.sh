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
# The sandbox command refuses bad input with a clear message and a non-zero exit, and changes nothing:
# unknown server, network or container, a bad CIDR or address, a taken address, not root, not up.
. "$(dirname "$0")/../lib.sh"

mk_net bad 10.19.0.0/24
mk_ct bd1 bad s1 10.19.0.11

# refused CODE PATTERN CMD...: the command exits with CODE and says PATTERN on stderr
refused() {
  local code=$1 pattern=$2 rc=0
  shift 2
  "$@" > "$CASE_TMP/out" 2> "$CASE_TMP/err" || rc=$?
  log "$(head -n 1 "$CASE_TMP/err")"
  [ "$rc" = "$code" ] && grep -E "$pattern" "$CASE_TMP/err" >/dev/null
}
state() { sb status | sed 1d; sb exec --lan -- ip netns list 2>/dev/null | sort; }
before=$(state)

check "unknown server" refused 1 "unknown server 's7'" sb container add x --network bad --server s7
check "unknown network" refused 1 "unknown network 'nope'" sb container add x --network nope --server s1
check "unknown container (rm)" refused 1 "unknown container 'nobody'" sb container rm nobody
check "unknown container (exec)" refused 1 "unknown container 'nobody'" sb exec nobody -- true
check "unknown server (flows)" refused 1 "unknown server 's9'" sb flows s9
check "bad CIDR (syntax)" refused 2 "bad CIDR '10.1.0/24'" sb network create x --subnet 10.1.0/24
check "bad CIDR (host bits)" refused 2 "host bits are set" sb network create x --subnet 10.1.0.5/24
check "bad CIDR (prefix)" refused 2 "prefix length must be 8 to 29" sb network create x --subnet 10.1.0.0/31
check "overlapping subnet" refused 1 "overlap" sb network create x --subnet 10.19.0.0/16
check "address outside the network" refused 1 "not in network" sb container add x --network bad --server s1 --ip 10.20.0.5
check "address taken" refused 1 "already used" sb container add x --network bad --server s1 --ip 10.19.0.11
check "gateway address" refused 1 "is the gateway" sb container add x --network bad --server s1 --ip 10.19.0.1
check "bad address" refused 2 "bad IP" sb container add x --network bad --server s1 --ip 10.19.0.300
check "bad name" refused 2 "bad container name" sb container add 'x/y' --network bad --server s1
check "container exists" refused 1 "already exists" sb container add bd1 --network bad --server s2
check "unknown command" refused 2 "unknown command" sb frobnicate
check "not up (another state directory)" refused 1 "not up" env DAOLI_SANDBOX_DIR="$CASE_TMP/none" "$SB" status
check "not root" refused 1 "must run as root" setpriv --reuid=65534 --regid=65534 --clear-groups "$SB" status
check "nothing changed" test "$(state)" = "$before"
