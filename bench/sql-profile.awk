# The per-purchase breakdown of bench/checkout.sh, from two snapshots of the app's SQL profile (SqlProfile: kind, then
# transactions and statements so far, tab-separated):  awk -F'\t' -v orders=N -f bench/sql-profile.awk before.tsv after.tsv
  function group(kind,   k) {
    k = kind; sub(/^auto-commit /, "", k)
    # work done in the background, per unit of time rather than per purchase: its share per purchase falls as the rate rises
    if (k ~ /^JobScheduler/) return "bg: job leases and periodic jobs"
    if (k ~ /^(EventDispatcher|SubscriptionWorker)/) return "bg: event delivery (feed, rounds, claims, positions)"
    if (k ~ /^SearchIndexFollower/) return "bg: index follower (and the caches it feeds)"
    if (k ~ /^FeedNotifications/) return "bg: commit notifications to other nodes (NOTIFY)"
    # the provider's own statements while the checkout calls it (the sandbox bank records the authorisation it took)
    if (k ~ /^SandboxCardProvider/ || k ~ /OrderSettlement\.call$/) return "bank: the sandbox processor (its own tables)"
    if (k ~ /Session|AccountService\.(authenticate|register)/) return "session and sign-in"
    if (kind ~ /^auto-commit /) return "reads in auto-commit (the requests)"
    if (k ~ /^CartStore/) return "cart"
    if (k ~ /^CheckoutService\.(checkout|pay)/) return "checkout: basket read and reservation"
    if (k ~ /^CheckoutService\.authorise/) return "checkout: answers of the tenders but the last"
    if (k ~ /^CheckoutService\.answered/) return "checkout: last answer, settlement, order read"
    if (k ~ /^CheckoutService\.load/) return "checkout: the order a replay answers with"
    if (k ~ /^OrderService\.settled/) return "checkout: waiting for settlement (Prefer: wait)"
    if (k ~ /^PaymentService\.handleWebhook/) return "payment webhook and settlement"
    return "other: " k
  }
  FNR == NR { t0[$1] = $2; s0[$1] = $3; next }
  { dt = $2 - t0[$1]; ds = $3 - s0[$1]; if (dt == 0 && ds == 0) next
    g = group($1); gt[g] += dt; gs[g] += ds; tt += dt; ts += ds; detail[$1] = dt " " ds }
  END {
    if (orders <= 0) { print "No order in the window: no breakdown"; exit }
    printf "\nPer purchase, counted by the app (%d orders in the window): %.1f transactions, %.1f statements (a JDBC batch is one; goals ≤ 8 and ≤ 40)\n", orders, tt / orders, ts / orders
    printf "  %-44s %8s %10s\n", "kind", "tx", "statements"
    n = 0; for (g in gt) order[++n] = g
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (gt[order[j]] > gt[order[i]]) { x = order[i]; order[i] = order[j]; order[j] = x }
    for (i = 1; i <= n; i++) printf "  %-44s %8.2f %10.2f\n", order[i], gt[order[i]] / orders, gs[order[i]] / orders
    for (g in gt) if (g !~ /^(bg|bank):/) { ot += gt[g]; os += gs[g] }
    printf "  %-44s %8.2f %10.2f\n", "= the purchase's own requests (no bg:, bank:)", ot / orders, os / orders
    print "  in detail (tx, statements per purchase):"
    for (k in detail) { split(detail[k], d, " "); if ((d[1] + d[2]) / orders >= 0.05) printf "    %-90s %6.2f %6.2f\n", k, d[1] / orders, d[2] / orders }
  }
