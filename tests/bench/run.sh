#!/usr/bin/env bash
# The benchmark suite of issue 7 in one command: makes (or reuses) a 20k-person "province" database and a
# 1M-person "stress" database with legalaid-cli init + seed, runs legalaid-bench and legalaid-bench-desk on
# each, and prints one Markdown table per database. Installs nothing; see tests/bench/README.md.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: tests/bench/run.sh [--province-only] [--work DIR] [--runs N] [--build DIR]
                          [--db-province FILE] [--db-stress FILE] [--password-file PW] [--user NAME]
                          [--report-runs N] [--export-runs N] [--scroll-seconds N] [--no-plain] [--no-desk]
                          [--shell PATH] [--allow-migrate]
  --work DIR           where the databases, copies and exports go (default /var/tmp/legalaid-bench)
  --runs N             measured runs of the quick operations (default 20; the report and export run fewer)
  --build DIR          build folder with app/cli/legalaid-cli, app/desk/legalaid-desk and tests/bench/*
                       (default: build/release, else build)
  --db-province FILE   use this existing database instead of generating the province one (read only)
  --db-stress FILE     use this existing database instead of generating the stress one (read only)
  --password-file PW   the password of --user for --db-province/--db-stress
  --no-plain           skip the unencrypted copies (and the encrypted/plain ratios)
  --no-desk            skip the desk figures
  --allow-migrate      let the programs migrate a --db-* database older than the build (use a copy: the
                       migration backs the file up beside it and adds indexes)
EOF
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK=/var/tmp/legalaid-bench
RUNS=20
REPORT_RUNS=5
EXPORT_RUNS=3
SCROLL_SECONDS=1800
BUILD=""
PROVINCE_ONLY=0
DB_PROVINCE=""
DB_STRESS=""
PASSWORD_FILE=""
USER_NAME=admin
PLAIN=1
DESK=1
SHELL_PROGRAM=/usr/bin/sqlcipher
MIGRATE_GIVEN=0

while [[ $# -gt 0 ]]; do
    case "$1" in
        --province-only) PROVINCE_ONLY=1; shift ;;
        --work) WORK="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --report-runs) REPORT_RUNS="$2"; shift 2 ;;
        --export-runs) EXPORT_RUNS="$2"; shift 2 ;;
        --scroll-seconds) SCROLL_SECONDS="$2"; shift 2 ;;
        --build) BUILD="$2"; shift 2 ;;
        --db-province) DB_PROVINCE="$2"; shift 2 ;;
        --db-stress) DB_STRESS="$2"; shift 2 ;;
        --password-file) PASSWORD_FILE="$2"; shift 2 ;;
        --user) USER_NAME="$2"; shift 2 ;;
        --no-plain) PLAIN=0; shift ;;
        --no-desk) DESK=0; shift ;;
        --shell) SHELL_PROGRAM="$2"; shift 2 ;;
        --allow-migrate) MIGRATE_GIVEN=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

if [[ -z "$BUILD" ]]; then
    if [[ -x "$ROOT/build/release/tests/bench/legalaid-bench" ]]; then BUILD="$ROOT/build/release"; else BUILD="$ROOT/build"; fi
fi
CLI="$BUILD/app/cli/legalaid-cli"
DESK_BIN="$BUILD/app/desk/legalaid-desk"
BENCH="$BUILD/tests/bench/legalaid-bench"
BENCH_DESK="$BUILD/tests/bench/legalaid-bench-desk"
for program in "$CLI" "$BENCH" "$BENCH_DESK" "$SHELL_PROGRAM"; do
    if [[ ! -x "$program" ]]; then
        echo "run.sh: $program is missing. Build it first:" >&2
        echo "  cmake --build $BUILD --target legalaid-cli legalaid-desk legalaid-bench legalaid-bench-desk" >&2
        exit 1
    fi
done
if [[ $DESK -eq 1 && ! -x "$DESK_BIN" ]]; then
    echo "run.sh: $DESK_BIN is missing; build legalaid-desk or pass --no-desk." >&2
    exit 1
fi
if [[ ( -n "$DB_PROVINCE" || -n "$DB_STRESS" ) && -z "$PASSWORD_FILE" ]]; then
    echo "run.sh: --db-province/--db-stress need --password-file." >&2
    exit 2
fi

mkdir -p "$WORK"
chmod 700 "$WORK"
GENERATOR_VERSION="$("$CLI" --version)"

# The password of the generated databases: made once, readable by this user only.
OWN_PASSWORD="$WORK/password"
if [[ ! -s "$OWN_PASSWORD" ]]; then
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$OWN_PASSWORD"; echo >> "$OWN_PASSWORD")
fi

# make_database LABEL PEOPLE CASES EVENTS_PER_CASE REFERRALS: generates $WORK/LABEL.db unless its stamp
# records the same parameters and generator version; prints the generator's figures.
make_database() {
    local label="$1" people="$2" cases="$3" events="$4" referrals="$5"
    local db="$WORK/$label.db" stamp="$WORK/$label.db.stamp" result="$WORK/$label.seed.json"
    local wanted="people=$people cases=$cases events_per_case=$events referrals=$referrals seed=1 generator=$GENERATOR_VERSION"
    if [[ -f "$db" && -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
        echo "[run] reusing $db ($wanted)" >&2
        return
    fi
    echo "[run] generating $db: $wanted" >&2
    rm -rf "$db" "$db.keyring" "$db-wal" "$db-shm" "$db.pending-audit" "$stamp" "$result" "$WORK/backups"
    "$CLI" --db "$db" --password-file "$OWN_PASSWORD" init --centre-name "Trung tâm trợ giúp pháp lý (bench)" \
        --centre-code TT --admin "$USER_NAME" --kdf interactive > /dev/null
    "$CLI" --db "$db" --user "$USER_NAME" --password-file "$OWN_PASSWORD" --json seed --people "$people" \
        --cases "$cases" --events-per-case "$events" --referrals "$referrals" --seed 1 > "$result"
    echo "$wanted" > "$stamp"
}

# The generator's rate from its JSON result, or "-" when the database was not generated here.
generator_line() {
    local label="$1" own="$2" result="$WORK/$1.seed.json"
    if [[ $own -eq 0 ]]; then
        echo "Generator: not run (existing database given with --db-$label)."
        return
    fi
    local rows seconds rate
    rows=$(grep -o '"rows": *[0-9]*' "$result" | grep -o '[0-9]*$' || echo "?")
    seconds=$(grep -o '"seconds": *[0-9.]*' "$result" | grep -o '[0-9.]*$' || echo "?")
    rate=$(grep -o '"rows_per_second": *[0-9.]*' "$result" | grep -o '[0-9.]*$' || echo 0)
    local met=no
    if awk -v r="$rate" 'BEGIN { exit !(r >= 50000) }'; then met=yes; fi
    printf 'Generator (`legalaid-cli seed`): %s rows in %.1f s = **%.0f rows/s** (target ≥ 50,000 rows/s: %s).\n' \
        "$rows" "$seconds" "$rate" "$met"
}

# print_table TSV: the BENCH lines as a Markdown table, the notes and INFO lines under it.
print_table() {
    awk -F'\t' '
    function thousands(n,   s, out) {
        s = sprintf("%.0f", n); out = ""
        while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
        return s out
    }
    function value(v, unit) {
        if (v == "-" || v == "") return "—"
        if (unit == "rows/s") return thousands(v) " rows/s"
        if (unit == "MB") return sprintf("%.1f MB", v)
        if (v + 0 < 10) return sprintf("%.2f ms", v)
        return sprintf("%.1f ms", v)
    }
    function mb(kb) { return (kb == "-" || kb == "") ? "—" : sprintf("%.0f MB", kb / 1024) }
    BEGIN {
        print "| operation | ours median | ours p95 | shell median | ratio | peak RSS (ours / shell) | target | met? |"
        print "| --- | --- | --- | --- | --- | --- | --- | --- |"
    }
    $1 == "BENCH" {
        shell = value($6, $3); if ($7 == "cpu" && shell != "—") shell = shell " (cpu)"
        ratio = ($8 == "-") ? "—" : sprintf("%.2f×", $8)
        printf "| %s | %s | %s | %s | %s | %s / %s | %s | %s |\n", $2, value($4, $3), value($5, $3), shell, ratio, mb($9), mb($10), $11, $12
        notes[++n] = "- " $2 ": " $13
    }
    $1 == "INFO" { info[++m] = $2 "=" $3 }
    END {
        print ""
        for (i = 1; i <= n; i++) print notes[i]
        if (m > 0) { line = "Info:"; for (i = 1; i <= m; i++) line = line " " info[i]; print ""; print line }
    }' "$1"
}

# bench_database LABEL DB PASSWORD_FILE OWN(0/1)
bench_database() {
    local label="$1" db="$2" password="$3" own="$4"
    local out="$WORK/$label" tsv="$WORK/$label.tsv"
    mkdir -p "$out"
    local migrate=() plain=(--plain none)
    [[ $own -eq 1 || $MIGRATE_GIVEN -eq 1 ]] && migrate=(--allow-migrate)
    [[ $PLAIN -eq 1 ]] && plain=(--plain "$WORK/$label-plain.db")
    echo "[run] benchmarking $label: $db" >&2
    "$BENCH" --db "$db" --user "$USER_NAME" --password-file "$password" --work "$out" --runs "$RUNS" \
        --report-runs "$REPORT_RUNS" --export-runs "$EXPORT_RUNS" --shell "$SHELL_PROGRAM" "${plain[@]}" \
        "${migrate[@]}" > "$tsv"
    if [[ $DESK -eq 1 ]]; then
        "$BENCH_DESK" --db "$db" --user "$USER_NAME" --password-file "$password" --work "$out" \
            --desk "$DESK_BIN" --max-seconds "$SCROLL_SECONDS" "${migrate[@]}" >> "$tsv" || true
    fi
    echo
    echo "### $label database ($db)"
    echo
    generator_line "$label" "$own"
    echo
    print_table "$tsv"
}

echo "## legalaid-desk benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))," \
    "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
    "$GENERATOR_VERSION; sqlcipher $("$SHELL_PROGRAM" -version 2>/dev/null | cut -d' ' -f1)."

if [[ -n "$DB_PROVINCE" ]]; then
    bench_database province "$DB_PROVINCE" "$PASSWORD_FILE" 0
else
    make_database province 20000 20000 3 10000
    bench_database province "$WORK/province.db" "$OWN_PASSWORD" 1
fi
if [[ $PROVINCE_ONLY -eq 0 ]]; then
    if [[ -n "$DB_STRESS" ]]; then
        bench_database stress "$DB_STRESS" "$PASSWORD_FILE" 0
    else
        make_database stress 1000000 1000000 3 500000
        bench_database stress "$WORK/stress.db" "$OWN_PASSWORD" 1
    fi
fi
