#!/usr/bin/env bash
# Draws the add-in icons (assets/icon-{16,32,64,80}.png) with ImageMagick:
# a green rounded square (Excel green) with three rising white bars and a gold
# "innovation" dot. Drawn at 8x then downscaled so small sizes stay crisp.
# Needs: apt-get install imagemagick. The PNGs are committed; rerun only to change the design.
set -euo pipefail
cd "$(dirname "$0")/.."
S=640 # master canvas
convert -size ${S}x${S} xc:none \
  -fill '#107C41' -draw "roundrectangle 0,0 $((S-1)),$((S-1)) 110,110" \
  -fill '#0F6CBD' -draw "roundrectangle 0,$((S*70/100)) $((S-1)),$((S-1)) 110,110" \
  -fill '#0F6CBD' -draw "rectangle 0,$((S*70/100)) $((S-1)),$((S*85/100))" \
  -fill white \
  -draw "rectangle 110,400 210,540" \
  -draw "rectangle 270,290 370,540" \
  -draw "rectangle 430,170 530,540" \
  -fill '#FFC83D' -draw "circle 190,190 190,120" \
  /tmp/khcn-icon-master.png
for n in 16 32 64 80; do
  convert /tmp/khcn-icon-master.png -filter Lanczos -resize ${n}x${n} -strip PNG32:assets/icon-$n.png
done
identify assets/icon-*.png
