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
# The server agent on a host of its own: a network namespace with its own Open vSwitch, a veth for the
# uplink NIC (its peer in a second namespace, the LAN) with the host's address and routes. `daolinet-agent
# setup` registers the server with the sandbox's controller (REST through a relay on unix sockets),
# makes the bridge (the NIC in it, fail_mode=secure, OpenFlow 1.3, the controllers), moves the address
# and routes onto it and starts the Docker driver; again, it changes nothing; `teardown` restores the
# host exactly, deregisters the server and stops the driver.
. "$(dirname "$0")/../lib.sh"

OVS=$CASE_TMP/ovs
AGENT_STATE=$CASE_TMP/agent
DRIVER_SOCK=$CASE_TMP/agent-driver.sock
PIDS=()

# the host (network and mount namespace) and the LAN (network namespace): processes that hold them
setsid unshare --net --mount --propagation private -- sleep infinity </dev/null >/dev/null 2>&1 &
HOST=$!
PIDS+=("$HOST")
setsid unshare --net -- sleep infinity </dev/null >/dev/null 2>&1 &
LAN=$!
PIDS+=("$LAN")
for ((i = 0; i < 100; i++)); do
  [ "$(readlink "/proc/$HOST/ns/net")" != "$(readlink /proc/self/ns/net)" ] \
    && [ "$(readlink "/proc/$LAN/ns/net")" != "$(readlink /proc/self/ns/net)" ] && break
  sleep 0.02
done
hx() { nsenter -t "$HOST" -n -m -- env OVS_RUNDIR="$OVS" OVS_DBDIR="$OVS" OVS_LOGDIR="$OVS" OVS_SYSCONFDIR="$OVS" "$@"; }
lanx() { nsenter -t "$LAN" -n -- "$@"; }
agent() {
  hx env DAOLI_HOST=http://127.0.0.1:8181 DAOLI_USER="${DAOLI_SANDBOX_USER:-onos}" \
    DAOLI_PASSWORD="${DAOLI_SANDBOX_PASSWORD:-rocks}" DAOLI_AGENT_STATE="$AGENT_STATE" "$REPO/tools/daolinet-agent" "$@"
}

agent_cleanup() {
  set +e
  [ -s "$AGENT_STATE/agent.conf" ] && agent teardown >/dev/null 2>&1
  local f pid
  for f in "$OVS"/ovs-vswitchd.pid "$OVS"/ovsdb-server.pid; do
    [ -s "$f" ] && pid=$(cat "$f") && kill -TERM "$pid" 2>/dev/null
  done
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
}
trap 'rc=$?; agent_cleanup; (exit $rc); case_cleanup' EXIT

# the host's Open vSwitch (user space datapath: no kernel module here)
mkdir -p "$OVS"
hx ovsdb-tool create "$OVS/conf.db" /usr/share/openvswitch/vswitch.ovsschema
hx ovsdb-server --detach --no-chdir --pidfile --log-file -vconsole:off --remote="punix:$OVS/db.sock" "$OVS/conf.db" 2>/dev/null
hx ovs-vsctl --no-wait init
hx ovs-vswitchd --detach --no-chdir --pidfile --log-file -vconsole:off 2>/dev/null

# the REST API of the sandbox's controller (host namespace) at 127.0.0.1:8181 inside the host
setsid socat "UNIX-LISTEN:$CASE_TMP/rest.sock,fork,mode=600" "TCP:${DAOLI_SANDBOX_HTTP:-127.0.0.1:8181}" \
  </dev/null >/dev/null 2>&1 &
PIDS+=("$!")
hx ip link set lo up
hx sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
setsid nsenter -t "$HOST" -n -- socat TCP-LISTEN:8181,bind=127.0.0.1,fork,reuseaddr "UNIX-CONNECT:$CASE_TMP/rest.sock" \
  </dev/null >/dev/null 2>&1 &
PIDS+=("$!")

# the uplink NIC with the host's address and routes, the LAN at its other end
hx ip link add nic0 type veth peer name lan0
hx ip link set lan0 netns "$LAN"
lanx ip addr add 10.99.0.1/24 dev lan0
lanx ip link set lan0 up
hx ip addr add 10.99.0.2/24 dev nic0
hx ip link set nic0 up
hx ip route add default via 10.99.0.1
hx ip route add 10.98.0.0/24 via 10.99.0.1 metric 5
NIC_MAC=$(hx ip -br link show dev nic0 | awk '{print $3}')
snapshot() { hx ip -4 -br addr; hx ip -4 route; hx ip -br link | awk '{print $1}' | sort; }
before=$(snapshot)

t0=$(now)
check "daolinet-agent setup" agent setup --nic nic0 --controllers 10.99.0.1,10.99.0.3:6633 --name agent1 \
  --bridge br-dl --datapath netdev --driver-socket "$DRIVER_SOCK" --docker-socket "$CASE_TMP/docker.sock"
log "setup took $(since "$t0") s (driver start included)"

server_is() {
  [ "$(sb rest GET servers/agent1 | jq -r '[.deviceId, .uplinkPort, .ip, (.mac | ascii_downcase)] | join(" ")')" \
    = "of:0000${NIC_MAC//:/} nic0 10.99.0.2 $NIC_MAC" ]
}
check "the server is registered: device of the bridge, uplink, IP and MAC of the NIC" server_is
check "the NIC is the bridge's port" test "$(hx ovs-vsctl port-to-br nic0)" = br-dl
check "fail_mode=secure" test "$(hx ovs-vsctl get bridge br-dl fail_mode)" = secure
check "OpenFlow 1.3" test "$(hx ovs-vsctl get bridge br-dl protocols)" = '[OpenFlow13]'
check "the controllers" test "$(hx ovs-vsctl get-controller br-dl | sort | tr '\n' ' ')" \
  = "tcp:10.99.0.1:6653 tcp:10.99.0.3:6633 "
check "the bridge has the NIC's MAC" test "$(hx ip -br link show dev br-dl | awk '{print $3}')" = "$NIC_MAC"
check "the address is on the bridge, not on the NIC" \
  test "$(hx ip -4 -br addr show dev br-dl | awk '{print $3}')/$(hx ip -4 -br addr show dev nic0 | awk '{print $3}')" \
  = "10.99.0.2/24/"
check "the routes go through the bridge" \
  test "$(hx ip -4 route show dev br-dl | grep -v 'proto kernel' | tr '\n' ';')" \
  = "default via 10.99.0.1 ;10.98.0.0/24 via 10.99.0.1 metric 5 ;"
activate() { curl -sf --max-time 2 --unix-socket "$DRIVER_SOCK" -X POST http://plugin/Plugin.Activate | grep -q NetworkDriver; }
check "the Docker driver answers on its socket" activate
driver_pid=$(cut -d' ' -f1 "$AGENT_STATE/driver.pid")
check "the driver runs in the host's namespace" \
  test "$(readlink "/proc/$driver_pid/ns/net")" = "$(readlink "/proc/$HOST/ns/net")"

check "setup again succeeds" agent setup --nic nic0 --controllers 10.99.0.1,10.99.0.3:6633 --name agent1 \
  --bridge br-dl --datapath netdev --driver-socket "$DRIVER_SOCK" --docker-socket "$CASE_TMP/docker.sock"
check "... and keeps the same driver" test "$(cut -d' ' -f1 "$AGENT_STATE/driver.pid")" = "$driver_pid"
check "... and one address on the bridge" test "$(hx ip -4 -o addr show dev br-dl | wc -l)" = 1
check_not "setup with another NIC is refused" agent setup --nic lo --controllers 10.99.0.1 --name agent1 \
  --bridge br-dl --no-driver

t0=$(now)
check "daolinet-agent teardown" agent teardown
log "teardown took $(since "$t0") s"
check "the host's addresses, routes and links are exactly as before" test "$(snapshot)" = "$before"
check "the bridge is gone" test "$(hx ovs-vsctl list-br | wc -l)" = 0
check_not "the server is deregistered" sb rest GET servers/agent1
check "the driver has ended" wait_until 5 test ! -d "/proc/$driver_pid"
check "teardown again is harmless" agent teardown
