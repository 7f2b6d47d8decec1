# Stream mode (--input-format jsonl): records in, one result line per record
# out, in order, with its id; bad records give error lines; flushed per
# record; GNU parallel --pipe gives the same result as one process.
source "$(dirname "$0")/lib.bash"

make_corpus "$SCRATCH/corpus.jsonl" 400 jsonl

# Round trip: one line per record, same ids in the same order, source = id.
"$ANALYZE" -j 1 --input-format jsonl <"$SCRATCH/corpus.jsonl" >"$SCRATCH/j1.jsonl" 2>"$SCRATCH/err" || fail "stream -j 1: exit $?: $(head -c 300 "$SCRATCH/err")"
ids=$(python3 -c 'import json,sys; print(json.dumps([json.loads(l)["id"] for l in open(sys.argv[1])]))' "$SCRATCH/corpus.jsonl")
jsonl_check "$SCRATCH/j1.jsonl" "[x['id'] for x in d] == $ids" "stream: one result per record, ids in input order"
jsonl_check "$SCRATCH/j1.jsonl" "all(x['source'] == x['id'] and list(x)[0] == 'id' for x in d)" "stream: id first, source is the id"
"$ANALYZE" -j 2 --input-format jsonl <"$SCRATCH/corpus.jsonl" >"$SCRATCH/j2.jsonl" 2>/dev/null
cmp -s "$SCRATCH/j1.jsonl" "$SCRATCH/j2.jsonl" && pass "stream: -j 2 identical to -j 1" || fail "stream: -j 2 differs from -j 1"

# The same texts as files in batch mode give the same analyses.
python3 - "$SCRATCH/corpus.jsonl" "$SCRATCH/files" <<'EOF'
import json, os, sys
os.makedirs(sys.argv[2])
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    open(os.path.join(sys.argv[2], r["id"] + ".txt"), "w", encoding="utf-8").write(r["text"])
EOF
"$ANALYZE" --format jsonl "$SCRATCH/files" >"$SCRATCH/files.jsonl" 2>/dev/null
same_json "$SCRATCH/j1.jsonl" "$SCRATCH/files.jsonl" "stream and batch agree on the same texts" source id

# Files as input, and the default *.jsonl glob in a folder.
head -n 150 "$SCRATCH/corpus.jsonl" >"$SCRATCH/part1.jsonl"
tail -n +151 "$SCRATCH/corpus.jsonl" >"$SCRATCH/part2.jsonl"
"$ANALYZE" --input-format jsonl "$SCRATCH/part1.jsonl" "$SCRATCH/part2.jsonl" >"$SCRATCH/parts.jsonl" 2>/dev/null
cmp -s "$SCRATCH/parts.jsonl" "$SCRATCH/j1.jsonl" && pass "stream: files read in turn" || fail "stream: files differ from stdin"
mkdir -p "$SCRATCH/recs" && cp "$SCRATCH/part1.jsonl" "$SCRATCH/part2.jsonl" "$SCRATCH/recs/" && echo "pas un enregistrement" >"$SCRATCH/recs/notes.txt"
"$ANALYZE" --input-format jsonl "$SCRATCH/recs" >"$SCRATCH/recs.jsonl" 2>/dev/null
cmp -s "$SCRATCH/recs.jsonl" "$SCRATCH/j1.jsonl" && pass "stream: a folder gives its *.jsonl files" || fail "stream: folder output differs"

# Bad records: an error line each ({"id", "error"}) and a message; the rest goes on; exit 1.
python3 - "$SCRATCH/bad.jsonl" <<'EOF'
import json, sys
good = lambda i: json.dumps({"id": i, "text": "Le groupe Vialto a levé 20 millions d’euros."}, ensure_ascii=False).encode()
lines = [
    good("g1"),
    b'{"id": "b1", "text": "coup\xc3\xa9',                   # invalid JSON
    b'{"id": "b2"}',                                     # no text
    b'{"id": "b3", "text": 42}',                         # text not a string
    b'["id", "text"]',                                   # not an object
    b'{"id": {"deep": [1, 2]}, "text": "Bonjour."}',     # id neither string nor number
    b'{"id": "b5", "text": ""}',                         # empty text
    b'{"id": "b6", "text": "caf\xe9"}',                  # invalid UTF-8 inside JSON
    b"",                                                 # blank line: skipped
    b"   ",
    good(7) + b"\r",                                     # numeric id, CRLF line end
    b'{"text": "Sans identifiant, Orange investit 3 %."}',  # no id
    good("g9"),
]
open(sys.argv[1], "wb").write(b"\n".join(lines))          # no final line end
EOF
expect_status 1 "bad records: exit 1" -- "$ANALYZE" --input-format jsonl "$SCRATCH/bad.jsonl"
cp "$SCRATCH/out" "$SCRATCH/bad.out"; cp "$SCRATCH/err" "$SCRATCH/bad.err"
jsonl_check "$SCRATCH/bad.out" "[x['id'] for x in d] == ['g1', 'b1', 'b2', 'b3', None, None, 'b5', 'b6', 7, None, 'g9']" "bad records: one line each, in order, with the id when it could be read"
jsonl_check "$SCRATCH/bad.out" "[('error' in x) for x in d] == [False, True, True, True, True, True, True, True, False, False, False]" "bad records: error lines where due, results elsewhere"
jsonl_check "$SCRATCH/bad.out" "all(set(x) == {'id', 'error'} for x in d if 'error' in x)" "bad records: an error line is {id, error}"
jsonl_check "$SCRATCH/bad.out" "d[8]['source'] == '7' and d[9]['id'] is None and d[9]['source'].endswith('bad.jsonl:12')" "numeric id kept; no id: source is FILE:LINE"
expect_grep 'bad.jsonl:2 \(id "b1"\): invalid JSON' "$SCRATCH/bad.err" "invalid JSON: message names file, line and id"
expect_grep 'bad.jsonl:8 \(id "b6"\): invalid JSON.*UTF-8' "$SCRATCH/bad.err" "invalid UTF-8 in a record: said"
expect_grep 'bad.jsonl:3 \(id "b2"\): invalid record: no "text"' "$SCRATCH/bad.err" "no text: message names the record"
expect_grep 'bad.jsonl:7 \(id "b5"\): empty' "$SCRATCH/bad.err" "empty text: said"
[ "$(grep -c '^analyze: ' "$SCRATCH/bad.err")" -eq 7 ] && pass "bad records: seven messages" || fail "bad records: $(cat "$SCRATCH/bad.err")"
"$ANALYZE" --input-format jsonl --format csv "$SCRATCH/bad.jsonl" >"$SCRATCH/bad.csv" 2>/dev/null
python3 -c "import csv,sys; rows=list(csv.reader(open(sys.argv[1], newline=''))); sys.exit(0 if rows[0][0] == 'source' else 1)" "$SCRATCH/bad.csv" \
  && pass "stream --format csv: loads" || fail "stream --format csv"

# Flushed per record: a reader gets each result before sending the next record.
# Bash unsets ANALYZER and ANALYZER_PID as soon as it reaps the coprocess,
# which may happen before `wait`: keep copies of the descriptors and the pid.
coproc ANALYZER { "$ANALYZE" --input-format jsonl 2>/dev/null; }
analyzer_pid=$ANALYZER_PID
exec {to_analyzer}>&"${ANALYZER[1]}" {from_analyzer}<&"${ANALYZER[0]}"
got=0
for i in 1 2 3; do
  printf '{"id": "live-%d", "text": "Le fonds Kestrel a investi %d millions d’euros."}\n' "$i" "$i" >&"$to_analyzer"
  if IFS= read -r -t 60 line <&"$from_analyzer" && [[ $line == '{"id":"live-'$i'"'* ]]; then got=$((got + 1)); fi
done
exec {to_analyzer}>&- {ANALYZER[1]}>&-
wait "$analyzer_pid" 2>/dev/null || true
exec {from_analyzer}<&-
[ "$got" -eq 3 ] && pass "stream: each result written as soon as its record is read" || fail "stream: only $got of 3 results came back before the next record"

# GNU parallel --pipe, in blocks, gives the same lines as one process.
if command -v parallel >/dev/null && parallel --version 2>/dev/null | grep -q "GNU parallel"; then
  $LIMIT parallel --pipe --block 20k -k -j 2 "'$ANALYZE'" -j 1 --input-format jsonl <"$SCRATCH/corpus.jsonl" >"$SCRATCH/parallel.jsonl" 2>"$SCRATCH/parallel.err"
  [ "$?" -eq 0 ] && pass "parallel --pipe: exit 0" || fail "parallel --pipe: $(head -c 300 "$SCRATCH/parallel.err")"
  cmp -s "$SCRATCH/parallel.jsonl" "$SCRATCH/j1.jsonl" && pass "parallel --pipe: identical to one process" || fail "parallel --pipe: results differ"
  $LIMIT parallel --pipe --block 20k -j 2 "'$ANALYZE'" --input-format jsonl <"$SCRATCH/corpus.jsonl" | sort >"$SCRATCH/parallel-unordered.jsonl"
  sort "$SCRATCH/j1.jsonl" | cmp -s - "$SCRATCH/parallel-unordered.jsonl" && pass "parallel --pipe without -k: same set of lines" || fail "parallel --pipe without -k: lines differ"
else
  fail "GNU parallel is not installed (Debian package parallel)"
fi

finish
