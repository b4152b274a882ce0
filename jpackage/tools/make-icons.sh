#!/usr/bin/env bash
# Renders assets/icon/mixpay-pos.svg (and mixpay-pos-small.svg for 16 and 24 px) into every size the three OSes need: a PNG set, a multi-size .ico
# (Windows) and an .icns (macOS). Needs Debian's librsvg2-bin (rsvg-convert) and python3.
set -euo pipefail
cd "$(dirname "$0")/../../assets/icon"

for size in 16 24; do
  rsvg-convert -w "$size" -h "$size" mixpay-pos-small.svg -o "mixpay-pos-$size.png"
done
for size in 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" mixpay-pos.svg -o "mixpay-pos-$size.png"
done
python3 ../../jpackage/tools/pack-icons.py
ls -l mixpay-pos*
