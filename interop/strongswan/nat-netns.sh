#!/bin/sh
# A NAT between the ike4j engine and a charon, all on this machine (root needed):
#   root namespace   ike4j-nat0 10.99.0.1/24  (the ike4j engine binds 10.99.0.1:500 and :4500)
#   netns ike4j-nat  ike4j-nat1 10.99.0.2/24  (charon "nat-bob" on 500/4500)
# Inside ike4j-nat an nftables input-hook SNAT rewrites the source port of every UDP datagram from
# 10.99.0.1 (500 or 4500) to 41000-41999: charon sees ike4j behind a NAT that translates ports, replies are
# translated back by conntrack. Nothing leaves the machine; everything is removed by "down".
#
# usage: nat-netns.sh up|down
set -eu
NS=ike4j-nat
case "${1:-}" in
    up)
        command -v nft >/dev/null || { echo "nft (package nftables) is needed" >&2; exit 2; }
        ip netns del "$NS" 2>/dev/null || true
        ip link del ike4j-nat0 2>/dev/null || true
        ip netns add "$NS"
        ip link add ike4j-nat0 type veth peer name ike4j-nat1
        ip link set ike4j-nat1 netns "$NS"
        ip addr add 10.99.0.1/24 dev ike4j-nat0
        ip link set ike4j-nat0 up
        ip netns exec "$NS" ip addr add 10.99.0.2/24 dev ike4j-nat1
        ip netns exec "$NS" ip link set ike4j-nat1 up
        ip netns exec "$NS" ip link set lo up
        ip netns exec "$NS" nft -f - <<'NFT'
table ip ike4jnat {
    chain in {
        type nat hook input priority 100; policy accept;
        ip saddr 10.99.0.1 udp sport { 500, 4500 } snat ip to 10.99.0.1:41000-41999
    }
}
NFT
        echo "namespace $NS up: 10.99.0.1 (here) <-> 10.99.0.2 (in $NS), source ports of 10.99.0.1 NATed"
        ;;
    down)
        ip netns del "$NS" 2>/dev/null || true
        ip link del ike4j-nat0 2>/dev/null || true
        ;;
    *)
        echo "usage: $0 up|down" >&2; exit 2;;
esac
