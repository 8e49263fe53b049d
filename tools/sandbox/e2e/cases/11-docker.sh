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
# e2e: docker
# Docker on DaoliNet through the daolinet network driver: the same network created on two servers'
# Docker daemons is one DaoliNet network; `docker run --network` plugs each container into its server's
# bridge and registers it under its Docker name; they ping each other across servers; `daolictl
# disconnect` cuts a running ping at once and `daolictl clear` restores it; `docker rm -f` deregisters
# the container, revokes its routes and removes its ports; a registration DaoliNet refuses fails
# `docker run` and leaves nothing behind; `daolictl container move` re-creates a container on another
# server, keeping its id and VIP; the DaoliNet network goes with the last Docker network.
. "$(dirname "$0")/../lib.sh"

t0=$(now)
mk_dnet dnet 10.5.0.0/24 s1 s2
log "docker network create -d daolinet on s1 and s2: $(since "$t0") s"
networks_named() { sb rest GET networks | jq --arg n "$1" '[.networks[] | select(.name == $n)] | length'; }
# networks_are NAME N: the controller has N networks of that name (for wait_until)
networks_are() { test "$(networks_named "$1")" = "$2"; }
check "the two servers' Docker networks are one DaoliNet network" wait_until 5 networks_are dnet 1
check "it has the subnet and gateway of Docker's IPAM" \
  test "$(sb rest GET networks/default/dnet | jq -r '.cidr + " " + .gateway')" = "10.5.0.0/24 10.5.0.1"

t0=$(now)
mk_dct dk1 s1 dnet 10.5.0.11
log "docker run dk1 on s1: $(since "$t0") s"
t0=$(now)
mk_dct dk2 s2 dnet 10.5.0.12
log "docker run dk2 on s2: $(since "$t0") s"

# registered NAME SERVER_DPID IP: the controller has the container under its Docker name, there, with
# the MAC Docker gave its interface
registered() {
  local json mac
  json=$(sb rest GET "containers/$1") || return 1
  mac=$(dk "s${2: -1}" inspect -f '{{(index .NetworkSettings.Networks "dnet").MacAddress}}' "$1")
  [ "$(jq -r '.server + " " + .ip + " " + (.mac | ascii_downcase)' <<<"$json")" = "$2 $3 $mac" ]
}
check "dk1 is registered on s1 with its IP and Docker's MAC" registered dk1 of:0000000000000001 10.5.0.11
check "dk2 is registered on s2 with its IP and Docker's MAC" registered dk2 of:0000000000000002 10.5.0.12
check "daolictl container list shows both Docker names" \
  test "$(ctl container list | awk '$2 == "dk1" || $2 == "dk2" { print $2 }' | sort | tr '\n' ' ')" = "dk1 dk2 "

t0=$(now)
check "dk1 (s1) pings dk2 (s2)" dping s1 dk1 10.5.0.12
log "first ping across servers answered in $(since "$t0") s (docker exec included)"
check "dk2 (s2) pings dk1 (s1)" dping s2 dk2 10.5.0.11

# replies FILE: the echo replies a ping has printed so far
replies() { local n; n=$(grep -c 'bytes from' "$1" 2>/dev/null) || true; echo "${n:-0}"; }

# cut_by_disconnect: a ping from dk1 runs (iputils ping in dk1's network namespace, for its
# timestamps); daolictl disconnect; no reply may come later than 0.25 s after daolictl returned (it
# returns once the controller has revoked the routes; its own start-up takes the JVM a second or two)
cut_by_disconnect() {
  local out=$CASE_TMP/ping-cut pid pinger i t0 t1 late
  pid=$(dk s1 inspect -f '{{.State.Pid}}' dk1)
  nsenter -t "$pid" -n ping -n -D -i 0.1 -W 1 -c 100 10.5.0.12 > "$out" 2>&1 &
  pinger=$!
  for ((i = 0; i < 50; i++)); do [ "$(replies "$out")" -ge 10 ] && break; sleep 0.1; done
  [ "$(replies "$out")" -ge 10 ] || { kill "$pinger"; fail "the ping did not run (no 10 replies)"; }
  t0=$(now)
  ctl disconnect dk1:dk2 >/dev/null
  t1=$(now)
  log "daolictl disconnect took $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s (JVM start included)"
  sleep 2
  kill "$pinger" 2>/dev/null || true
  wait "$pinger" 2>/dev/null || true
  late=$(sed -n 's/^\[\([0-9.]*\)\].*bytes from.*/\1/p' "$out" | awk -v t="$t1" '$1 > t + 0.25 { n++ } END { print n + 0 }')
  log "$(replies "$out") replies, $late later than 0.25 s after daolictl disconnect returned"
  [ "$late" = 0 ]
}
check "daolictl disconnect dk1:dk2 cuts a running ping at once" cut_by_disconnect
check_not "dk2 does not answer dk1 while disconnected" dping s1 dk1 10.5.0.12
ctl clear dk1:dk2 >/dev/null
check "daolictl clear dk1:dk2 restores it" dping s1 dk1 10.5.0.12

t0=$(now)
dk s2 rm -f dk2 >/dev/null
log "docker rm -f dk2: $(since "$t0") s"
check "dk2 is gone from daolictl container list" test "$(ctl container list | awk '$2 == "dk2"' | wc -l)" = 0
no_routes() { test "$(routes_of "$1")" = 0; }
check "no route of dk1 is left" wait_until 3 no_routes dk1
check "s2 has no container or gateway port left" test "$(sb exec --server s2 -- ip -o link | grep -c ': dl')" = 0
check "the driver of s2 forgot the endpoint" test "$(find "$DAOLI_SANDBOX_DIR/s2/driver/endpoints" -type f | wc -l)" = 0

# a network whose name DaoliNet has with another subnet: Docker creates it, its first container fails
mk_dnet dclash 10.8.0.0/24 s1
check "dclash is registered from s1" wait_until 5 networks_are dclash 1
mk_dnet dclash 10.9.0.0/24 s2
CREATED_DCTS+=("s2 dk3")
check_not "docker run on s2's dclash (10.9.0.0/24) fails" \
  dk s2 run -d --name dk3 --network dclash --ip 10.9.0.5 daolinet/busybox sleep 60
check "the error says why" \
  sh -c "'$SB' docker s2 -- start dk3 2>&1 | grep -q 'DaoliNet refused network default/dclash'"
check "dk3 is not registered" test "$(ctl container list | awk '$2 == "dk3"' | wc -l)" = 0
check "s2 has no port left" test "$(sb exec --server s2 -- ip -o link | grep -c ': dl')" = 0
check_not "with -o daolinet.name the clash fails docker network create at once" \
  dk s2 network create -d daolinet --subnet 10.9.0.0/24 -o daolinet.name=dclash dclash2

# daolictl container move: dk1 is re-created on s2 (same network, IP, MAC, command) and keeps its
# DaoliNet id and VIP; the old one goes once the new one runs. A ping from dk4 (s1) runs across the
# move: the first reply after the new dk1 started comes within 1 s of its start.
mk_dct dk4 s1 dnet 10.5.0.14
check "dk4 (s1) pings dk1 (s1)" dping s1 dk4 10.5.0.11
reg_of() { sb rest GET "containers/$1" | jq -r '.id + " " + .vip + " " + .ip + " " + (.mac | ascii_downcase) + " " + .server'; }
docker_mac() { dk "$1" inspect -f '{{(index .NetworkSettings.Networks "dnet").MacAddress}}' "$2"; }
before=$(reg_of dk1)
mac_before=$(docker_mac s1 dk1)
move_to() {  # NAME SERVER
  ctl container move "$1" --node "$2" --docker "s1=unix://$DAOLI_SANDBOX_DIR/s1/docker.sock" \
    --docker "s2=unix://$DAOLI_SANDBOX_DIR/s2/docker.sock"
}
pid4=$(dk s1 inspect -f '{{.State.Pid}}' dk4)
nsenter -t "$pid4" -n ping -n -D -i 0.1 -W 1 -w 60 10.5.0.11 > "$CASE_TMP/ping-move" 2>&1 &
pinger=$!
for ((i = 0; i < 50; i++)); do [ "$(replies "$CASE_TMP/ping-move")" -ge 5 ] && break; sleep 0.1; done
t0=$(now)
move_dk1() { move_to dk1 s2 >/dev/null; }
check "daolictl container move dk1 --node s2" move_dk1
log "move took $(since "$t0") s (daolictl's JVM start included)"
CREATED_DCTS+=("s2 dk1")
sleep 2
kill "$pinger" 2>/dev/null || true
wait "$pinger" 2>/dev/null || true
check "dk1 runs on s2 and is gone from s1" \
  test "$(dk s2 ps -q -f name=^dk1$ | wc -l) $(dk s1 ps -aq -f name=^dk1$ | wc -l)" = "1 0"
check "dk1 keeps its id, VIP, IP and MAC, registered on s2" \
  test "$(reg_of dk1)" = "${before% *} of:0000000000000002"
check "Docker gave the new dk1 the same MAC" test "$(docker_mac s2 dk1)" = "$mac_before"
started=$(date -d "$(dk s2 inspect -f '{{.State.StartedAt}}' dk1)" +%s.%N)
first=$(sed -n 's/^\[\([0-9.]*\)\].*bytes from.*/\1/p' "$CASE_TMP/ping-move" \
  | awk -v t="$started" '$1 >= t { print; exit }')
gap=$(sed -n 's/^\[\([0-9.]*\)\].*bytes from.*/\1/p' "$CASE_TMP/ping-move" \
  | awk 'NR > 1 && $1 - p > g { g = $1 - p } { p = $1 } END { printf "%.2f", g }')
log "first reply $(awk -v a="$started" -v b="${first:-0}" 'BEGIN { printf "%.2f", b - a }') s after the new dk1 started; longest gap between replies across the move $gap s"
check "dk4 reaches dk1 within 1 s of the new dk1 starting" \
  test -n "$first" -a "$(awk -v a="$started" -v b="${first:-0}" 'BEGIN { print (b - a <= 1) }')" = 1
check "dk4 (s1) pings dk1, now on s2" dping s1 dk4 10.5.0.11

# a re-create that fails: s2 has an image of the same name without a sleep binary, so the new dk5 is
# created but cannot start; the old dk5 keeps running and registered on s1, reachable as before
dk s1 tag daolinet/busybox daolinet/moving
tar -cf - -T /dev/null | dk s2 import - daolinet/moving >/dev/null
dk s1 run -d --name dk5 --network dnet --ip 10.5.0.15 daolinet/moving sleep 3600 >/dev/null
CREATED_DCTS+=("s1 dk5")
check "dk4 (s1) pings dk5 (s1)" dping s1 dk4 10.5.0.15
before5=$(reg_of dk5)
s2_ports() { sb exec --server s2 -- ip -o link | grep -c ': dl'; }
ports_before=$(s2_ports)
move_fails() {
  local out rc=0
  out=$(move_to dk5 s2 2>&1) || rc=$?
  log "daolictl: ${out//$'\n'/ }"
  [ "$rc" = 2 ] && grep -q "stays on s1" <<<"$out"
}
check "daolictl container move dk5 --node s2 fails with exit 2, saying dk5 stays on s1" move_fails
check "dk5 still runs on s1; s2 has no dk5" \
  test "$(dk s1 ps -q -f name=^dk5$ | wc -l) $(dk s2 ps -aq -f name=^dk5$ | wc -l)" = "1 0"
after5=$(reg_of dk5)
check "dk5 is registered on s1 with its id, IP and MAC" \
  test "$(cut -d' ' -f1,3- <<<"$after5")" = "$(cut -d' ' -f1,3- <<<"$before5")"
# (s2's driver deregistered dk5 when Docker undid the failed start, so it may have a new VIP)
log "dk5's VIP $(cut -d' ' -f2 <<<"$before5") before, $(cut -d' ' -f2 <<<"$after5") after"
check "dk4 (s1) pings dk5 (s1) again" dping s1 dk4 10.5.0.15
check "s2 has no port left of dk5" test "$(s2_ports)" = "$ports_before"
dk s1 rm -f dk5 >/dev/null
dk s1 rm -f dk4 >/dev/null

dk s1 network rm dnet >/dev/null
check "the DaoliNet network stays while dk1 uses it on s2" test "$(networks_named dnet)" = 1
dk s2 rm -f dk1 >/dev/null
dk s2 network rm dnet >/dev/null
check "the last docker network rm deletes the DaoliNet network" test "$(networks_named dnet)" = 0
