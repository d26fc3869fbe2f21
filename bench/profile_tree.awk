# bench/profile_tree.awk: folds `perf script -F tid,ip,sym,dso` output (call graphs, leaf first)
# into the two views the perf report lacks for Stip: where the process's CPU goes by part of the
# server, and a top-down tree of Stip's own functions under the request handler, each with what
# its time is finally spent in (SQLite, malloc/free, kernel, Boost.JSON, ...).
#   perf script -i perf.data -F tid,ip,sym,dso | awk -f bench/profile_tree.awk
# Variables (-v): anchor (default stip::http::Dispatcher::Handle), depth (5), min_pct (0.5).

BEGIN {
  if (anchor == "") anchor = "stip::http::Dispatcher::Handle"
  if (depth == "") depth = 8
  if (min_pct == "") min_pct = 0.5
  n = 0
}

# A function name as a person reads it: no anonymous namespace, arguments, ABI tags or clones.
function clean(s) {
  gsub(/\(anonymous namespace\)::/, "", s)
  sub(/ \(inlined\)$/, "", s)
  gsub(/\[abi:[a-z0-9]+\]/, "", s)
  sub(/\(.*$/, "", s)
  sub(/\.(constprop|isra|part|cold)\..*$/, "", s)
  return s
}

# What a leaf frame is spent in.
function category(sym, dso) {
  if (dso ~ /kernel/) return "kernel"
  if (dso ~ /libsqlite3/) return "SQLite"
  if (dso ~ /libpq/) return "libpq"
  if (dso ~ /libboost_json/) return "Boost.JSON"
  if (sym ~ /malloc|free|_int_|unlink_chunk|consolidate|operator new|operator delete|tcache/)
    return "malloc/free"
  if (dso ~ /libc\.so/) return "libc (memcpy, locks, ...)"
  if (dso ~ /libstdc\+\+/) return "libstdc++"
  if (dso ~ /libcrypto|libsodium/) return "crypto"
  if (dso ~ /\/stip$/ || dso ~ /\/stip_/) return "stip binary"
  return "other"
}

function syscall_of(caller) {
  if (caller ~ /pread/) return "pread64"
  if (caller ~ /pwrite/) return "pwrite64"
  if (caller ~ /futex|lll_|pthread_cond|pthread_mutex|_M_load_and_test|sem_/) return "futex"
  if (caller ~ /fdatasync|fsync/) return "fdatasync"
  if (caller ~ /fcntl/) return "fcntl"
  if (caller ~ /sendmsg|sendto|__send|writev/) return "sendmsg"
  if (caller ~ /recvmsg|recvfrom|__recv|readv/) return "recvmsg"
  if (caller ~ /epoll/) return "epoll_wait"
  return "other system calls"
}

# A Stip function worth a line in the tree (not a lambda, std::function glue or a template).
function is_stip(s) {
  return s ~ /^stip::/ && s !~ /lambda|operator\(\)|_M_invoke|<|~/
}

function flush(   i, h, path, prev, d, s, cat, part, leaf_syms) {
  if (nf == 0) return
  n++
  # An inlined leaf has no library of its own: it is that of the function it was inlined into.
  leaf_syms = ""
  for (i = 1; i < nf && fdso[i] == "inlined"; i++) leaf_syms = leaf_syms " " fsym[i]
  cat = category(leaf_syms " " fsym[i], fdso[i])
  # The kernel's share by the system call it serves (futex: waking and waiting threads; pread:
  # SQLite reading pages from the OS page cache; fdatasync: durability; sendto/recvfrom: HTTP).
  # A sample in the system call's entry or exit has no sys_ frame: the caller in user space names it.
  if (cat == "kernel") {
    cat = "kernel: interrupts, scheduling, faults"
    for (i = 1; i <= nf; i++) {
      if (fname[i] ~ /^__(x64|do)_sys_/) { s = fname[i]; sub(/^__(x64|do)_sys_/, "", s); cat = "kernel: " s; break }
      if (fname[i] == "entry_SYSCALL_64_after_hwframe" && i < nf) { cat = "kernel: " syscall_of(fname[i + 1]); break }
    }
  }
  # Where in the server: under the handler, in the group committer, on an I/O thread, elsewhere.
  h = 0
  for (i = nf; i >= 1; i--) if (fname[i] == anchor) { h = i; break }
  if (h) part = "request handlers (under " anchor ")"
  else {
    part = "other (idle worker wake-ups, timers, ...)"
    for (i = nf; i >= 1; i--) {
      if (fname[i] ~ /^stip::app::Committer::Run/) { part = "group committer (store Commit, fsync)"; break }
      if (fname[i] ~ /io_context::run|Server::Start/) { part = "I/O threads (Beast read, parse, write)"; break }
    }
  }
  parts[part]++
  partcat[part SUBSEP cat]++
  cats[cat]++
  if (!h) { nf = 0; return }
  # The chain of Stip functions below the anchor, outermost first, without repeats.
  path = anchor; prev = anchor; d = 0
  node[path]++; nodecat[path SUBSEP cat]++
  for (i = h - 1; i >= 1 && d < depth; i--) {
    s = fname[i]
    if (!is_stip(s) || s == prev) continue
    prev = s; d++
    path = path " > " s
    node[path]++; nodecat[path SUBSEP cat]++
  }
  nf = 0
}

/^[^\t]/ { flush(); next }          # a sample's header line (its thread id)
/^$/ { flush(); next }
{
  line = $0
  sub(/^[ \t]+[0-9a-f]+ /, "", line)
  dso = ""
  if (match(line, / \([^()]*\)$/)) { dso = substr(line, RSTART + 2, RLENGTH - 3); line = substr(line, 1, RSTART - 1) }
  nf++
  fsym[nf] = line; fdso[nf] = dso; fname[nf] = clean(line)
}

function pct(x) { return sprintf("%5.1f%%", 100 * x / n) }
# "SQLite 40%, malloc/free 20%, ..." of one node's samples, largest first, above 5%.
function breakdown(key, total,   c, k, parts_s, best, bestc, used) {
  parts_s = ""
  delete used
  for (;;) {
    best = ""; bestc = 0
    for (k in cats) if (!(k in used) && nodecat_of(key, k) > bestc) { best = k; bestc = nodecat_of(key, k) }
    if (best == "" || bestc * 100 / total < 5) break
    used[best] = 1
    parts_s = parts_s (parts_s == "" ? "" : ", ") best " " sprintf("%.0f%%", 100 * bestc / total)
  }
  return parts_s
}
function nodecat_of(key, c) { return (key SUBSEP c) in nodecat ? nodecat[key SUBSEP c] : 0 }

END {
  flush()
  if (n == 0) { print "no samples"; exit }
  printf "%d samples.\n\n", n
  print "### By part of the server (% of all samples of the process)"
  print ""
  for (p in parts) printf "%s  %s\n", pct(parts[p]), p | "sort -rn"
  close("sort -rn")
  print ""
  print "### Spent in (leaf frame), all samples"
  print ""
  print "(stip binary: Stip's own code with the Beast, Asio and std code inlined into it; kernel: by the"
  print "system call it serves: futex = threads waiting and waking, pread64 = SQLite reading pages"
  print "from the OS page cache, pwrite64/fdatasync = commits, sendmsg/recvmsg = HTTP)"
  print ""
  for (c in cats) printf "%s  %s\n", pct(cats[c]), c | "sort -rn"
  close("sort -rn")
  print ""
  print "### Stip's functions under the handler, top-down (% of all samples; ≥ " min_pct " %), and what each is spent in"
  print ""
  if (!(anchor in node)) { print "(no sample under " anchor ": incomplete call graphs?)"; exit }
  # Depth first from the anchor; siblings largest first.
  m = 0
  stack[++m] = anchor
  while (m > 0) {
    k = stack[m--]
    d = gsub(/ > /, " > ", k)
    leaf = k; sub(/.* > /, "", leaf)
    indent = ""
    for (j = 0; j < d; j++) indent = indent "  "
    printf "%s  %s%s  [%s]\n", pct(node[k]), indent, leaf, breakdown(k, node[k])
    # Push the children smallest first, so that the largest is printed next.
    c = 0
    for (x in node) {
      if (index(x, k " > ") != 1 || index(substr(x, length(k) + 4), " > ") > 0) continue
      if (100 * node[x] / n < min_pct) continue
      kids[++c] = x
    }
    for (i = 2; i <= c; i++) { v = kids[i]; j = i - 1; while (j >= 1 && node[kids[j]] > node[v]) { kids[j + 1] = kids[j]; j-- } kids[j + 1] = v }
    for (i = 1; i <= c; i++) stack[++m] = kids[i]
  }
}
