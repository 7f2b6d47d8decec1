# Hostile sizes: a 50 MB single line and a million short lines. No crash, no
# hang (a command limit and the ctest TIMEOUT catch that), every byte
# analyzed. Inputs are generated here, never committed.
# labels: heavy
source "$(dirname "$0")/lib.bash"
LIMIT="timeout --kill-after=10 200"

generate_inputs <<'EOF'

# 50 MB on one line: plain sentences, a money figure every thousandth one.
plain = "Le marché des puces reste tendu selon les analystes du secteur. "
money = "La société Norvane a investi 12 millions d’euros. "
block = (plain * 999 + money).encode("utf-8")
write("one_line_50mb.txt", block * (50_000_000 // len(block) + 1))

# One million short lines.
lines = ["Bonjour.", "Texte court.", "Une ligne.", "Fin de phrase ici."]
write("million_lines.txt", "\n".join(lines[i % 4] for i in range(1_000_000)) + "\n")
EOF

run_hostile one_line_50mb 0 json
json_check "$SCRATCH/one_line_50mb.json" "d['stats']['bytes'] == $(stat -c %s "$SCRATCH/one_line_50mb.txt")" "50 MB line: every byte analyzed"
json_check "$SCRATCH/one_line_50mb.json" "d['stats']['sentences'] > 700000" "50 MB line: cut into sentences"
run_hostile million_lines 0 json
json_check "$SCRATCH/million_lines.json" "d['stats']['sentences'] >= 1000000" "million lines: a sentence each"

finish
