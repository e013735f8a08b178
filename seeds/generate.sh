#!/usr/bin/env sh
# Regenerates the demo territory (seeds/demo) from its deterministic generator.
#   seeds/generate.sh            rewrite seeds/demo
#   seeds/generate.sh --check    fail if seeds/demo is not what the generator writes (what CI runs)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--check" ]; then
    exec java -Dfile.encoding=UTF-8 "$here/generator/GenerateDemoTerritory.java" --check "$here/demo"
fi
exec java -Dfile.encoding=UTF-8 "$here/generator/GenerateDemoTerritory.java" "$here/demo"
