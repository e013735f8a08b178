# Shared by backup.sh and restore.sh: reads the app's settings file and points libpq (pg_dump, psql…) at its database.
# Only PostgreSQL URLs are understood: jdbc:postgresql://host[:port]/database[?parameters].

# comptoir_read_env FILE: exports the KEY=value lines of FILE (comments and blank lines skipped), as systemd reads them.
comptoir_read_env() {
  local file="$1" line key value
  [ -r "$file" ] || { echo "cannot read the settings file $file" >&2; return 1; }
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    key="${line%%=*}"
    value="${line#*=}"
    [[ "$key" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "$file: not a KEY=value line: $line" >&2; return 1; }
    export "$key=$value"
  done < "$file"
}

# comptoir_libpq_env: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD from DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD.
comptoir_libpq_env() {
  local url="${DATABASE_URL:-}" rest hostport
  case "$url" in
    jdbc:postgresql://*) ;;
    *) echo "DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), got '${url}'" >&2; return 1 ;;
  esac
  rest="${url#jdbc:postgresql://}"
  rest="${rest%%\?*}"
  hostport="${rest%%/*}"
  export PGDATABASE="${rest#*/}"
  export PGHOST="${hostport%%:*}"
  if [ "$hostport" != "$PGHOST" ]; then export PGPORT="${hostport#*:}"; else export PGPORT=5432; fi
  export PGUSER="${DATABASE_USER:?DATABASE_USER is not set}"
  export PGPASSWORD="${DATABASE_PASSWORD:-}"
}
