#!/bin/sh
# Makes the user guide's background-map picture from the demo store, headless:
#   scripts/basemap-picture.sh BUILD_DIR
# A stand-in for a scanned map: the demo's own lakes and roads burnt by GDAL into a GeoTIFF and
# warped to WGS 84 (EPSG:4326), so the picture shows the program reprojecting it back into place
# under the incidents. Writes docs/user-guide/images/map-basemap.png and map-basemap.sv.png.
set -eu
build=${1:-build/test}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$build/src/cli/lagesbild-cli" demo --out "$work/demo.gpkg" >/dev/null
gdal_create -q -of GTiff -outsize 2000 2200 -bands 3 -burn 226 -burn 236 -burn 206 -a_srs EPSG:3006 \
    -a_ullr 640000 6572000 660000 6550000 "$work/scan.tif"
gdal_rasterize -q -l base_water -b 1 -b 2 -b 3 -burn 150 -burn 190 -burn 228 "$work/demo.gpkg" "$work/scan.tif"
gdal_rasterize -q -l base_roads -b 1 -b 2 -b 3 -burn 196 -burn 120 -burn 60 "$work/demo.gpkg" "$work/scan.tif"
gdalwarp -q -t_srs EPSG:4326 -r bilinear "$work/scan.tif" "$work/scan-wgs84.tif"
for lang in en sv; do
    suffix=$([ "$lang" = sv ] && echo .sv || echo "")
    LAGESBILD_LANG=$lang "$build/src/cli/lagesbild-cli" render "$work/demo.gpkg" --base "$work/scan-wgs84.tif" \
        --extent 644000,6555000,656000,6569000 --size 1200x1000 \
        --layers districts,incidents,incidents_centre,incidents_sensitive,survey_pins,walks \
        --out "$root/docs/user-guide/images/map-basemap$suffix.png" >/dev/null
done
echo "Wrote docs/user-guide/images/map-basemap.png and map-basemap.sv.png"
