# Bad input: empty, binary, invalid UTF-8 / Windows-1252, other encodings and
# line ends, missing and unreadable files, a bad file in a folder of good ones.
source "$(dirname "$0")/lib.bash"

ref=$FIXTURES/cli_levee.txt
"$ANALYZE" --format json "$ref" >"$SCRATCH/ref.json" || fail "reference run"

# The same article in other encodings and line ends: same analysis, same
# offsets (they count bytes of the decoded text: UTF-8, NFC, LF).
python3 - "$ref" "$SCRATCH" <<'EOF'
import sys, unicodedata
text = open(sys.argv[1], encoding="utf-8").read()
out = sys.argv[2]
variants = {
    "bom": b"\xef\xbb\xbf" + text.encode("utf-8"),
    "crlf": text.replace("\n", "\r\n").encode("utf-8"),
    "bom-crlf": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
    "cr": text.replace("\n", "\r").encode("utf-8"),
    "utf16le": b"\xff\xfe" + text.encode("utf-16-le"),
    "utf16be": b"\xfe\xff" + text.encode("utf-16-be"),
    "nfd": unicodedata.normalize("NFD", text).encode("utf-8"),
    "cp1252": text.encode("cp1252"),
    "cp1252-crlf": text.replace("\n", "\r\n").encode("cp1252"),
}
for name, data in variants.items():
    open(f"{out}/{name}.txt", "wb").write(data)
EOF
for v in bom crlf bom-crlf cr utf16le utf16be nfd cp1252 cp1252-crlf; do
  expect_status 0 "$v: exit 0" -- "$ANALYZE" --format json "$SCRATCH/$v.txt"
  cp "$SCRATCH/out" "$SCRATCH/$v.json"; cp "$SCRATCH/err" "$SCRATCH/$v.err"
  same_json "$SCRATCH/$v.json" "$SCRATCH/ref.json" "$v: same analysis and offsets as UTF-8 with LF" source encoding warnings
done
json_check "$SCRATCH/utf16le.json" "d['encoding'] == 'UTF-16LE'" "utf16le: encoding reported"
json_check "$SCRATCH/utf16be.json" "d['encoding'] == 'UTF-16BE'" "utf16be: encoding reported"
json_check "$SCRATCH/bom.json" "d['encoding'] == 'UTF-8' and d['warnings'] == []" "bom: plain UTF-8, no warning"

# Windows-1252 ("Latin-1"): decoded with a warning naming the file; the accents,
# ’, œ and € come out right (same byte counts and analysis as the UTF-8 text).
json_check "$SCRATCH/cp1252.json" "d['encoding'] == 'Windows-1252'" "cp1252: encoding reported"
json_check "$SCRATCH/cp1252.json" "any('Windows-1252' in w for w in d['warnings'])" "cp1252: warning in the JSON"
expect_grep "^analyze: .*cp1252.txt: warning: .*Windows-1252" "$SCRATCH/cp1252.err" "cp1252: warning on stderr names the file"
json_check "$SCRATCH/cp1252.json" "d['stats'] == json.load(open('$SCRATCH/ref.json'))['stats']" "cp1252: decoded text has the UTF-8 byte count"
"$ANALYZE" --format text --color never "$SCRATCH/cp1252.txt" >"$SCRATCH/cp1252.text" 2>/dev/null
"$ANALYZE" --format text --color never "$ref" >"$SCRATCH/ref.text"
if diff <(tail -n +2 "$SCRATCH/cp1252.text" | grep -v -i warning) <(tail -n +2 "$SCRATCH/ref.text" | grep -v -i warning) >/dev/null
then pass "cp1252: text report equals the UTF-8 one"; else fail "cp1252: text report differs"; fi
expect_status 0 "--quiet hides warnings" -- "$ANALYZE" --quiet --format json "$SCRATCH/cp1252.txt"
[ -s "$SCRATCH/err" ] && fail "--quiet: stderr not empty: $(cat "$SCRATCH/err")" || pass "--quiet: stderr empty"

# Empty, white space only, binary.
: >"$SCRATCH/empty.txt"
expect_status 1 "empty file: exit 1" -- "$ANALYZE" --format json "$SCRATCH/empty.txt"
expect_grep "^analyze: .*empty.txt: empty" "$SCRATCH/err" "empty file: named, said empty"
printf ' \n\t\r\n  \n' >"$SCRATCH/blank.txt"
expect_status 0 "white space only: exit 0" -- "$ANALYZE" --format json "$SCRATCH/blank.txt"
expect_grep "blank.txt: warning: .*only white space" "$SCRATCH/err" "white space only: warned"
python3 -c "import sys; open(sys.argv[1],'wb').write(bytes(range(256)) * 64)" "$SCRATCH/binary.txt"
expect_status 1 "binary file: exit 1" -- "$ANALYZE" --format json "$SCRATCH/binary.txt"
expect_grep "^analyze: .*binary.txt: binary data" "$SCRATCH/err" "binary file: named, said binary"
gzip -c "$ref" >"$SCRATCH/gzipped.txt"
expect_status 1 "gzip file: exit 1" -- "$ANALYZE" --format json "$SCRATCH/gzipped.txt"
expect_grep "gzipped.txt: binary data" "$SCRATCH/err" "gzip file: said binary"

# Missing file.
expect_status 1 "missing file: exit 1" -- "$ANALYZE" --format json "$SCRATCH/absent.txt"
expect_grep "^analyze: .*absent.txt: cannot open: No such file or directory" "$SCRATCH/err" "missing file: named, with the reason"

# Unreadable file: root reads chmod 000 files, so run as user nobody.
shared=$(shared_dir)
cp "$ref" "$shared/secret.txt" && chmod 000 "$shared/secret.txt"
cp "$ref" "$shared/open.txt" && chmod 644 "$shared/open.txt"
if expect_unprivileged 1 "unreadable file" "$shared" --format json "$shared/secret.txt" "$shared/open.txt"; then
  expect_grep "^analyze: .*secret.txt: cannot open: Permission denied" "$SCRATCH/err" "unreadable file: named, with the reason"
  json_check "$SCRATCH/out" "[x['source'].rsplit('/',1)[1] for x in d] == ['open.txt']" "unreadable file: the readable one still reported"
fi
rm -rf "$shared"

# A folder with bad files among good ones: every good one reported, exit 1.
mkdir -p "$SCRATCH/mixed"
cp "$FIXTURES"/cli_*.txt "$SCRATCH/mixed/"
cp "$SCRATCH/binary.txt" "$SCRATCH/mixed/cli_m_binary.txt"
: >"$SCRATCH/mixed/cli_f_empty.txt"
cp "$SCRATCH/cp1252.txt" "$SCRATCH/mixed/cli_p_latin.txt"
expect_status 1 "mixed folder: exit 1" -- "$ANALYZE" --format json "$SCRATCH/mixed"
json_check "$SCRATCH/out" "[x['source'].rsplit('/',1)[1] for x in d] == sorted(['cli_amende.txt', 'cli_espaces.txt', 'cli_levee.txt', 'cli_p_latin.txt', 'cli_rachat.txt', 'cli_resultats.txt'])" "mixed folder: all good files reported, in order"
expect_grep "cli_m_binary.txt: binary data" "$SCRATCH/err" "mixed folder: binary file named"
expect_grep "cli_f_empty.txt: empty" "$SCRATCH/err" "mixed folder: empty file named"
expect_grep "cli_p_latin.txt: warning" "$SCRATCH/err" "mixed folder: Windows-1252 file warned"
[ "$(grep -c '^analyze: ' "$SCRATCH/err")" -eq 3 ] && pass "mixed folder: three messages" || fail "mixed folder: messages: $(cat "$SCRATCH/err")"

finish
