# Hostile single inputs: NUL bytes, bad UTF-8, digits only, currency
# symbols, numbers of 10,000 digits. None may crash, hang (a command limit and
# the ctest TIMEOUT catch that) or print inf/nan; each gets the expected exit
# code and a clear message naming the file. Inputs are generated here; the
# huge ones are in hostile_big.sh.
source "$(dirname "$0")/lib.bash"
# Each file is at most 1 MB: a minute is already a hang.
LIMIT="timeout --kill-after=10 60"

generate_inputs <<'EOF'

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

# All of them in one batch, with -j 2: every good one reported, in order.
mkdir -p "$SCRATCH/all" && ln -s "$SCRATCH"/*.txt "$SCRATCH/all/"
expect_status 1 "the hostile files in one batch: exit 1 (one is binary)" -- "$ANALYZE" -j 2 --format jsonl "$SCRATCH/all"
jsonl_check "$SCRATCH/out" "len(d) == 8 and [x['source'] for x in d] == sorted(x['source'] for x in d)" "batch: the eight others reported, in order"
[ "$(grep -c '^analyze: .*: binary data' "$SCRATCH/err")" -eq 1 ] && pass "batch: one refusal" || fail "batch: $(cat "$SCRATCH/err")"

finish
