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
# Overlapping CIDRs: tenants red and blue each have network "app" 10.17.0.0/24 with containers at the
# same addresses on both servers. Each tenant reaches its own container behind the same IP (a TCP
# listener answers with its name), and neither sees the other.
. "$(dirname "$0")/../lib.sh"

mk_net app 10.17.0.0/24 red
mk_net app 10.17.0.0/24 blue
mk_ct r1 app s1 10.17.0.11 red
mk_ct r2 app s2 10.17.0.12 red
mk_ct r3 app s1 10.17.0.13 red
mk_ct b1 app s1 10.17.0.11 blue
mk_ct b2 app s2 10.17.0.12 blue
mk_ct b3 app s1 10.17.0.13 blue

check "red: r1 -> r2 (across)" ping1 r1 10.17.0.12 red
check "blue: b1 -> b2 (across)" ping1 b1 10.17.0.12 blue
check "red: r3 -> r1 (same server)" ping1 r3 10.17.0.11 red
check "blue: b3 -> b1 (same server)" ping1 b3 10.17.0.11 blue
check "blue: b2 -> b3 (across)" ping1 b2 10.17.0.13 blue
check "red: r2 -> r3 (across)" ping1 r2 10.17.0.13 red

# whoami TENANT SRC DST_IP: the name the listener at DST_IP of the tenant's network answers with
serve() {  # TENANT NAME IP
  "$SB" exec --tenant "$1" "$2" -- sh -c "echo $2 | timeout 10 nc -N -l $3 7000" >/dev/null 2>&1 &
  local i
  for ((i = 0; i < 50; i++)); do
    sb exec --tenant "$1" "$2" -- ss -ltnH "sport = :7000" | grep LISTEN >/dev/null && return 0
    sleep 0.1
  done
  return 1
}
whoami_at() { sb exec --tenant "$1" "$2" -- timeout 5 nc -w 3 "$3" 7000 </dev/null; }
serve red r2 10.17.0.12
serve blue b2 10.17.0.12
got_red=$(whoami_at red r1 10.17.0.12)
got_blue=$(whoami_at blue b1 10.17.0.12)
log "at 10.17.0.12 red's r1 reached '$got_red', blue's b1 reached '$got_blue'"
check "red's connection to 10.17.0.12 reaches r2" test "$got_red" = r2
check "blue's connection to 10.17.0.12 reaches b2" test "$got_blue" = b2
serve red r3 10.17.0.13
serve blue b3 10.17.0.13
got_red=$(whoami_at red r1 10.17.0.13)
got_blue=$(whoami_at blue b2 10.17.0.13)
log "at 10.17.0.13 red's r1 reached '$got_red', blue's b2 reached '$got_blue'"
check "red's same-server connection to 10.17.0.13 reaches r3" test "$got_red" = r3
check "blue's cross-server connection to 10.17.0.13 reaches b3" test "$got_blue" = b3
