#!/usr/bin/env sh
# Regenerates the demo data of the Pays de Saint-Omer (territories/pays-de-saint-omer: territory.json, categories.json
# and the generated files of demo/) from its deterministic generator.
#   seeds/generate.sh            rewrite them
#   seeds/generate.sh --check    fail if they are not what the generator writes (what CI runs)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
territory="$here/../territories/pays-de-saint-omer"
if [ "${1:-}" = "--check" ]; then
    exec java -Dfile.encoding=UTF-8 "$here/generator/GenerateDemoTerritory.java" --check "$territory"
fi
exec java -Dfile.encoding=UTF-8 "$here/generator/GenerateDemoTerritory.java" "$territory"
