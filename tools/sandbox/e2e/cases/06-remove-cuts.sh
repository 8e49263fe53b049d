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
# Removing a container cuts running traffic at once: rm1 pings rm2 every 0.1 s; after rm2 is
# deregistered (its namespace still there: only the controller's revocation can stop the replies) and
# after `container rm` (the full removal), no reply may arrive later than 1 s after the removal began.
. "$(dirname "$0")/../lib.sh"

mk_net rmv 10.16.0.0/24
mk_ct rm1 rmv s1 10.16.0.11
mk_ct rm2 rmv s2 10.16.0.12
mk_ct rm3 rmv s1 10.16.0.13

# cut HOW SRC DST_IP: starts the ping, removes, and counts replies more than 1 s after the removal
cut_after() {
  local how=$1 src=$2 dst=$3 out=$CASE_TMP/ping-$1 t0 i late
  "$SB" exec "$src" -- ping -n -D -i 0.1 -W 1 -c 100 "$dst" > "$out" 2>&1 &
  local pinger=$!
  for ((i = 0; i < 50; i++)); do [ "$(grep -c 'bytes from' "$out")" -ge 10 ] && break; sleep 0.1; done
  [ "$(grep -c 'bytes from' "$out")" -ge 10 ] || fail "$how: the ping did not run (no 10 replies)"
  t0=$(now)
  shift 3
  "$@"
  log "$how: removal took $(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }') s"
  sleep 2
  kill "$pinger" 2>/dev/null || true
  wait "$pinger" 2>/dev/null || true
  late=$(sed -n 's/^\[\([0-9.]*\)\].*bytes from.*/\1/p' "$out" | awk -v t="$t0" '$1 > t + 1 { n++ } END { print n + 0 }')
  last=$(sed -n 's/^\[\([0-9.]*\)\].*bytes from.*/\1/p' "$out" | tail -n 1)
  log "$how: $(grep -c 'bytes from' "$out") replies, the last $(awk -v a="$t0" -v b="$last" 'BEGIN { printf "%.2f", b - a }') s after the removal began, $late later than 1 s"
  [ "$late" = 0 ]
}

deregister() { sb rest DELETE "containers/rm2?tenant=default" >/dev/null; }
check "deregistering rm2 (namespace kept) cuts rm1's ping within 1 s" cut_after deregister rm1 10.16.0.12 deregister
rm_ct rm2
remove() { rm_ct rm3; }
check "container rm rm3 cuts rm1's ping within 1 s" cut_after remove rm1 10.16.0.13 remove
check "no route of rm1 left to removed containers" wait_until 3 test "$(routes_of rm1)" = 0
