#!/usr/bin/env bash
# Draws the example site's portrait illustrations (Content/assets/photos/*.jpg) and gives them, on
# purpose, the metadata a phone photo carries: GPS position, camera serial number, owner's name,
# XMP and IPTC. The built site must carry none of it (Tests: ImageMetadataTests). They are drawings,
# not photographs of the people: the alt text of each case says so.
#
# Needs libvips-tools (`vips`) and libimage-exiftool-perl (`exiftool`).
set -euo pipefail
out="${1:-Content/assets/photos}"
mkdir -p "$out"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# portrait NAME BACKGROUND SKIN HAIR CLOTHES: a 1200x1500 head-and-shoulders drawing.
portrait() {
    local name="$1" background="$2" skin="$3" hair="$4" clothes="$5"
    cat > "$scratch/$name.svg" <<SVG
<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1500" viewBox="0 0 1200 1500">
  <rect width="1200" height="1500" fill="$background"/>
  <circle cx="980" cy="220" r="160" fill="#ffffff" opacity="0.18"/>
  <path d="M120 1500 C160 1130 360 1010 600 1010 C840 1010 1040 1130 1080 1500 Z" fill="$clothes"/>
  <path d="M520 1020 L600 1160 L680 1020 Z" fill="#f4f1ea"/>
  <rect x="525" y="820" width="150" height="230" rx="60" fill="$skin"/>
  <ellipse cx="600" cy="620" rx="250" ry="310" fill="$skin"/>
  <path d="M350 600 C330 360 460 270 600 270 C760 270 880 370 850 600 C820 470 730 420 600 420 C480 420 380 470 350 600 Z" fill="$hair"/>
  <ellipse cx="510" cy="640" rx="26" ry="18" fill="#2b2b2b"/>
  <ellipse cx="690" cy="640" rx="26" ry="18" fill="#2b2b2b"/>
  <path d="M470 590 Q510 570 550 590" stroke="$hair" stroke-width="14" fill="none"/>
  <path d="M650 590 Q690 570 730 590" stroke="$hair" stroke-width="14" fill="none"/>
  <path d="M600 660 Q585 740 600 760 Q615 765 625 755" stroke="#8a5a44" stroke-width="8" fill="none"/>
  <path d="M530 820 Q600 850 670 820" stroke="#8a4a3a" stroke-width="12" fill="none" stroke-linecap="round"/>
</svg>
SVG
    # Stored turned a quarter to the left with an orientation tag that turns it back, as phones
    # save photos: a site that ignored the tag would show the person lying on their side.
    vips rot "$scratch/$name.svg" "$scratch/$name-turned.v" d270
    vips copy "$scratch/$name-turned.v" "$out/$name.jpg[Q=90]"
    exiftool -q -overwrite_original \
        -EXIF:Orientation#=6 \
        -GPSLatitude=51.1282 -GPSLatitudeRef=N -GPSLongitude=71.4306 -GPSLongitudeRef=E \
        -EXIF:Make=ExampleCam -EXIF:Model="EC-1" -EXIF:SerialNumber=SN-0042-7781 \
        -EXIF:Artist="Jan Kowalski" -EXIF:Copyright="Jan Kowalski" \
        -XMP-dc:Creator="Jan Kowalski" -XMP-dc:Description="taken at the family's flat" \
        -IPTC:By-line="Jan Kowalski" -IPTC:City="Astana" \
        "$out/$name.jpg"
}

portrait iskander-yerimbetov "#c9d8e4" "#e3b58f" "#2d2420" "#34495e"
portrait mukhtar-dzhakishev "#dfe3cf" "#d9a782" "#bdbdbd" "#5a4636"
echo "Wrote $out/iskander-yerimbetov.jpg and $out/mukhtar-dzhakishev.jpg"
