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
# Routes are hot-plugged: their rules are on the servers while traffic runs and expire after the idle
# timeout (set to 3 s, jitter 1 s for this case; the controller removes them within the timeout plus
# the jitter plus the switch's expiry scan), on both servers, and the controller forgets the route.
. "$(dirname "$0")/../lib.sh"

IDLE=3
JITTER=1
set_cfg idleTimeout $IDLE
set_cfg idleJitter $JITTER
restore() { set_cfg idleTimeout 10 || true; set_cfg idleJitter 2 || true; }
trap 'restore; case_cleanup' EXIT

mk_net idle 10.12.0.0/24
mk_ct it1 idle s1 10.12.0.11
mk_ct it2 idle s1 10.12.0.12
mk_ct it3 idle s2 10.12.0.13
p1=$(port_of it1) p2=$(port_of it2) p3=$(port_of it3)
route_rules() { echo $(( $(rules s1 "$p1|$p2|$p3") + $(rules s2 "$p1|$p2|$p3") )); }
check "no route rules before any traffic" test "$(route_rules)" = 0

# traffic for 4 s (longer than the idle timeout) from it1 to it2 (same server) and it3 (across)
"$SB" exec it1 -- ping -n -i 0.2 -c 20 10.12.0.12 > "$CASE_TMP/p12" 2>&1 &
"$SB" exec it1 -- ping -n -i 0.2 -c 20 10.12.0.13 > "$CASE_TMP/p13" 2>&1 &
sleep 1
for t in 1 2 3; do
  s1=$(rules s1 "$p1|$p2|$p3") s2=$(rules s2 "$p1|$p2|$p3")
  log "while pinging (${t}s): $s1 route rules on s1, $s2 on s2"
  [ "$s1" -ge 4 ] && [ "$s2" -ge 2 ] || fail "route rules missing while traffic runs (s1 $s1, s2 $s2)"
  check "the controller lists it1's routes" test "$(routes_of it1)" -ge 2
  sleep 1
done
wait
check "every echo to it2 answered" grep -q ' 0% packet loss' "$CASE_TMP/p12"
check "every echo to it3 answered" grep -q ' 0% packet loss' "$CASE_TMP/p13"
sb flows | sed 's/^/    /'

t0=$(now)
gone() { [ "$(route_rules)" = 0 ]; }
check "route rules gone within idle timeout + jitter + 2 s" wait_until $((IDLE + JITTER + 2)) gone
log "rules gone $(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }') s after the last packet"
check "the controller forgot the routes" wait_until 3 test "$(routes_of it1)" = 0
check "a new first packet is answered again" ping1 it1 10.12.0.13
