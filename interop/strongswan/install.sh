#!/bin/sh
# Debian bookworm packages for the IKE test peers (run as root). Idempotent.
#   strongSwan 5.9.8 (Debian 5.9.8-5+deb12u6), Wireshark/tshark 4.0.17, nftables (the NAT of nat-netns.sh)
# libreswan conflicts with strongSwan's packages, so it is only downloaded and
# unpacked to /opt/libreswan (pluto is started from there by lsw-start.sh).
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends \
    strongswan-charon strongswan-swanctl strongswan-pki charon-cmd \
    libcharon-extra-plugins libstrongswan-extra-plugins libstrongswan-standard-plugins \
    tshark python3 bc iproute2 util-linux openssl nftables
# libreswan (optional): unpack only, plus the libraries pluto needs
if [ "${WITH_LIBRESWAN:-0}" = 1 ] && [ ! -x /opt/libreswan/usr/libexec/ipsec/pluto ]; then
    apt-get install -y --no-install-recommends libldns3 libevent-pthreads-2.1-7 \
        libevent-core-2.1-7 libnss3 libnss3-tools libunbound8 libcurl3-nss libcap-ng0
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download libreswan && dpkg-deb -x libreswan_*.deb /opt/libreswan)
    rm -rf "$tmp"
fi
dpkg-query -W -f '${Package} ${Version}\n' strongswan-charon strongswan-swanctl \
    libcharon-extra-plugins tshark 2>/dev/null
[ -x /opt/libreswan/usr/libexec/ipsec/pluto ] && /opt/libreswan/usr/libexec/ipsec/pluto --version 2>&1 | head -1 || true
