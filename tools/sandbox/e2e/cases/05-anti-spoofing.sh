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
# Anti-spoofing: a container is bound to its server, port, MAC and IP. When sp2 takes sp1's IP, sp1's
# MAC, or both, inside its namespace, nothing it sends reaches sp3 (its packets are counted at sp3's
# interface; sp2 is given sp3's MAC statically so that its packets really go out); with its own
# identity back, sp2 talks again.
. "$(dirname "$0")/../lib.sh"

mk_net spoof 10.15.0.0/24
mk_ct sp1 spoof s1 10.15.0.11
mk_ct sp2 spoof s1 10.15.0.12
mk_ct sp3 spoof s2 10.15.0.13
mac1=$(mac_of sp1) mac2=$(mac_of sp2) mac3=$(mac_of sp3)

check "sp1 reaches sp3" ping1 sp1 10.15.0.13
check "sp2 reaches sp3 with its own identity" ping1 sp2 10.15.0.13

# spoofed NAME: sp2 pings sp3 under a false identity; nothing may arrive at sp3
spoofed() {
  local before after
  before=$(rx_packets sp3)
  if sb exec sp2 -- ping -n -c 4 -i 0.2 -W 1 10.15.0.13 >/dev/null 2>&1; then fail "$1: a reply came back"; fi
  after=$(rx_packets sp3)
  log "$1: sp3 received $((after - before)) packets"
  [ "$after" = "$before" ]
}

# identity MAC IP: sp2's interface with this MAC and address (and its routes and sp3's MAC again)
identity() {
  sb exec sp2 -- ip addr flush dev eth0
  sb exec sp2 -- ip link set eth0 address "$1"
  sb exec sp2 -- ip addr add "$2/24" dev eth0
  sb exec sp2 -- ip route replace default via 10.15.0.1
  sb exec sp2 -- ip neigh replace 10.15.0.13 lladdr "$mac3" dev eth0 nud permanent
}
identity "$mac2" 10.15.0.11
check "sp2 with sp1's IP gets nothing through" spoofed "sp1's IP"
identity "$mac1" 10.15.0.11
check "sp2 with sp1's IP and MAC gets nothing through" spoofed "sp1's IP and MAC"
identity "$mac1" 10.15.0.12
check "sp2 with sp1's MAC gets nothing through" spoofed "sp1's MAC"
identity 02:d1:00:00:00:99 10.15.0.99
check "sp2 with an unknown MAC and IP gets nothing through" spoofed "an unknown MAC and IP"
check "sp1 still reaches sp3" ping1 sp1 10.15.0.13

identity "$mac2" 10.15.0.12
# the drop rules of the spoofed packets may match sp2's port for their short timeout
check "sp2 with its own identity again reaches sp3" wait_until 10 ping1 sp2 10.15.0.13
