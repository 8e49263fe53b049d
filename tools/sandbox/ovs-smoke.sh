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
# ovs-smoke.sh - the sandbox controller against real Open vSwitch, by hand: one server (an OVS bridge with the
# userspace datapath, in a private network and mount namespace), two containers (network namespaces on the
# bridge), registered through REST; a ping must get its first reply (hot-plug routes), the rules must show in
# dump-flows, and they must expire after the idle timeout set with `cfg set`.
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
in_ns ovs-vsctl --timeout=10 \
  -- add-br s1 -- set bridge s1 datapath_type=netdev fail_mode=secure protocols=OpenFlow13 \
     other-config:datapath-id=0000000000000001 \
  -- set-controller s1 "unix:$OVS_RUNDIR/controller.sock"
in_ns ip link add eth1 type veth peer name lan1
in_ns ip link set eth1 up
in_ns ip link set lan1 up
in_ns ovs-vsctl --timeout=10 add-port s1 eth1
in_ns ip addr add 192.168.100.1/24 dev s1
in_ns ip link set s1 up
for i in 1 2; do
  in_ns ip netns add c$i
  in_ns ip link add vc-c$i type veth peer name eth0 netns c$i
  in_ns ip link set vc-c$i up
  in_ns ovs-vsctl --timeout=10 add-port s1 vc-c$i
  in_ns ip netns exec c$i sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
  in_ns ip -n c$i link set lo up
  in_ns ip -n c$i link set eth0 address 02:00:0a:01:00:1$i
  in_ns ip -n c$i addr add 10.1.0.1$i/24 dev eth0
  in_ns ip -n c$i link set eth0 up
  in_ns ip -n c$i route add default via 10.1.0.1
  in_ns ip netns exec c$i ethtool -K eth0 tx off >/dev/null
done
for p in eth1 vc-c1 vc-c2; do
  [ "$(in_ns ovs-vsctl get Interface $p ofport)" != "-1" ] || { echo "port $p failed"; exit 1; }
done
for _ in $(seq 100); do
  shell ports of:0000000000000001 2>/dev/null | grep -q vc-c2 && break
  sleep 0.1
done
shell devices
shell ports of:0000000000000001

S1MAC=$(in_ns ip -o link show s1 | sed -n 's/.*link\/ether \([0-9a-f:]*\).*/\1/p')
rest -X POST "$API/servers" -d "{\"deviceId\":\"of:0000000000000001\",\"name\":\"s1\",\"uplinkPort\":\"eth1\",
  \"ip\":\"192.168.100.1\",\"mac\":\"$S1MAC\"}" >/dev/null
NET=$(rest -X POST "$API/networks" -d '{"tenant":"acme","name":"web","cidr":"10.1.0.0/24"}')
GWPORT=$(echo "$NET" | json "['gatewayPort']")
GWMAC=$(echo "$NET" | json "['gatewayMac']")
GW=$(echo "$NET" | json "['gateway']")
in_ns ovs-vsctl --timeout=10 add-port s1 "$GWPORT" -- set Interface "$GWPORT" type=internal
in_ns ip link set "$GWPORT" address "$GWMAC"
in_ns ip addr add "$GW/24" dev "$GWPORT"
in_ns ip link set "$GWPORT" up
for i in 1 2; do
  rest -X POST "$API/containers" -d "{\"id\":\"c${i}c${i}c${i}c${i}c${i}c${i}\",\"name\":\"c$i\",\"tenant\":\"acme\",
    \"network\":\"web\",\"ip\":\"10.1.0.1$i\",\"mac\":\"02:00:0a:01:00:1$i\",\"server\":\"s1\",\"portName\":\"vc-c$i\"}" \
    >/dev/null
done
shell daolinet-containers

# short-lived routes, to see them expire; set live, as an operator would
shell cfg set org.daolinet.impl.RoutingManager idleJitter 0
shell cfg set org.daolinet.impl.RoutingManager idleTimeout 3

echo "--- ping c1 -> c2 (the first packet goes through the controller)"
in_ns ip netns exec c1 ping -c 5 -i 0.2 -W 2 10.1.0.12 | tee "$DIR/ping.txt"
grep -q "icmp_seq=1 " "$DIR/ping.txt" || { echo "first packet got no reply"; exit 1; }
grep -q " 0% packet loss" "$DIR/ping.txt" || { echo "packets lost"; exit 1; }
echo "--- dump-flows s1"
in_ns ovs-ofctl -O OpenFlow13 dump-flows s1 | tee "$DIR/flows.txt"
grep -q "idle_timeout=3, .*priority=40000" "$DIR/flows.txt" || { echo "no route rules on s1"; exit 1; }
shell daolinet-routes
shell flows -s added of:0000000000000001

echo "--- after the idle timeout the routes go with their rules"
sleep 5
if in_ns ovs-ofctl -O OpenFlow13 dump-flows s1 | grep -q "priority=40000"; then
  echo "route rules still there after their idle timeout"; exit 1
fi
[ "$(shell daolinet-routes -j | json '.__len__()')" = 0 ] || { echo "routes not forgotten"; exit 1; }

echo "--- warm set-ups: revoke c1's routes, then one ping, 10 times (first-packet RTT in ms)"
for _ in $(seq 10); do
  rest -X DELETE "$API/routes?container=c1&tenant=acme" >/dev/null
  in_ns ip netns exec c1 ping -c 1 -W 2 10.1.0.12 | sed -n 's/.*time=\([0-9.]*\) ms/\1/p' | tr '\n' ' '
done
echo
shell daolinet-stats | grep -i "latency\|routesSetUp\|installFailures"
echo "PASS in $(( $(ms) - t0 )) ms"
if [ "${KEEP:-0}" = 1 ]; then
  echo "controller: $API (onos:rocks), shell: java @$ARGFILE org.daolinet.sandbox.ShellClient $DIR CMD"
  echo "OVS: nsenter -t $HOLDER -n -m -- env OVS_RUNDIR=$OVS_RUNDIR ovs-ofctl -O OpenFlow13 dump-flows s1"
  read -r -p "Enter ends the sandbox "
fi
