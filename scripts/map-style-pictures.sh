#!/bin/sh
# Pictures of the incident layer's styles and the survey choropleth for docs/user-guide/map.md,
# drawn from the demo store by the command-line program (the same painting as the desktop map).
#   scripts/map-style-pictures.sh BUILD_DIR
set -e
build=${1:-build/dev}
cli="$build/src/cli/lagesbild-cli"
out=docs/user-guide/images
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
"$cli" demo --out "$tmp/demo.gpkg" >/dev/null
town=646500,6562000,653500,6568000
layers=municipality,water,roads,districts,incidents,incidents_centre,incidents_sensitive
for style in points clusters hex heat; do
    "$cli" render "$tmp/demo.gpkg" --out "$out/map-incidents-$style.png" --size 900x700 --extent $town \
        --layers $layers --incidents $style
done
"$cli" render "$tmp/demo.gpkg" --out "$out/map-survey-choropleth.png" --size 700x900 \
    --layers municipality,water,districts --survey-choropleth 2023
# Layer styles: incidents by source, walk findings labelled with their status, in part of the town.
"$cli" render "$tmp/demo.gpkg" --out "$out/map-layer-styles.png" --size 900x700 --extent 648500,6563500,652000,6566200 \
    --layers $layers,walks --layer-style incidents=categorized:source,palette=okabe-ito --labels findings=status
