#!/usr/bin/env bash
# Draws the Relais logo (a rounded blue square with a white "R", as on the launcher)
# into public/icon/<size>.png, the sizes the stores and browsers ask for; WXT adds them
# to the manifest. Run once after a logo change and commit the PNGs (needs ImageMagick
# and the DejaVu fonts: apt-get install imagemagick fonts-dejavu-core). Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
convert_bin="$(command -v /usr/bin/convert || command -v convert)"
master="$(mktemp --suffix=.png)"
trap 'rm -f "$master"' EXIT

# Drawn large once, then scaled down, so small sizes stay smooth.
"$convert_bin" -size 1024x1024 xc:none \
  -fill '#0b5cad' -draw 'roundrectangle 32,32 991,991 200,200' \
  -font DejaVu-Sans-Bold -pointsize 760 -fill white -gravity center -annotate +0+10 'R' \
  "$master"

for size in 16 32 48 96 128; do
  "$convert_bin" "$master" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:public/icon/${size}.png"
done
echo "Wrote public/icon/{16,32,48,96,128}.png"
