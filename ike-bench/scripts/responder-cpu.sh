#!/bin/bash
# The ike4j half of ../shared/peers/scripts/compare-responder.sh alone (no charon run first), for A/B runs of
# two builds: strongSwan's load tester (the shared recipe's build) drives `ike peer --role responder` in a netns;
# prints the responder's CPU per IKE_SA after WARM SAs and, with -XX:+CITime in the options, the JIT's totals.
# Needs root. usage: responder-cpu.sh JAR "JAVA OPTS" [WARM] [TOTAL]   (IKE_PEERS: the shared peers directory)
P=${IKE_PEERS:-$(cd "$(dirname "$0")/../../../shared/peers" && pwd)}; JAR=$1; OPTS=$2; WARM=${3:-5000}; TOTAL=${4:-45000}
PROP=aes128-sha256-x25519; LIMIT=64; INITS=2
NS=ikecpu; export IKEPEERS_RUN=/tmp/ikecpu SW_FLAVOR=fake-kernel SW_ALLOW_STD_PORTS=1
ALL=$((WARM + TOTAL)); ITER=$(( (ALL + INITS - 1) / INITS ))
mkdir -p "$IKEPEERS_RUN"
render() { sed -e "s|@LT_PROPOSAL@|$PROP|g" -e "s|@LT_INITIATORS@|$INITS|g" -e "s|@LT_ITERATIONS@|$ITER|g" -e "s|@LT_INIT_LIMIT@|$LIMIT|g" "$@"; }
render "$P/strongswan/loadtest-common.conf" "$P/strongswan/loadtest-initiator.conf" > "$IKEPEERS_RUN/lt-init.conf"
RPID=
cleanup() { "$P/scripts/sw-stop.sh" lt-init >/dev/null 2>&1; [ -n "$RPID" ] && kill "$RPID" 2>/dev/null; sleep 1; ip netns del "$NS" 2>/dev/null; }
trap cleanup EXIT
ip netns del "$NS" 2>/dev/null; ip netns add "$NS"; ip netns exec "$NS" ip link set lo up
ip netns exec "$NS" ip addr add 127.0.0.2/8 dev lo 2>/dev/null
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ip netns exec "$NS" java $OPTS -jar "$JAR" peer --role responder --local 127.0.0.2:500 --psk interop-test-psk --id srv.strongswan.org \
  --ike "$PROP" --esp aes128-sha256 > "$IKEPEERS_RUN/ike4j-resp.log" 2>&1 &
RPID=$!; sleep 3
rm -f $IKEPEERS_RUN/lt-init/charon.log
SW_EXTRA_CONF=$IKEPEERS_RUN/lt-init.conf ip netns exec "$NS" "$P/scripts/sw-start.sh" lt-init 15500 15501 "$P/strongswan/loadtest" >/dev/null || { echo "initiator did not start"; exit 1; }
log=$IKEPEERS_RUN/lt-init/charon.log; n1=; t0=$(date +%s)
while :; do n=$(grep -c "established between" "$log"); n=${n:-0}
  if [ -z "$n1" ] && [ "$n" -ge "$WARM" ]; then n1=$n; c1=$(ticks "$RPID"); t1=$(date +%s.%N); fi
  [ "$n" -ge "$ALL" ] && break; [ $(( $(date +%s) - t0 )) -gt 400 ] && { echo timeout $n; break; }; sleep 0.1; done
c2=$(ticks "$RPID"); t2=$(date +%s.%N); HZ=$(getconf CLK_TCK)
python3 -c "print('ike4j %.3f ms/SA, %.0f SAs/s' % (1000*($c2-$c1)/$HZ/($n-$n1), ($n-$n1)/($t2-$t1)))"
kill $RPID; wait $RPID 2>/dev/null; RPID=
grep -E "C2 Compile Time|C1 Compile Time|nmethod code size|Total compilation time" $IKEPEERS_RUN/ike4j-resp.log | head -5
