# Hostile single inputs: huge lines, a million lines, NUL bytes, bad UTF-8,
# digits only, currency symbols, numbers of 10,000 digits. None may crash,
# hang (the ctest TIMEOUT and $LIMIT catch that), or print inf/nan; each
# gets the expected exit code and a clear message. Inputs are generated here.
source "$(dirname "$0")/lib.bash"

python3 - "$SCRATCH" <<'EOF'
import os, sys
out = sys.argv[1]
def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

# 50 MB on one line: plain sentences, a money figure every thousandth one.
plain = "Le marché des puces reste tendu selon les analystes du secteur. "
money = "La société Norvane a investi 12 millions d’euros. "
block = (plain * 999 + money).encode("utf-8")
write("one_line_50mb.txt", block * (50_000_000 // len(block) + 1))

# One million short lines.
lines = ["Bonjour.", "Texte court.", "Une ligne.", "Fin de phrase ici."]
write("million_lines.txt", "\n".join(lines[i % 4] for i in range(1_000_000)) + "\n")

# NUL bytes among text (repaired) and a file of NULs (refused).
write("some_nuls.txt", b"Le groupe Solvera\x00 annonce 5 % de hausse.\n" + b"Texte normal sans octet nul. " * 300 + b"\x00fin\n")
write("all_nuls.txt", b"\x00" * 10_000)

# Lone surrogates and overlong forms, in ASCII text (read as Windows-1252)
# and in UTF-8 text (repaired with U+FFFD).
write("bad_utf8_ascii.txt", b"Co\xed\xa0\x80t de 5 \xc0\xaf millions \xe0\x80\xaf d'euros \xf0\x80\x80\xaf et \xf4\x90\x80\x80 fin.\n")
write("bad_utf8_mostly_good.txt", ("Le coût annoncé dépasse déjà les prévisions. " * 50).encode() + b"\xed\xa0\x80\xed\xbf\xbf \xc0\xaf fin.\n")

# Only digits and spaces; digits with separators of every kind.
write("digits_only.txt", " ".join(str(i * 7919 % 100000) for i in range(200_000)) + "\n")
write("digits_grouped.txt", ("1 234 567 890 " * 20000 + "\n") + ("12\u202f345\u00a0678,9 " * 20000) + "\n")

# Currency symbols repeated, alone and around numbers.
write("currency_only.txt", "€" * 200_000 + "\n" + "$" * 200_000 + "\n" + "£¥₿" * 50_000 + "\n")
write("currency_mixed.txt", ("5 € € € $ $ M€ Md$ %" * 20_000) + "\n" + "€5€5€5$5%5" * 20_000 + "\n")

# Numbers of 10,000 digits, far beyond the range of a double.
big = "9" * 10_000
write("huge_numbers.txt",
      f"Le budget atteint {big} euros.\n"
      f"Une valeur de {big},{big} milliards de dollars.\n"
      f"Une hausse de {big} %.\n"
      f"Un prix de 0,{'0' * 10_000}1 € seulement.\n"
      f"Ils ont levé {'1' + ' 000' * 3000} euros.\n"
      f"Soit {big}e{big} dollars et {big[:400]} millions d’euros.\n")
EOF

# check_output FILE WHAT: valid JSON, every number finite (no inf, nan, or a
# number Python reads as infinite), and no "inf"/"nan" value in the text report.
check_output() {
  if python3 - "$1" <<'EOF'
import json, math, sys
def reject(token): raise ValueError(f"non-finite number {token}")
doc = json.loads(open(sys.argv[1], encoding="utf-8").read(), parse_constant=reject)
def walk(v):
    if isinstance(v, float) and not math.isfinite(v): raise ValueError(f"non-finite number {v}")
    if isinstance(v, dict): [walk(x) for x in v.values()]
    if isinstance(v, list): [walk(x) for x in v]
walk(doc)
EOF
  then pass "$2: valid JSON, finite numbers"; else fail "$2: bad JSON output"; fi
}

# run_hostile NAME WANT_EXIT [json]: runs analyze on SCRATCH/NAME.txt in
# json, text and csv (json only when asked: the big inputs).
run_hostile() {
  local name=$1 want=$2 only=${3:-}
  expect_status "$want" "$name: exit $want" -- "$ANALYZE" --format json "$SCRATCH/$name.txt"
  cp "$SCRATCH/out" "$SCRATCH/$name.json"; cp "$SCRATCH/err" "$SCRATCH/$name.err"
  [ "$want" -eq 0 ] && check_output "$SCRATCH/$name.json" "$name"
  [ "$only" = json ] && return
  $LIMIT "$ANALYZE" --format text --color never "$SCRATCH/$name.txt" >"$SCRATCH/$name.text" 2>/dev/null
  expect_no_grep '(^|[^[:alpha:]])-?(inf|nan)([^[:alpha:]]|$)' "$SCRATCH/$name.text" "$name: no inf or nan in the text report"
  $LIMIT "$ANALYZE" --format csv "$SCRATCH/$name.txt" >"$SCRATCH/$name.csv" 2>/dev/null
  expect_no_grep ',-?(inf|nan),' "$SCRATCH/$name.csv" "$name: no inf or nan in the CSV"
}

run_hostile one_line_50mb 0 json
json_check "$SCRATCH/one_line_50mb.json" "d['stats']['bytes'] == $(stat -c %s "$SCRATCH/one_line_50mb.txt")" "50 MB line: every byte analyzed"
json_check "$SCRATCH/one_line_50mb.json" "d['stats']['sentences'] > 700000" "50 MB line: cut into sentences"
run_hostile million_lines 0 json
json_check "$SCRATCH/million_lines.json" "d['stats']['sentences'] >= 1000000" "million lines: a sentence each"
run_hostile some_nuls 0
expect_grep "some_nuls.txt: warning: 2 control bytes .* replaced by spaces" "$SCRATCH/some_nuls.err" "NUL bytes: replaced, with a warning naming the file"
run_hostile all_nuls 1
expect_grep "^analyze: .*all_nuls.txt: binary data" "$SCRATCH/all_nuls.err" "file of NULs: refused as binary"
run_hostile bad_utf8_ascii 0
expect_grep "bad_utf8_ascii.txt: warning: .*Windows-1252" "$SCRATCH/bad_utf8_ascii.err" "surrogates and overlong forms in ASCII text: read as Windows-1252, warned"
run_hostile bad_utf8_mostly_good 0
expect_grep "bad_utf8_mostly_good.txt: warning: .*invalid UTF-8 .*U\+FFFD" "$SCRATCH/bad_utf8_mostly_good.err" "surrogates in UTF-8 text: replaced, warned"
json_check "$SCRATCH/bad_utf8_mostly_good.json" "d['encoding'] == 'UTF-8'" "surrogates in UTF-8 text: the accents stay UTF-8"
for name in digits_only digits_grouped currency_only currency_mixed huge_numbers; do run_hostile $name 0; done

# The small ones in one batch, with -j 2: every good one reported, in order.
mkdir -p "$SCRATCH/all" && ln -s "$SCRATCH"/*.txt "$SCRATCH/all/" && rm "$SCRATCH/all/one_line_50mb.txt" "$SCRATCH/all/million_lines.txt"
expect_status 1 "the small hostile files in one batch: exit 1 (one is binary)" -- "$ANALYZE" -j 2 --format jsonl "$SCRATCH/all"
jsonl_check "$SCRATCH/out" "len(d) == 8 and [x['source'] for x in d] == sorted(x['source'] for x in d)" "batch: the eight others reported, in order"
[ "$(grep -c '^analyze: .*: binary data' "$SCRATCH/err")" -eq 1 ] && pass "batch: one refusal" || fail "batch: $(cat "$SCRATCH/err")"

finish
