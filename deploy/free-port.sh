# Sourced by deploy/smoke.sh and bench/two-nodes.sh: picks the free local ports a test run listens on.

# free_port VARIABLE: sets VARIABLE to a TCP port that no socket on this machine uses and that was not picked before in
# this run. The port lies below the kernel's ephemeral range: a port from that range can be taken as the local end of an
# outgoing connection (to PostgreSQL, say) between the pick and the bind, and nginx then fails with "Address already in
# use" (a CI run of deploy/smoke.sh did).
free_port_picked=" "
free_port() {
  local ephemeral_low=32768 port
  read -r ephemeral_low _ < /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
  (( ephemeral_low > 12000 )) || ephemeral_low=32768
  for _ in $(seq 1 200); do
    port=$(( 10000 + RANDOM % (ephemeral_low - 10000) ))
    [[ "$free_port_picked" != *" $port "* ]] || continue
    if command -v ss >/dev/null 2>&1; then
      [ -z "$(ss -Htan "( sport = :$port )" 2>/dev/null)" ] || continue
    elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      continue
    fi
    free_port_picked="$free_port_picked$port "
    printf -v "$1" '%s' "$port"
    return 0
  done
  echo "no free port found below $ephemeral_low" >&2
  return 1
}
