# bench/lib.sh: helpers of bench/run (sourced): servers, PostgreSQL, wrk, verify, formatting.
# Expects ROOT, BENCH, WORK, STIP, GEN, HELLO, THREADS, CONNECTIONS, WARMUP and PASSWORD to be set.

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
load1() { awk '{ print $1 }' /proc/loadavg; }
# key=value from a "STIP_BENCH ..." line
field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2 }'; }
die() { echo "bench/run: $*" >&2; exit 1; }

# --- stip serve processes -----------------------------------------------------------------------

SERVER_PIDS=()
SERVER_PID=""
PORT=""
start_server() {  # log_file database_args... ; sets SERVER_PID and PORT, adds to SERVER_PIDS
  local logf="$1"; shift
  start_listening "$logf" "$STIP" serve --address 127.0.0.1 --port 0 "$@"
}
# The minimal Beast hello-world server (bench/hello_server.cpp), the ceiling of the machine:
# started, measured and stopped like a stip server, one I/O thread per core.
start_hello() {  # log_file
  start_listening "$1" "$HELLO" --address 127.0.0.1 --port 0
}
start_listening() {  # log_file command... ; waits for its "listening on http://127.0.0.1:PORT"
  local logf="$1"; shift
  "$@" >"$logf" 2>&1 &
  SERVER_PID=$!
  SERVER_PIDS+=("$SERVER_PID")
  PORT=""
  for _ in $(seq 1 600); do  # at most 60 s to open the database and listen
    PORT="$(sed -n 's#.*listening on http://127\.0\.0\.1:\([0-9][0-9]*\).*#\1#p' "$logf" | head -n1)"
    [ -n "$PORT" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$PORT" ] || ! curl -fsS --max-time 5 "http://127.0.0.1:$PORT/healthz" >/dev/null; then
    cat "$logf" >&2
    die "the server did not start; its output is above"
  fi
}
stop_servers() {
  local pid
  for pid in "${SERVER_PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || continue
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do  # at most 15 s for a graceful stop
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
  done
  SERVER_PIDS=()
  SERVER_PID=""
}

CLK_TCK="$(getconf CLK_TCK)"
# utime + stime in clock ticks (fields 14 and 15; the name field has no spaces) of the pids given.
ticks_of() { local p; for p in "$@"; do cat "/proc/$p/stat" 2>/dev/null; done |
  awk '{ s += $14 + $15 } END { print s + 0 }'; }
cpu_ticks() { ticks_of "${SERVER_PIDS[@]}"; }
rss_kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/${2:-$SERVER_PID}/status"; }

# --- PostgreSQL ---------------------------------------------------------------------------------

PG_DIR=""          # the bench's own throw-away server (scripts/pg-test-server), stopped at the end
PG_MEASURE_DIR=""  # the server whose processes are measured (CPU, PSS): normally PG_DIR
PG_URL=""
start_postgres() {
  PG_DIR="$WORK/pg"
  PG_MEASURE_DIR="$PG_DIR"
  PG_URL="$("$ROOT/scripts/pg-test-server" start "$PG_DIR")" || die "PostgreSQL did not start"
}
stop_postgres() {
  [ -n "$PG_DIR" ] && "$ROOT/scripts/pg-test-server" stop "$PG_DIR" >/dev/null 2>&1 || true
  PG_DIR=""
}
pg_database() {  # name -> URL of a new, empty database on the bench server
  psql -q "$PG_URL" -c "CREATE DATABASE $1" >/dev/null || die "cannot create database $1"
  echo "${PG_URL%/*}/$1"
}
# The postmaster and its children (backends, checkpointer, WAL writer, ...).
pg_pids() {
  local main
  [ -n "$PG_MEASURE_DIR" ] || return 0
  main="$(head -n1 "$PG_MEASURE_DIR/data/postmaster.pid" 2>/dev/null)" || return 0
  echo "$main" $(ps -o pid= --ppid "$main")
}
# Proportional set size of all PostgreSQL processes in kB: the shared buffers count once.
pg_pss_kb() {
  local p pids
  pids="$(pg_pids)"
  [ -n "$pids" ] || return 0  # not measured: prints nothing
  for p in $pids; do cat "/proc/$p/smaps_rollup" 2>/dev/null; done |
    awk '$1 == "Pss:" { s += $2 } END { print s + 0 }'
}
pg_count() { pg_pids | wc -w; }

# --- load and measurements ----------------------------------------------------------------------

# Logs in as bench.regisseur and issues an API token (Bearer: no cookie or CSRF for wrk).
TOKEN=""
get_token() {
  local jar="$WORK/cookies" body csrf
  body="$(curl -fsS --max-time 10 -c "$jar" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench.regisseur\",\"password\":\"$PASSWORD\"}" \
    "http://127.0.0.1:$PORT/api/v1/session")"
  csrf="$(sed -n 's/.*"csrf":"\([^"]*\)".*/\1/p' <<<"$body")"
  body="$(curl -fsS --max-time 10 -b "$jar" -H 'Content-Type: application/json' \
    -H "X-CSRF-Token: $csrf" -d '{"name":"bench/run"}' "http://127.0.0.1:$PORT/api/v1/tokens")"
  TOKEN="$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$body")"
  [ -n "$TOKEN" ] || die "could not get an API token (answer: $body)"
}

metric() {  # name [port] -> value summed over its series (0 when absent or unreachable)
  { curl -fsS --max-time 10 "http://127.0.0.1:${2:-$PORT}/metrics" 2>/dev/null || true; } |
    awk -v n="$1" '$1 == n || index($1, n "{") == 1 { s += $2 } END { printf "%.0f", s }'
}

# Checks that the measured overview is what the goals are about: one request for the first
# family in ids_file must return a full page of 50 entries and leave exactly one access-log line
# committed by the group committer before its answer. Prints "ENTRIES LINES" (ENTRIES is "?"
# without node, which parses the JSON; nodejs comes with scripts/setup).
check_overview() {  # ids_file
  local id body n l0 l1
  id="$(head -n1 "$1")"
  l0="$(metric stip_access_log_batch_size_sum)"
  body="$(curl -fsS --max-time 10 -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' \
    "http://127.0.0.1:$PORT/api/v1/families/$id?limit=50&purpose=hulpverlening")" ||
    die "the overview of family $id failed"
  l1="$(metric stip_access_log_batch_size_sum)"
  n="?"
  if command -v node >/dev/null 2>&1; then
    n="$(node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () =>
      console.log(JSON.parse(s).entries.length))' <<<"$body")"
  fi
  echo "$n $((l1 - l0))"
}

# wrk_run name script url duration ids -> prints the STIP_BENCH line; warm-up first. Adds the
# CPU time per request of the stip processes and, when PostgreSQL runs, of PostgreSQL.
wrk_run() {
  local name="$1" script="$2" url="$3" duration="$4" ids="${5:-}" out
  local args=()
  [ -n "$ids" ] && args=(-- "$ids" "$TOKEN")
  timeout $((WARMUP + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s \
    -s "$BENCH/wrk/$script" "$url" "${args[@]}" >/dev/null 2>&1 || true
  local cpu0 cpu1 db0 db1 acc0 acc1 bat0 bat1
  acc0="$(metric stip_access_log_batch_size_sum)"
  bat0="$(metric stip_access_log_batch_size_count)"
  cpu0="$(cpu_ticks)"
  db0="$(ticks_of $(pg_pids))"
  out="$(timeout $((duration + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${duration}s" \
    --timeout 5s -s "$BENCH/wrk/$script" "$url" "${args[@]}" 2>&1)" || true
  cpu1="$(cpu_ticks)"
  db1="$(ticks_of $(pg_pids))"
  acc1="$(metric stip_access_log_batch_size_sum)"
  bat1="$(metric stip_access_log_batch_size_count)"
  echo "$out" >"$WORK/wrk-$name.txt"
  local line
  line="$(grep '^STIP_BENCH ' <<<"$out" | tail -n1)"
  if [ -z "$line" ]; then
    echo "bench/run: wrk gave no result for $name:" >&2
    echo "$out" >&2
    line="STIP_BENCH name=$name requests=0 seconds=0 rps=0 p50_ms=0 p90_ms=0 p99_ms=0 max_ms=0 non2xx=0 connect_err=0 read_err=0 write_err=0 timeout_err=0"
  fi
  # access_lines / access_batches: access-log lines committed by the group committer during the
  # measured run (from /metrics of $PORT; 0 for servers without them), and in how many commits.
  echo "$line $(awk -v t0="$cpu0" -v t1="$cpu1" -v d0="$db0" -v d1="$db1" -v hz="$CLK_TCK" -v l="$line" \
    -v a0="$acc0" -v a1="$acc1" -v b0="$bat0" -v b1="$bat1" 'BEGIN {
    n = 0; if (match(l, /requests=[0-9]+/)) n = substr(l, RSTART + 9, RLENGTH - 9) + 0
    s = (t1 - t0) / hz; d = (d1 - d0) / hz
    printf "server_cpu_s=%.2f server_cpu_us_per_req=%s db_cpu_us_per_req=%s", s,
      (n > 0 ? sprintf("%.0f", s * 1e6 / n) : "n/a"), (n > 0 && d > 0 ? sprintf("%.0f", d * 1e6 / n) : "—")
    printf " access_lines=%d access_batches=%d", a1 - a0, b1 - b0
  }')"
}

run_verify() {  # database_args... -> "events_per_s seconds lines cpu_s"
  local out cpu
  local timer=()
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -f 'CPU %U %S')
  out="$( { "${timer[@]}" timeout 1800 "$STIP" verify "$@"; } 2>&1)" || {
    echo "$out" >&2
    die "stip verify failed (output above)"
  }
  cpu="$(awk '/^CPU /{ printf "%.2f", $2 + $3 }' <<<"$out")"
  awk -v cpu="${cpu:-0}" '/verified in/ {
      for (i = 1; i <= NF; i++) {
        if ($i == "in") secs = $(i + 1)
        if ($i == "events") ev = $(i - 1)
        if ($i == "access-log") acc = $(i - 1)
        if ($i ~ /^\(/) rate = substr($i, 2)
      }
      printf "%s %s %d %s\n", rate, secs, ev + acc, cpu
    }' <<<"$out"
}

# nginx (Debian nginx-light) round-robin over the given ports; prints its port. Config, temp files
# and logs in $WORK/nginx. Stopped by stop_nginx.
NGINX_PID=""
start_nginx() {
  local dir="$WORK/nginx" port p
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || return 1
  mkdir -p "$dir/temp"
  port=$((20000 + RANDOM % 40000))
  {
    [ "$(id -u)" -eq 0 ] && echo "user root;"
    echo "worker_processes 1;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log off;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $dir/temp/$t;"; done
    echo "  upstream stip {"
    for p in "$@"; do echo "    server 127.0.0.1:$p max_fails=0;"; done
    echo "    keepalive 64;"
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$port;"
    echo "    location / { proxy_pass http://stip; proxy_http_version 1.1;"
    echo "      proxy_set_header Connection \"\"; proxy_set_header Host \$http_host;"
    echo "      proxy_next_upstream off; }"
    echo "  }"
    echo "}"
  } >"$dir/nginx.conf"
  "$(command -v nginx || echo /usr/sbin/nginx)" -e "$dir/error.log" -c "$dir/nginx.conf" -p "$dir" \
    -g "daemon off; pid $dir/nginx.pid;" >/dev/null 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 100); do
    curl -fsS --max-time 2 "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && { echo "$port"; return 0; }
    sleep 0.1
  done
  return 1
}
stop_nginx() {
  [ -n "$NGINX_PID" ] || return 0
  kill -QUIT "$NGINX_PID" 2>/dev/null || true
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
}

# --- formatting ---------------------------------------------------------------------------------

fmt_int() { awk -v v="$1" 'BEGIN { if (v == "" || v == "n/a" || v == "—") { print (v == "" ? "—" : v); exit }
  s = sprintf("%.0f", v); r = ""; n = length(s)
  for (i = 1; i <= n; i++) { r = r substr(s, i, 1); if ((n - i) % 3 == 0 && i < n) r = r "," }
  print r }'; }
per_cpu() { fmt_int "$(awk -v n="$1" -v c="$2" 'BEGIN { if (c > 0) printf "%.0f", n / c; else print 0 }')"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && a != "—" && b + 0 > 0) printf "%.2f", a / b; else print "—" }'; }
# a small ratio keeps a third decimal (0.024 × hello, not 0.02 ×)
ratio3() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || a == "—" || b + 0 <= 0) { print "—"; exit }
  r = a / b; printf (r < 0.1 ? "%.3f" : "%.2f"), r }'; }
mb() { awk -v k="$1" 'BEGIN { if (k == "") print "—"; else printf "%.0f", k / 1024 }'; }
errors_of() {
  local l="$1"
  echo $(($(field "$l" non2xx) + $(field "$l" connect_err) + $(field "$l" read_err) + \
    $(field "$l" write_err) + $(field "$l" timeout_err)))
}
# households/s from a stip_gen summary line
gen_rate() { sed -n 's/.*events\/s, \([0-9]*\) households\/s.*/\1/p' <<<"$1" | head -n1; }
gen_seconds() { sed -n 's/.* in \([0-9.]*\) s (.*/\1/p' <<<"$1" | head -n1; }
