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
# A 1 MiB TCP transfer arrives intact across servers, both directions (SHA-256 at both ends), through
# the 3-hop route (MAC and IP rewriting to the VIPs on the sending server and back on the receiving one).
. "$(dirname "$0")/../lib.sh"

mk_net tcp 10.13.0.0/24
mk_ct tc1 tcp s1 10.13.0.11
mk_ct tc2 tcp s2 10.13.0.12
head -c 1048576 /dev/urandom > "$CASE_TMP/data"
want=$(sha256sum < "$CASE_TMP/data" | cut -d' ' -f1)

# transfer SRC DST DST_IP PORT: nc listener in DST, nc client in SRC; prints the received file's sum
transfer() {
  "$SB" exec "$2" -- timeout 20 nc -l "$3" "$4" > "$CASE_TMP/rx-$2" &
  local listener=$! i
  for ((i = 0; i < 50; i++)); do
    sb exec "$2" -- ss -ltnH "sport = :$4" | grep LISTEN >/dev/null && break
    sleep 0.1
  done
  sb exec "$1" -- timeout 20 nc -N -w 5 "$3" "$4" < "$CASE_TMP/data"
  wait "$listener"
  sha256sum < "$CASE_TMP/rx-$2" | cut -d' ' -f1
}

got=$(transfer tc1 tc2 10.13.0.12 5001)
log "s1 -> s2: sent $want, received $got ($(stat -c %s "$CASE_TMP/rx-tc2") bytes)"
check "1 MiB intact from tc1 (s1) to tc2 (s2)" test "$got" = "$want"
got=$(transfer tc2 tc1 10.13.0.11 5002)
log "s2 -> s1: sent $want, received $got ($(stat -c %s "$CASE_TMP/rx-tc1") bytes)"
check "1 MiB intact from tc2 (s2) to tc1 (s1)" test "$got" = "$want"
