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
# The first packet of a new connection is answered: the controller answers the ARP request, installs
# the route and sends the held packet on, so `ping -c 1 -W 2` succeeds on a pair that never talked.
# Fresh pairs on one server (s1, s2) and across servers (s1 -> s2, s2 -> s1); then every pair both ways.
. "$(dirname "$0")/../lib.sh"

mk_net fp 10.11.0.0/24
mk_ct fp1 fp s1 10.11.0.11
mk_ct fp2 fp s1 10.11.0.12
mk_ct fp3 fp s2 10.11.0.13
mk_ct fp4 fp s2 10.11.0.14

check "first packet answered, same server s1 (fp1 -> fp2)" ping1 fp1 10.11.0.12
check "first packet answered, same server s2 (fp4 -> fp3)" ping1 fp4 10.11.0.13
check "first packet answered, cross-server s1 -> s2 (fp1 -> fp3)" ping1 fp1 10.11.0.13
check "first packet answered, cross-server s2 -> s1 (fp4 -> fp2)" ping1 fp4 10.11.0.12
check "first packet answered, cross-server s1 -> s2 (fp2 -> fp3)" ping1 fp2 10.11.0.13
check "first packet answered, cross-server s2 -> s1 (fp3 -> fp1)" ping1 fp3 10.11.0.11
for src in fp1:10.11.0.11 fp2:10.11.0.12 fp3:10.11.0.13 fp4:10.11.0.14; do
  for dst in 10.11.0.11 10.11.0.12 10.11.0.13 10.11.0.14; do
    [ "${src#*:}" = "$dst" ] && continue
    check "${src%%:*} -> $dst" ping1 "${src%%:*}" "$dst"
  done
done
