#!/bin/bash
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
# ovs-smoke.sh - the sandbox controller against real Open vSwitch, by hand: two servers (OVS bridges with the
# userspace datapath, in a private network and mount namespace, their uplinks cabled together), three containers
# (network namespaces: two on s1, one on s2), registered through REST; pings on one server and across servers
# must get their first reply (hot-plug routes), the rules must show in dump-flows, and they must expire after the
# idle timeout set with `cfg set`.
#
# Needs root, openvswitch-switch, iproute2, iputils-ping, ethtool, curl, python3 and a build of tools/sandbox
# (mvn -B install). Everything it starts it stops by PID; everything it creates goes with its namespaces.
# Usage: tools/sandbox/ovs-smoke.sh [HTTP_PORT]   (KEEP=1 leaves it running until Enter is pressed)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ARGFILE=$HERE/target/sandbox.argfile
PORT=${1:-28181}
API=http://127.0.0.1:$PORT/onos/daolinet
AUTH=onos:rocks
[ "$(id -u)" = 0 ] || { echo "ovs-smoke: needs root" >&2; exit 1; }
[ -f "$ARGFILE" ] || { echo "ovs-smoke: no $ARGFILE; build first (mvn -B install)" >&2; exit 1; }

DIR=$(mktemp -d /tmp/daolinet-smoke.XXXXXX)
export OVS_RUNDIR=$DIR/ovs OVS_DBDIR=$DIR/ovs OVS_LOGDIR=$DIR/ovs OVS_SYSCONFDIR=$DIR/ovs
mkdir -p "$OVS_RUNDIR"
CTRL=""
HOLDER=""
ms() { date +%s%3N; }
in_ns() { nsenter -t "$HOLDER" -n -m -- "$@"; }
shell() { java @"$ARGFILE" org.daolinet.sandbox.ShellClient "$DIR" "$@"; }
rest() { curl -sS -u "$AUTH" -H 'Content-Type: application/json' "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

cleanup() {
  local rc=$?
  if [ -n "$HOLDER" ]; then
    for d in ovs-vswitchd ovsdb-server; do
      [ -f "$OVS_RUNDIR/$d.pid" ] || continue
      pid=$(cat "$OVS_RUNDIR/$d.pid")
      in_ns ovs-appctl -t "$OVS_RUNDIR/$d.$pid.ctl" exit >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
      for _ in $(seq 100); do [ -e "$OVS_RUNDIR/$d.pid" ] || break; sleep 0.05; done
    done
    kill "$HOLDER" 2>/dev/null || true
    wait "$HOLDER" 2>/dev/null || true
  fi
  if [ -n "$CTRL" ]; then
    kill -TERM "$CTRL" 2>/dev/null || true
    wait "$CTRL" 2>/dev/null || true
  fi
  if [ $rc -ne 0 ]; then
    echo "FAILED (rc=$rc); controller log:"
    tail -40 "$DIR/controller.log" 2>/dev/null || true
    tail -10 "$OVS_LOGDIR/ovs-vswitchd.log" 2>/dev/null || true
  fi
  rm -rf "$DIR"
  exit $rc
}
trap cleanup EXIT

t0=$(ms)
java @"$ARGFILE" org.daolinet.sandbox.SandboxMain --dir "$DIR" --http "127.0.0.1:$PORT" &
CTRL=$!
for _ in $(seq 600); do
  [ -f "$DIR/ready" ] && break
  kill -0 "$CTRL" 2>/dev/null || { echo "controller died"; exit 1; }
  sleep 0.1
done
[ -f "$DIR/ready" ] || { echo "controller not ready after 60 s"; exit 1; }
echo "controller ready in $(( $(ms) - t0 )) ms"

# the "server": its own network and mount namespace, held by a sleeping process
unshare --net --mount --propagation private sleep infinity &
HOLDER=$!
for _ in $(seq 100); do
  [ "$(readlink /proc/$HOLDER/ns/net)" != "$(readlink /proc/self/ns/net)" ] && break
  sleep 0.01
done
mkdir -p /run/netns
in_ns mount -t tmpfs tmpfs /run/netns
in_ns ip link set lo up
in_ns ovsdb-tool create "$OVS_DBDIR/conf.db" /usr/share/openvswitch/vswitch.ovsschema
in_ns ovsdb-server --detach --no-chdir --pidfile --log-file -vconsole:off \
  --remote=punix:"$OVS_RUNDIR/db.sock" "$OVS_DBDIR/conf.db"
in_ns ovs-vsctl --no-wait init
in_ns ovs-vswitchd --detach --no-chdir --pidfile --log-file -vconsole:off
# ovs-vswitchd connects only to unix sockets under its run directory: a link there leads to the controller's
ln -s "$DIR/openflow.sock" "$OVS_RUNDIR/controller.sock"
# two servers whose uplinks eth1 and eth2 are the two ends of one cable (the LAN)
in_ns ip link add eth1 type veth peer name eth2
for k in 1 2; do
  in_ns ovs-vsctl --timeout=10 \
    -- add-br s$k -- set bridge s$k datapath_type=netdev fail_mode=secure protocols=OpenFlow13 \
       other-config:datapath-id=000000000000000$k \
    -- set-controller s$k "unix:$OVS_RUNDIR/controller.sock"
  in_ns ip link set eth$k up
  in_ns ovs-vsctl --timeout=10 add-port s$k eth$k
  in_ns ip link set s$k up
done
# containers c1, c2 on s1 and c3 on s2
for i in 1 2 3; do
  k=$(( i < 3 ? 1 : 2 ))
  in_ns ip netns add c$i
  in_ns ip link add vc-c$i type veth peer name eth0 netns c$i
  in_ns ip link set vc-c$i up
  in_ns ovs-vsctl --timeout=10 add-port s$k vc-c$i
  in_ns ip netns exec c$i sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
  in_ns ip -n c$i link set lo up
  in_ns ip -n c$i link set eth0 address 02:00:0a:01:00:1$i
  in_ns ip -n c$i addr add 10.1.0.1$i/24 dev eth0
  in_ns ip -n c$i link set eth0 up
  in_ns ip -n c$i route add default via 10.1.0.1
  in_ns ip netns exec c$i ethtool -K eth0 tx off >/dev/null
done
for p in eth1 eth2 vc-c1 vc-c2 vc-c3; do
  [ "$(in_ns ovs-vsctl get Interface $p ofport)" != "-1" ] || { echo "port $p failed"; exit 1; }
done
for _ in $(seq 100); do
  shell ports of:0000000000000002 2>/dev/null | grep -q vc-c3 && break
  sleep 0.1
done
shell devices
shell ports

# registration, as the server agent and the Docker driver do it
NET=$(rest -X POST "$API/networks" -d '{"tenant":"acme","name":"web","cidr":"10.1.0.0/24"}')
GWPORT=$(echo "$NET" | json "['gatewayPort']")
GWMAC=$(echo "$NET" | json "['gatewayMac']")
GW=$(echo "$NET" | json "['gateway']")
for k in 1 2; do
  MAC=$(in_ns ip -o link show s$k | sed -n 's/.*link\/ether \([0-9a-f:]*\).*/\1/p')
  rest -X POST "$API/servers" -d "{\"deviceId\":\"of:000000000000000$k\",\"name\":\"s$k\",\"uplinkPort\":\"eth$k\",
    \"ip\":\"192.168.100.$k\",\"mac\":\"$MAC\"}" >/dev/null
done
# the network's gateway port (the server agent's job); the servers share one namespace here, so only s1 has one
in_ns ovs-vsctl --timeout=10 add-port s1 "$GWPORT" -- set Interface "$GWPORT" type=internal
in_ns ip link set "$GWPORT" address "$GWMAC"
in_ns ip addr add "$GW/24" dev "$GWPORT"
in_ns ip link set "$GWPORT" up
for i in 1 2 3; do
  k=$(( i < 3 ? 1 : 2 ))
  rest -X POST "$API/containers" -d "{\"id\":\"c${i}c${i}c${i}c${i}c${i}c${i}\",\"name\":\"c$i\",\"tenant\":\"acme\",
    \"network\":\"web\",\"ip\":\"10.1.0.1$i\",\"mac\":\"02:00:0a:01:00:1$i\",\"server\":\"s$k\",\"portName\":\"vc-c$i\"}" \
    >/dev/null
done
shell daolinet-servers
shell daolinet-containers

# short-lived routes, to see them expire; set live, as an operator would
shell cfg set org.daolinet.impl.RoutingManager idleJitter 0
shell cfg set org.daolinet.impl.RoutingManager idleTimeout 3

for target in 12 13; do
  echo "--- ping c1 -> 10.1.0.$target (the first packet goes through the controller)"
  in_ns ip netns exec c1 ping -c 5 -i 0.2 -W 2 10.1.0.$target | tee "$DIR/ping.txt"
  grep -q "icmp_seq=1 " "$DIR/ping.txt" || { echo "first packet got no reply"; exit 1; }
  grep -q " 0% packet loss" "$DIR/ping.txt" || { echo "packets lost"; exit 1; }
done
for k in 1 2; do
  echo "--- dump-flows s$k"
  in_ns ovs-ofctl -O OpenFlow13 dump-flows s$k | tee "$DIR/flows.txt"
  grep -q "idle_timeout=3, .*priority=40000" "$DIR/flows.txt" || { echo "no route rules on s$k"; exit 1; }
done
shell daolinet-routes
shell flows -s added of:0000000000000002

echo "--- after the idle timeout the routes go with their rules"
sleep 5
for k in 1 2; do
  if in_ns ovs-ofctl -O OpenFlow13 dump-flows s$k | grep -q "priority=40000"; then
    echo "route rules still on s$k after their idle timeout"; exit 1
  fi
done
[ "$(shell daolinet-routes -j | json '.__len__()')" = 0 ] || { echo "routes not forgotten"; exit 1; }

echo "--- s2 loses its controller (OVS empties its flow table) and gets it back: its rules come back"
in_ns ovs-vsctl --timeout=10 del-controller s2
in_ns ovs-ofctl -O OpenFlow13 dump-flows s2 | grep -q "priority=46000" && { echo "s2 kept its rules"; exit 1; }
in_ns ovs-vsctl --timeout=10 set-controller s2 "unix:$OVS_RUNDIR/controller.sock"
for _ in $(seq 100); do
  in_ns ovs-ofctl -O OpenFlow13 dump-flows s2 | grep -q "priority=46000" && break
  sleep 0.1
done
in_ns ovs-ofctl -O OpenFlow13 dump-flows s2 | grep -c "priority=\(46000\|1000\|900\|5\)," \
  | grep -qx 9 || { echo "s2's permanent rules are not back"; in_ns ovs-ofctl -O OpenFlow13 dump-flows s2; exit 1; }
in_ns ip netns exec c1 ping -c 2 -i 0.2 -W 2 10.1.0.13 | grep -q " 0% packet loss" \
  || { echo "no route to s2 after its reconnection"; exit 1; }

for target in 12 13; do
  echo "--- warm set-ups to 10.1.0.$target: revoke c1's routes, then one ping, 10 times (first-packet RTT in ms)"
  for _ in $(seq 10); do
    rest -X DELETE "$API/routes?container=c1&tenant=acme" >/dev/null
    sleep 0.05
    in_ns ip netns exec c1 ping -c 1 -W 2 10.1.0.$target | sed -n 's/.*time=\([0-9.]*\) ms/\1/p' | tr '\n' ' '
  done
  echo
done
shell daolinet-stats | grep -i "latency\|routesSetUp\|installFailures"
shell packet-processors
echo "PASS in $(( $(ms) - t0 )) ms"
if [ "${KEEP:-0}" = 1 ]; then
  echo "controller: $API (onos:rocks), shell: java @$ARGFILE org.daolinet.sandbox.ShellClient $DIR CMD"
  echo "OVS: nsenter -t $HOLDER -n -m -- env OVS_RUNDIR=$OVS_RUNDIR ovs-ofctl -O OpenFlow13 dump-flows s1"
  read -r -p "Enter ends the sandbox " || true
fi
