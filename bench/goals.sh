# shellcheck shell=bash
# bench/goals.sh: the performance goals of issue 9, printed by bench/run (sourced) as a table
# beside the figures it measured. Information only: a goal not met never makes bench/run fail.
# Uses R, SQ, PG and CONNECTIONS of bench/run and the helpers of bench/lib.sh.

goal_verdict() {  # value op target -> "met" | "not met" | "—" (not measured)
  awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
    if (v == "" || v == "—" || v == "n/a" || v == "?") { print "—"; exit }
    if (op == ">=") ok = v + 0 >= t + 0; else if (op == "<") ok = v + 0 < t + 0; else ok = v + 0 <= t + 0
    print (ok ? "met" : "not met") }'
}
goal_row() {  # goal engine measured value op target
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$(goal_verdict "$4" "$5" "$6")"
}
engine_label() { if [ "$1" = sqlite ]; then echo SQLite; else echo PostgreSQL; fi; }

# The overview is measured as the goal states it: a page of 50 entries, and one access-log
# line committed (durably, by the group committer) before each answer: 1 for the single checked
# request, and 1 per request over the whole measured run (within the run's edges: ±2 %).
overview_as_stated() {  # engine -> 1 or 0
  local lpr
  lpr="$(lines_per_request "$1")"
  awk -v n="${R[$1.ov_entries]:-}" -v one="${R[$1.ov_lines]:-}" -v lpr="${lpr:-0}" \
    'BEGIN { print (n == 50 && one == 1 && lpr >= 0.98 && lpr <= 1.02) ? 1 : 0 }'
}

print_goals() {
  local at="at $CONNECTIONS connections" e l h
  ((CONNECTIONS == 32)) || at="$at (the goal says 32)"
  echo "Performance goals of issue 9 (information, not pass/fail; ratios are to the hello server measured just before the same engine):"
  echo
  echo "| goal | engine | measured | goal met? |"
  echo "|---|---|---:|---|"
  for e in sqlite postgresql; do
    [ -n "${R[$e.health]:-}" ] || continue
    l="${R[$e.health]}"; h="${R[$e.hello]:-}"
    goal_row "\`/healthz\` ≥ 0.8 × hello" "$(engine_label "$e")" \
      "$(x_hello "$e" "$(field "$l" rps)") × ($(fmt_int "$(field "$l" rps)") / $(fmt_int "$(field "$h" rps)") req/s)" \
      "$(x_hello "$e" "$(field "$l" rps)")" ">=" 0.8
  done
  if [ -n "${R[sqlite.overview]:-}" ]; then
    l="${R[sqlite.overview]}"; h="${R[sqlite.hello]:-}"
    goal_row "overview: 50 entries, access-log line durable before the answer" SQLite \
      "$(overview_check sqlite)" "$(overview_as_stated sqlite)" ">=" 1
    goal_row "overview ≥ 0.20 × hello $at" SQLite \
      "$(x_hello sqlite "$(field "$l" rps)") × ($(fmt_int "$(field "$l" rps)") / $(fmt_int "$(field "$h" rps)") req/s)" \
      "$(x_hello sqlite "$(field "$l" rps)")" ">=" 0.20
    goal_row "overview p99 < 10 ms" SQLite "$(field "$l" p99_ms) ms" "$(field "$l" p99_ms)" "<" 10
    goal_row "overview ≤ 150 µs server CPU per request" SQLite \
      "$(fmt_int "$(field "$l" server_cpu_us_per_req)") µs (hello: $(field "$h" server_cpu_us_per_req) µs)" \
      "$(field "$l" server_cpu_us_per_req)" "<=" 150
  fi
  if [ -n "${R[sqlite.overview]:-}" ] && [ -n "${R[postgresql.overview]:-}" ]; then
    local pg_sq
    pg_sq="$(ratio "$(field "${R[postgresql.overview]}" rps)" "$(field "${R[sqlite.overview]}" rps)")"
    goal_row "PostgreSQL overview ≥ 0.5 × SQLite (same run)" PostgreSQL \
      "$pg_sq × ($(fmt_int "$(field "${R[postgresql.overview]}" rps)") / $(fmt_int "$(field "${R[sqlite.overview]}" rps)") req/s; $(fmt_int "$(field "${R[postgresql.overview]}" server_cpu_us_per_req)") + $(fmt_int "$(field "${R[postgresql.overview]}" db_cpu_us_per_req)") µs CPU stip + PostgreSQL)" \
      "$pg_sq" ">=" 0.5
  fi
  for e in sqlite postgresql; do
    [ -n "${R[$e.entries]:-}" ] || continue
    l="${R[$e.entries]}"
    goal_row "durable entry writes ≥ 3,000/s $at" "$(engine_label "$e")" \
      "$(fmt_int "$(field "$l" rps)")/s ($(x_hello "$e" "$(field "$l" rps)") × hello)" "$(field "$l" rps)" ">=" 3000
    goal_row "entry writes p99 < 20 ms" "$(engine_label "$e")" "$(field "$l" p99_ms) ms" "$(field "$l" p99_ms)" "<" 20
  done
  for e in sqlite postgresql; do
    [ -n "${R[$e.v_rate]:-}" ] || continue
    goal_row "\`stip verify\` ≥ 1,000,000 lines per CPU-second (one thread)" "$(engine_label "$e")" \
      "$(per_cpu "${R[$e.v_lines]}" "${R[$e.v_cpu]}")" \
      "$(per_cpu_raw "${R[$e.v_lines]}" "${R[$e.v_cpu]}")" ">=" 1000000
  done
}
