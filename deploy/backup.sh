#!/usr/bin/env bash
# Backs up the marketplace: the PostgreSQL database (pg_dump custom format, a consistent snapshot taken while the site
# runs) and the data directory (DATA_DIR: uploaded pictures), into BACKUP_DIR/comptoir-<UTC time>/, then keeps the
# newest KEEP backups and deletes the older ones. A backup is complete once its folder has its final name (it is
# written under a temporary one and renamed), so rotation never counts or keeps a half-written one.
#
#   deploy/backup.sh [--env /etc/comptoir/comptoir.env] [--to /var/backups/comptoir] [--keep 14]
#
# Run it as root (it reads the settings file and DATA_DIR) from cron or comptoir-backup.timer. Exit status 0 only when
# the dump, the archive and their checksums are written.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib.sh"

env_file=/etc/comptoir/comptoir.env
backup_dir="${BACKUP_DIR:-/var/backups/comptoir}"
keep="${KEEP:-14}"
while [ $# -gt 0 ]; do
  case "$1" in
    --env) env_file="$2"; shift 2 ;;
    --to) backup_dir="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "usage: $0 [--env FILE] [--to DIR] [--keep N]" >&2; exit 2 ;;
  esac
done
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || { echo "--keep must be a number of backups, at least 1" >&2; exit 2; }

comptoir_read_env "$env_file"
comptoir_libpq_env
data_dir="${DATA_DIR:-}"

umask 077
mkdir -p "$backup_dir"
name="comptoir-$(date -u +%Y%m%dT%H%M%SZ)"
partial="$backup_dir/.partial-$name"
rm -rf "$partial"
mkdir "$partial"
trap 'rm -rf "$partial"' EXIT

started=$(date +%s)
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file "$partial/database.dump"
if [ -n "$data_dir" ] && [ -d "$data_dir" ]; then
  # status 1 is GNU tar's "some files changed while read": uploads go on while the site runs, and the dump was taken
  # first, so what changed is newer than it. Anything worse (2) stops the backup.
  tar -C "$data_dir" -czf "$partial/data.tar.gz" . || [ "$?" -eq 1 ]
fi
(cd "$partial" && sha256sum -- database.dump $([ -f data.tar.gz ] && echo data.tar.gz) > SHA256SUMS)
mv "$partial" "$backup_dir/$name"
trap - EXIT

# Rotation: the names sort by time; keep the newest $keep.
mapfile -t all < <(find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name 'comptoir-*' -printf '%f\n' | sort)
removed=0
if [ "${#all[@]}" -gt "$keep" ]; then
  for old in "${all[@]:0:${#all[@]}-keep}"; do
    rm -rf -- "${backup_dir:?}/$old"
    removed=$((removed + 1))
  done
fi
echo "backup $backup_dir/$name written in $(( $(date +%s) - started )) s ($(du -sh "$backup_dir/$name" | cut -f1)); $removed older removed, $(( ${#all[@]} - removed )) kept"
