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
# Networks are isolated: containers of two networks of one tenant (no group, no policy) cannot reach
# each other, on one server or across servers, while each network works inside.
. "$(dirname "$0")/../lib.sh"

mk_net isoa 10.14.1.0/24
mk_net isob 10.14.2.0/24
mk_ct ia1 isoa s1 10.14.1.11
mk_ct ia2 isoa s2 10.14.1.12
mk_ct ib1 isob s1 10.14.2.11
mk_ct ib2 isob s2 10.14.2.12

check "isoa works inside (ia1 -> ia2)" ping1 ia1 10.14.1.12
check "isob works inside (ib2 -> ib1)" ping1 ib2 10.14.2.11
# what the targets receive is counted while only the other network sends to them
rx_ib1=$(rx_packets ib1) rx_ib2=$(rx_packets ib2)
check "ia1 cannot reach ib1 (same server)" no_ping ia1 10.14.2.11
check "ia1 cannot reach ib2 (across)" no_ping ia1 10.14.2.12
check "ia2 cannot reach ib2 (same server s2)" no_ping ia2 10.14.2.12
check "ib1 received nothing from isoa" test "$(rx_packets ib1)" = "$rx_ib1"
check "ib2 received nothing from isoa" test "$(rx_packets ib2)" = "$rx_ib2"
rx_ia1=$(rx_packets ia1) rx_ia2=$(rx_packets ia2)
check "ib2 cannot reach ia2 (same server s2)" no_ping ib2 10.14.1.12
check "ib1 cannot reach ia2 (across)" no_ping ib1 10.14.1.12
check "ib2 cannot reach ia1 (across)" no_ping ib2 10.14.1.11
check "ia1 received nothing from isob" test "$(rx_packets ia1)" = "$rx_ia1"
check "ia2 received nothing from isob" test "$(rx_packets ia2)" = "$rx_ia2"
check "isoa still works (ia2 -> ia1)" ping1 ia2 10.14.1.11
