#!/bin/sh
# Start one private strongSwan charon instance as an IKE test peer on loopback.
#
# usage: sw-start.sh NAME IKE_PORT NATT_PORT SWANCTL_SRC_DIR
#   NAME             instance name, e.g. alice / bob (runtime dir $IKEPEERS_RUN/NAME)
#   IKE_PORT         charon.port        (e.g. 15500; 500 is refused)
#   NATT_PORT        charon.port_nat_t  (e.g. 15501; 4500 is refused)
#   SWANCTL_SRC_DIR  a swanctl directory (swanctl.conf + x509/ x509ca/ private/ ...),
#                    copied to $IKEPEERS_RUN/NAME/swanctl and loaded over vici
#
# environment (all optional):
#   SW_FLAVOR      how CHILD_SAs are "installed" (see README):
#                    fake-kernel  self-built charon in /opt/strongswan-lt (scripts/build-strongswan.sh)
#                                 with the load-tester plugin's no-op kernel interface  [default]
#                    libipsec     Debian's charon with kernel-libipsec (userland ESP, TUN device);
#                                 meant to run inside a private network namespace
#                    netlink      Debian's charon with kernel-netlink only (real XFRM; fails to
#                                 install ESP SAs on kernels without CONFIG_INET_ESP)
#   IKEPEERS_RUN   runtime base dir          (default /tmp/ikepeers; must not be below /run)
#   SW_FRAG        charon.fragment_size      (default 512)
#   SW_EXTRA_CONF  extra file appended verbatim to the rendered strongswan.conf
#   SW_CHARON, SW_SWANCTL, SW_PIDDIR, SW_KERNEL override what the flavor selects
#   SW_ALLOW_STD_PORTS=1  permit ports 500/4500, only inside a private network namespace
# Result: $IKEPEERS_RUN/NAME/charon.pid (PID), charon.vici (socket), charon.log (log).
# charon runs in its own mount namespace where SW_PIDDIR is replaced by
# $IKEPEERS_RUN/NAME/run, because charon hard-codes <piddir>/charon.pid and would
# otherwise refuse to start a second instance.
set -eu

[ $# -eq 4 ] || { echo "usage: $0 NAME IKE_PORT NATT_PORT SWANCTL_SRC_DIR" >&2; exit 2; }
NAME=$1; PORT=$2; NATT=$3; SRC=$4
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${IKEPEERS_RUN:-/tmp/ikepeers}
RUN=$BASE/$NAME
FLAVOR=${SW_FLAVOR:-fake-kernel}
case "$FLAVOR" in
    fake-kernel)
        D_CHARON=/opt/strongswan-lt/libexec/ipsec/charon
        D_SWANCTL=/opt/strongswan-lt/sbin/swanctl
        D_PIDDIR=/opt/strongswan-lt/run
        D_KERNEL="load-tester kernel-netlink save-keys"
        FLAVOR_CONF=$HERE/fake-kernel.conf;;
    libipsec)
        D_CHARON=/usr/lib/ipsec/charon; D_SWANCTL=/usr/sbin/swanctl; D_PIDDIR=/run
        D_KERNEL="kernel-libipsec kernel-netlink"
        FLAVOR_CONF=$HERE/libipsec.conf;;
    netlink)
        D_CHARON=/usr/lib/ipsec/charon; D_SWANCTL=/usr/sbin/swanctl; D_PIDDIR=/run
        D_KERNEL="kernel-netlink"
        FLAVOR_CONF=;;
    *) echo "unknown SW_FLAVOR $FLAVOR" >&2; exit 2;;
esac
CHARON=${SW_CHARON:-$D_CHARON}
SWANCTL=${SW_SWANCTL:-$D_SWANCTL}
PIDDIR=${SW_PIDDIR:-$D_PIDDIR}
KERNEL=${SW_KERNEL:-$D_KERNEL}
FRAG=${SW_FRAG:-512}
CONF_IN=${SW_CONF_IN:-$HERE/strongswan.conf.in}

case "$PORT:$NATT" in
    500:*|*:500|4500:*|*:4500)
        # allowed only inside a private network namespace (used by loadtest.sh)
        if [ "${SW_ALLOW_STD_PORTS:-0}" != 1 ] ||
           [ "$(readlink /proc/self/ns/net)" = "$(readlink /proc/1/ns/net)" ]; then
            echo "refusing standard IKE ports 500/4500 outside a private netns" >&2; exit 2
        fi;;
esac
case "$BASE" in
    /run|/run/*|/var/run|/var/run/*) echo "IKEPEERS_RUN must not be below /run" >&2; exit 2;;
esac
[ -f "$SRC/swanctl.conf" ] || { echo "no swanctl.conf in $SRC" >&2; exit 2; }
[ -x "$CHARON" ] || { echo "charon binary $CHARON not found" >&2; exit 2; }

if [ -f "$RUN/charon.pid" ] && kill -0 "$(cat "$RUN/charon.pid")" 2>/dev/null; then
    echo "instance $NAME already running (pid $(cat "$RUN/charon.pid"))" >&2
    exit 1
fi

rm -rf "$RUN"
mkdir -p "$RUN/run" "$RUN/wireshark"
cp -r "$SRC" "$RUN/swanctl"
chmod 700 "$RUN/swanctl"
[ -d "$RUN/swanctl/private" ] && chmod 600 "$RUN/swanctl/private/"* 2>/dev/null || true

render() {
    sed -e "s|@NAME@|$NAME|g" -e "s|@RUN@|$RUN|g" -e "s|@PORT@|$PORT|g" \
        -e "s|@NATT@|$NATT|g" -e "s|@KERNEL@|$KERNEL|g" -e "s|@FRAG@|$FRAG|g" "$1"
}
render "$CONF_IN" > "$RUN/strongswan.conf"
[ -z "$FLAVOR_CONF" ] || render "$FLAVOR_CONF" >> "$RUN/strongswan.conf"
[ -z "${SW_EXTRA_CONF:-}" ] || render "$SW_EXTRA_CONF" >> "$RUN/strongswan.conf"
mkdir -p "$PIDDIR"
# empty credential dirs keep swanctl --load-all quiet
for d in x509 x509ca x509ocsp x509aa x509ac x509crl pubkey private rsa ecdsa bliss pkcs8 pkcs12; do
    mkdir -p "$RUN/swanctl/$d"
done

# Private mount namespace: bind $RUN/run over the compiled-in piddir, then exec charon
# (same PID as the background job started here).
STRONGSWAN_CONF="$RUN/strongswan.conf" \
    unshare --mount --propagation private \
    /bin/sh -c 'mount --bind "$1" "$2" && exec "$3"' sh "$RUN/run" "$PIDDIR" "$CHARON" \
    </dev/null >"$RUN/charon.out" 2>&1 &
PID=$!
echo "$PID" > "$RUN/charon.pid"

i=0
while [ ! -S "$RUN/charon.vici" ]; do
    if ! kill -0 "$PID" 2>/dev/null; then
        echo "charon $NAME exited during startup; see $RUN/charon.out and $RUN/charon.log" >&2
        cat "$RUN/charon.out" >&2 || true
        tail -5 "$RUN/charon.log" >&2 2>/dev/null || true
        rm -f "$RUN/charon.pid"
        exit 1
    fi
    i=$((i + 1))
    [ $i -le 100 ] || { echo "vici socket of $NAME did not appear" >&2; exit 1; }
    sleep 0.1
done

if ! SWANCTL_DIR="$RUN/swanctl" "$SWANCTL" --load-all --noprompt \
        --uri "unix://$RUN/charon.vici" > "$RUN/load-all.out" 2>&1; then
    cat "$RUN/load-all.out" >&2
    echo "loading swanctl.conf into $NAME failed; stopping it" >&2
    "$HERE/stop.sh" "$NAME" >&2
    exit 1
fi
echo "started $NAME ($FLAVOR): pid $PID, UDP ports $PORT/$NATT (sockets bound to all local addresses), vici unix://$RUN/charon.vici"
