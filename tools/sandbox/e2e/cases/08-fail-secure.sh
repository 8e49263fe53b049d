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
# Fail-secure: with the controller gone (killed, as a crash would end it), the servers' own traffic
# still flows over the permanent rules (a TCP listener on s1's LAN address 192.168.100.1, a client on
# the LAN side; the rule's packet counter proves the path through OVS), the bridges stay in secure
# mode, and no new route appears: container pairs that never talked cannot talk, and the rule counts
# do not change. After the controller starts again (the sandbox registers everything again), they do.
. "$(dirname "$0")/../lib.sh"

mk_net fs 10.18.0.0/24
mk_ct fs1 fs s1 10.18.0.11
mk_ct fs2 fs s2 10.18.0.12
mk_ct fs3 fs s1 10.18.0.13
trap 'sb controller start >/dev/null 2>&1 || true; case_cleanup' EXIT
head -c 262144 /dev/urandom > "$CASE_TMP/data"
want=$(sha256sum < "$CASE_TMP/data" | cut -d' ' -f1)

# server_tcp K PORT: a client on the LAN sends the data to a listener on sK's own IP
server_tcp() {
  "$SB" exec --server "s$1" -- timeout 10 nc -l "192.168.100.$1" "$2" > "$CASE_TMP/rx" &
  local listener=$! i
  for ((i = 0; i < 50; i++)); do
    sb exec --server "s$1" -- ss -ltnH "sport = :$2" | grep LISTEN >/dev/null && break
    sleep 0.1
  done
  sb exec --lan -- timeout 10 nc -N -w 3 "192.168.100.$1" "$2" < "$CASE_TMP/data" || true
  wait "$listener" || true
  [ "$(sha256sum < "$CASE_TMP/rx" | cut -d' ' -f1)" = "$want" ]
}
check "LAN -> s1 TCP with the controller running" server_tcp 1 6001

sb controller kill >/dev/null
check "the controller is gone" test ! -e "${DAOLI_SANDBOX_DIR}/ready"
disconnected() { sb status | grep -E '^ +s1 ' | grep -w disconnected >/dev/null; }
check "s1's bridge is disconnected" wait_until 5 disconnected
n1=$(sb flows s1 | sed 1d | wc -l) n2=$(sb flows s2 | sed 1d | wc -l)
log "rules with the controller gone: s1 $n1, s2 $n2"
# local_hits K: packets that went up to sK's LOCAL port through its permanent rule
local_hits() { sb flows "s$1" | grep "in_port=eth$1,nw_dst=192.168.100.$1 " | sed 's/.*n_packets=\([0-9]*\).*/\1/'; }
before=$(local_hits 1)
check "LAN -> s1 TCP (256 KiB intact) with the controller gone" server_tcp 1 6002
log "packets through s1's uplink -> LOCAL rule: $before before, $(local_hits 1) after"
check "the transfer went through OVS's permanent rule" test "$(local_hits 1)" -gt "$((before + 100))"
fail_mode() { ovs-vsctl --db="unix:$DAOLI_SANDBOX_DIR/s$1/db.sock" get bridge "s$1" fail_mode; }
check "the bridges stay in secure mode" test "$(fail_mode 1) $(fail_mode 2)" = "secure secure"
check "LAN -> s2 TCP (256 KiB intact) with the controller gone" server_tcp 2 6003
check "s1 -> s2 ping between the servers' own IPs" sb exec --server s1 -- ping -n -c 2 -W 1 192.168.100.2
check "no new pair can talk across servers (fs1 -> fs2)" no_ping fs1 10.18.0.12
check "no new pair can talk on one server (fs1 -> fs3)" no_ping fs1 10.18.0.13
check "no rule appeared on s1" test "$(sb flows s1 | sed 1d | wc -l)" = "$n1"
check "no rule appeared on s2" test "$(sb flows s2 | sed 1d | wc -l)" = "$n2"

sb controller start >/dev/null
check "after the controller restarts, fs1 -> fs2 talks" wait_until 10 ping1 fs1 10.18.0.12
check "after the controller restarts, fs3 -> fs1 talks" ping1 fs3 10.18.0.11
check "LAN -> s1 TCP after the restart" server_tcp 1 6004
