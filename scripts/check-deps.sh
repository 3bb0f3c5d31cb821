#!/usr/bin/env bash
# Proves that scripts/install-deps.sh alone brings every Debian package a configured build used.
# For each CMake package directory recorded in BUILD_DIR/CMakeCache.txt and each program named on
# the command line, it asks dpkg which package owns the file, and fails when that package is neither
# in the install list nor reachable from it through Depends/Pre-Depends. Recommends do not count:
# the install script uses --no-install-recommends, exactly as a fresh machine would see it.
# Usage: scripts/check-deps.sh BUILD_DIR [PROGRAM...]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=${1:?usage: check-deps.sh BUILD_DIR [PROGRAM...]}
shift
cache="$build/CMakeCache.txt"
[ -f "$cache" ] || { echo "check-deps: $cache not found; configure the build first" >&2; exit 2; }

# The packages the install script names: its packages=( ... ) array, comments stripped.
mapfile -t listed < <(sed -n '/^packages=(/,/^)/p' "$root/scripts/install-deps.sh" \
    | sed -e 's/#.*//' -e 's/packages=(//' -e 's/)//' | tr -s ' \t' '\n' | grep -v '^$' | sort -u)
[ ${#listed[@]} -gt 0 ] || { echo "check-deps: no packages found in scripts/install-deps.sh" >&2; exit 2; }

# Everything those packages pull in through hard dependencies.
reachable=$( { printf '%s\n' "${listed[@]}"
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances "${listed[@]}" 2>/dev/null | grep -E '^[a-z0-9]'; } \
    | sed 's/:.*$//' | sort -u)

files=$(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/' "$cache" | sed 's/^[^=]*=//' | grep -v NOTFOUND | sort -u)
status=0
for program in "$@"; do
    if path=$(command -v "$program"); then
        files+=$'\n'"$path"
    else
        echo "check-deps: program '$program' is not installed"
        status=1
    fi
done

# A package directory is shared by many packages (the Qt6OpenGL directory is also qt6-base-dev's);
# the package config file inside it names the package that really provides it.
config_file() {
    local dir=$1 f
    [ -d "$dir" ] || { echo "$dir"; return; }
    for f in "$dir"/*Config.cmake "$dir"/*-config.cmake; do
        [ -f "$f" ] && { echo "$f"; return; }
    done
    echo "$dir"
}

checked=0
while IFS= read -r file; do
    [ -n "$file" ] || continue
    # Owners of the config file (one package), or of a plain directory (possibly many: any will do).
    owners=""
    for candidate in "$(config_file "$file")" "$(config_file "$(readlink -f "$file")")"; do
        owners=$(dpkg-query -S "$candidate" 2>/dev/null | grep -F ": $candidate" | sed 's/: .*$//' \
            | tr ',' '\n' | sed -e 's/^ *//' -e 's/:.*$//' | sort -u)
        [ -n "$owners" ] && break
    done
    [ -n "$owners" ] || continue # built or installed outside Debian's packages
    checked=$((checked + 1))
    if ! grep -qxF -f <(printf '%s\n' "$owners") <<<"$reachable"; then
        echo "check-deps: $file belongs to $(echo $owners | tr ' ' ','), which scripts/install-deps.sh does not install"
        status=1
    fi
done <<<"$files"

if [ $status -eq 0 ]; then
    echo "check-deps: all $checked packaged files the build and tests use come from scripts/install-deps.sh"
fi
exit $status
