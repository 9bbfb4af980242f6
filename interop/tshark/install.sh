#!/bin/sh
# Installs tshark (Debian package; bookworm ships Wireshark 4.0.17) for the TsharkTest CI check: every message
# ike4j sends must dissect clean and decrypt with the keylog table. Run as root. Idempotent: exits at once when
# tshark already works.
set -eu
if tshark -v >/dev/null 2>&1; then
    tshark -v 2>/dev/null | head -1
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "tshark is missing and installing it needs root (apt-get install tshark)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# wireshark-common asks whether non-root users may capture (setuid dumpcap): answer no, we only read files.
echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections
apt-get update -qq
apt-get install -y -qq --no-install-recommends tshark
tshark -v 2>/dev/null | head -1
