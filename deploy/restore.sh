#!/usr/bin/env bash
# Restores a backup of backup.sh into a given PostgreSQL database, which must exist and be empty (create it first,
# owned by the app's user: createdb -O comptoir comptoir_restored), and optionally its data folder into a directory.
# It never writes into a database that holds tables, so it cannot overwrite the live one by mistake.
#
#   deploy/restore.sh BACKUP_FOLDER TARGET_DATABASE [--env /etc/comptoir/comptoir.env] [--data-dir DIR]
#
# It connects as the settings file's DATABASE_USER to the server of its DATABASE_URL. Then point DATABASE_URL at the
# restored database (and DATA_DIR at the restored folder) and start the app: it checks the schema's migrations at start-up.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib.sh"

[ $# -ge 2 ] || { echo "usage: $0 BACKUP_FOLDER TARGET_DATABASE [--env FILE] [--data-dir DIR]" >&2; exit 2; }
backup="$1"
target="$2"
shift 2
env_file=/etc/comptoir/comptoir.env
restore_data=""
while [ $# -gt 0 ]; do
  case "$1" in
    --env) env_file="$2"; shift 2 ;;
    --data-dir) restore_data="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ "$target" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "TARGET_DATABASE must be a plain database name, got '$target'" >&2; exit 2; }
[ -f "$backup/database.dump" ] || { echo "$backup holds no database.dump" >&2; exit 2; }
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || { echo "$backup: checksums do not match, the backup is damaged" >&2; exit 1; }

comptoir_read_env "$env_file"
comptoir_libpq_env
export PGDATABASE="$target"

tables=$(psql -XqtAc "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")
[ "$tables" = "0" ] || { echo "database $target is not empty ($tables tables): restore only into a new, empty database" >&2; exit 1; }

started=$(date +%s)
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname "$target" "$backup/database.dump"
if [ -n "$restore_data" ]; then
  mkdir -p "$restore_data"
  [ -f "$backup/data.tar.gz" ] && tar -C "$restore_data" -xzf "$backup/data.tar.gz"
fi
echo "restored $backup into database $target${restore_data:+ and $restore_data} in $(( $(date +%s) - started )) s"
