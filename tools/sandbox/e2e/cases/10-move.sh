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
# servers: 3
#
# Container mobility: mv1 on s1 pings mv2 on s2 every 0.1 s; mv2 moves to s3 (`container move`) and
# the ping goes on with at most 1 s of missing echoes (missing sequence numbers x 0.1 s). mv2 keeps its
# IP and MAC inside its namespace and its VIP in the controller; afterwards s2 has no rule for it
# (its IP, MAC or VIP) and s3 has its route. Then bursts from three sources (on s1 and s2) while mv2
# moves from s3 to s2: no rule may point to the old location (s3) afterwards, and every source talks.
. "$(dirname "$0")/../lib.sh"

sb status | grep -E '^ +s3 ' >/dev/null || fail "this case needs 3 servers ('# servers: 3'; the runner brings them up)"

mk_net mob 10.20.0.0/24
mk_ct mv1 mob s1 10.20.0.11
mk_ct mv2 mob s2 10.20.0.12
mk_ct mv3 mob s1 10.20.0.13
mk_ct mv4 mob s2 10.20.0.14
IP=10.20.0.12
MAC=$(mac_of mv2 | tr '[:upper:]' '[:lower:]')
VIP=$(ct_field mv2 vip)
srv_mac() { printf '02:00:c0:a8:64:%02x' "$1"; }
log "mv2: $IP $MAC VIP $VIP"
[ -n "$VIP" ] && [ "$VIP" != null ] || fail "mv2 has no VIP"

# for_it SERVER: mv2's rules on a server (any rule matching or writing its IP, MAC or VIP)
word() { sed 's/\./\\./g; s/$/([^0-9a-f]|$)/' <<<"$1"; }
for_it() { rules "$1" "$(word "$IP")|$(word "$MAC")|$(word "$VIP")"; }
# towards SERVER_INDEX: rules on any server that send mv2's traffic to that server (its MAC as the
# destination together with mv2's VIP)
towards() {
  local k n=0
  for k in 1 2 3; do
    n=$((n + $(rules "s$k" "set_field:$(srv_mac "$1")->eth_dst,.*set_field:${VIP//./\\.}->ip_dst")))
  done
  echo "$n"
}
in_ns() { sb exec mv2 -- sh -c 'ip -4 -o addr show dev eth0 | awk "{print \$4}"; cat /sys/class/net/eth0/address'; }
before_ns=$(in_ns | tr '\n' ' ')

check "mv1 (s1) reaches mv2 (s2)" ping1 mv1 $IP

# 1. a running ping across the move s2 -> s3
"$SB" exec mv1 -- ping -n -D -i 0.1 -c 50 -W 1 $IP > "$CASE_TMP/ping" 2>&1 &
pinger=$!
for ((i = 0; i < 50; i++)); do [ "$(grep -c 'bytes from' "$CASE_TMP/ping")" -ge 15 ] && break; sleep 0.1; done
[ "$(grep -c 'bytes from' "$CASE_TMP/ping")" -ge 15 ] || fail "the ping did not run (no 15 replies)"
t_move=$(now)
sb container move mv2 --server s3 > "$CASE_TMP/move"
t_moved=$(now)
log "$(sed 's/^daolinet-sandbox: //' "$CASE_TMP/move")"
wait "$pinger" || true
sent=$(sed -n 's/^\([0-9]*\) packets transmitted.*/\1/p' "$CASE_TMP/ping")
seqs() { sed -n 's/.*bytes from.*icmp_seq=\([0-9]*\) .*/\1/p' "$CASE_TMP/ping" | sort -nu; }
missing=$(seqs | awk -v n="$sent" '{ got[$1] = 1 } END { m = 0; for (i = 1; i <= n; i++) if (!(i in got)) m++; print m }')
stamps() { sed -n 's/^\[\([0-9.]*\)\].*bytes from.*/\1/p' "$CASE_TMP/ping"; }
after=$(stamps | awk -v t="$t_moved" '$1 > t { n++ } END { print n + 0 }')
gap=$(stamps | awk 'NR > 1 && $1 - p > g { g = $1 - p } { p = $1 } END { printf "%d", g * 1000 }')
log "ping: $sent sent, $missing missing = $((missing * 100)) ms of loss over the move" \
  "(it took $(awk -v a="$t_move" -v b="$t_moved" 'BEGIN { printf "%.2f", b - a }') s); longest gap between" \
  "replies $gap ms; $after replies after it"
check "at most 1 s of echoes missing across the move" test "$((missing * 100))" -le 1000
check "the ping went on after the move (10+ replies)" test "$after" -ge 10
check "the last echo was answered" test "$(seqs | tail -n 1)" = "$sent"
after_ns=$(in_ns | tr '\n' ' ')
log "inside mv2: before '$before_ns', after '$after_ns'"
check "mv2 keeps its IP and MAC inside its namespace" test "$after_ns" = "$before_ns"
check "mv2 has its IP and MAC inside its namespace" test "$after_ns" = "$IP/24 $MAC "
check "the controller has mv2 on s3 with the same IP, MAC and VIP" \
  test "$(sb rest GET 'containers/mv2?tenant=default' | jq -r '[.server, .ip, (.mac | ascii_downcase), .vip] | join(" ")')" \
  = "of:0000000000000003 $IP $MAC $VIP"
check "the sandbox has mv2 on s3" test "$(sb status | awk '$1 == "default/mv2" { print $5 }')" = s3
sb flows s2 s3 | sed 's/^/    /'
check "s2 has no rule for mv2 (its IP, MAC or VIP)" test "$(for_it s2)" = 0
check "s3 has mv2's route (in from its port)" test "$(rules s3 'in_port="?vc-mv2"?,')" -ge 1
check "s3 has mv2's route (out to its port)" test "$(rules s3 'output:"?vc-mv2"?$')" -ge 1
check "no rule sends mv2's traffic to s2 any more" test "$(towards 2)" = 0
check "s1 sends mv2's traffic to s3" test "$(towards 3)" -ge 1

# 2. a move s3 -> s2 while three sources send bursts (200 echoes/s, pauses) that keep set-ups coming
bursts() {  # SRC
  "$SB" exec "$1" -- sh -c "for i in \$(seq 18); do ping -n -q -i 0.005 -c 20 -W 1 $IP; sleep 0.05; done" \
    > "$CASE_TMP/burst-$1" 2>&1 &
}
counters() { sb rest GET stats | jq -r '.counters | "\(.routesSetUp) \(.unroutable) \(.staleSetups) \(.revocations)"'; }
read -r set0 unr0 stale0 rev0 < <(counters)
bursts mv1
b1=$!
bursts mv3
b3=$!
bursts mv4
b4=$!
sleep 1
sb container move mv2 --server s2 > "$CASE_TMP/move2"
log "$(sed 's/^daolinet-sandbox: //' "$CASE_TMP/move2")"
wait "$b1" "$b3" "$b4" || true
for s in mv1 mv3 mv4; do
  log "$s: $(grep -c ' 0% packet loss' "$CASE_TMP/burst-$s") of 18 bursts without loss," \
    "$(awk '/packets transmitted/ { r += $4 } END { print r + 0 }' "$CASE_TMP/burst-$s") echoes answered"
done
read -r set1 unr1 stale1 rev1 < <(counters)
log "controller meanwhile: $((set1 - set0)) route set-ups, $((rev1 - rev0)) revocations, $((unr1 - unr0)) unroutable" \
  "PacketIns (mv2 between two ports), $((stale1 - stale0)) set-ups undone as stale"
sb flows | sed 's/^/    /'
check "s3 (the old location) has no rule for mv2" test "$(for_it s3)" = 0
check "no rule sends mv2's traffic to s3 (the old location)" test "$(towards 3)" = 0
check "mv1 (s1) reaches mv2 on s2" ping1 mv1 $IP
check "mv3 (s1) reaches mv2 on s2" ping1 mv3 $IP
check "mv4 (s2, now the same server) reaches mv2" ping1 mv4 $IP
check "s1 sends mv2's traffic to s2" test "$(towards 2)" -ge 1
check "still no rule for mv2 on s3" test "$(for_it s3)" = 0
check "mv2 still has its IP and MAC inside its namespace" test "$(in_ns | tr '\n' ' ')" = "$IP/24 $MAC "
