#!/bin/bash
# `newsgraph explain`, `newsgraph rules`, `extract --rules` and `load
# --rules`: a user rule
# adds facts and is named as their rule; a broken rule file is refused
# with its file, its rule and what is wrong, exit 4.
set -u
BIN=$1
DIR=$2
rm -rf "$DIR" && mkdir -p "$DIR"
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fail=1; fi; }

cat > "$DIR/article.txt" <<'TXT'
Minsk, 4 June 2024 (BelTA) - News of the day.
Aleksandr Lukashenko and Vladimir Putin compared notes on grain harvests in Sochi on 3 June 2024.
TXT
cat > "$DIR/user.ttl" <<'TTL'
@prefix rule: <https://w3id.org/newsgraph/rules#> .
@prefix r:    <https://w3id.org/newsgraph/id/rule/> .
r:user-compared-notes a rule:Rule ;
    rule:frame rule:Meeting ;
    rule:priority 10 ;
    rule:pattern "a=:PERSON and b=:PERSON \"compared notes\" (...{0,6} in where=:PLACE)?" ;
    rule:bind "participant=a", "participant=b", "location=where" ;
    rule:example [ rule:text "Vladimir Putin and Aleksandr Lukashenko compared notes in Minsk." ;
                   rule:expect "participant=Vladimir Putin" ] .
TTL
cat > "$DIR/bad.ttl" <<'TTL'
@prefix rule: <https://w3id.org/newsgraph/rules#> .
<urn:rule:misspelt> a rule:Rule ; rule:frame rule:Meeting ;
    rule:pattern "a=:PERSON @meetng-trigger b=:PERSON" ; rule:example "x" .
TTL

"$BIN" extract -q "$DIR/article.txt" -o "$DIR/plain.ttl"
check "without the user rule, no meeting" "! grep -q 'ng:Meeting' '$DIR/plain.ttl'"
"$BIN" extract -q --rules "$DIR/user.ttl" "$DIR/article.txt" -o "$DIR/user.out.ttl"
check "--rules adds the meeting" "grep -q 'ng:Meeting' '$DIR/user.out.ttl'"
check "its evidence names the rule" "grep -q 'ng:rule \"user-compared-notes\"' '$DIR/user.out.ttl'"
"$BIN" explain --rules "$DIR/user.ttl" "$DIR/article.txt" > "$DIR/explain.txt"
check "explain prints the meeting with its rule" "grep -q 'rule user-compared-notes, characters' '$DIR/explain.txt'"
check "explain prints the sentence" "grep -q 'compared notes on grain' '$DIR/explain.txt'"
"$BIN" rules --rules "$DIR/user.ttl" > "$DIR/rules.txt"
check "rules lists the user rule and its file" "grep -q 'user-compared-notes.*user.ttl' '$DIR/rules.txt'"
check "rules lists the shipped rules" "grep -q 'meeting-pair-joint-verb' '$DIR/rules.txt'"
"$BIN" rules --rules "$DIR/user.ttl" "$DIR/article.txt" > "$DIR/fired.txt"
check "with a corpus, how often it fired" "grep -Eq 'user-compared-notes +Meeting +10 +1 +0 +1 +1 ' '$DIR/fired.txt'"
cat > "$DIR/gold.json" <<'JSON'
{"documents": {"article.txt": {"meetings": [{"participants": ["Alexander Lukashenko", "Vladimir Putin"], "date": "2024-06-03", "location": "Sochi", "mode": "in-person"}],
  "forums": [], "persons": [], "claims": []}}}
JSON
"$BIN" rules --rules "$DIR/user.ttl" --gold "$DIR/gold.json" "$DIR/article.txt" > "$DIR/right.txt"
check "with --gold, how often it was right" "grep -Eq 'user-compared-notes +Meeting +10 +1 +0 +1 +1 +1 ' '$DIR/right.txt'"
echo '{"documents": [' > "$DIR/broken.json"
"$BIN" rules --gold "$DIR/broken.json" "$DIR/article.txt" > /dev/null 2> "$DIR/broken.err"
check "a malformed gold file exits 4 naming it" "[ $? -eq 4 ] && grep -q 'broken.json' '$DIR/broken.err'"
"$BIN" extract -q --rules "$DIR/bad.ttl" "$DIR/article.txt" -o "$DIR/bad.out" 2> "$DIR/bad.err"
rc=$?
check "a bad rule file exits 4" "[ $rc -eq 4 ]"
check "the message names file, rule and class" \
  "grep -q 'bad.ttl:[0-9]*: rule misspelt: pattern column [0-9]*: unknown lexicon class @meetng-trigger' '$DIR/bad.err'"
check "no output is left" "[ ! -e '$DIR/bad.out' ]"
"$BIN" extract -q --rules "$DIR/missing.ttl" "$DIR/article.txt" > /dev/null 2> "$DIR/missing.err"
check "a missing rule file exits 4 naming it" "[ $? -eq 4 ] && grep -q 'missing.ttl' '$DIR/missing.err'"
# "-" is standard input for --rules and --gold, once
"$BIN" extract -q --rules - "$DIR/article.txt" -o "$DIR/user-stdin.ttl" < "$DIR/user.ttl"
check "--rules - reads the rules from standard input" "cmp -s '$DIR/user.out.ttl' '$DIR/user-stdin.ttl'"
"$BIN" rules --rules "$DIR/user.ttl" --gold - "$DIR/article.txt" < "$DIR/gold.json" > "$DIR/right-stdin.txt"
check "--gold - reads the gold from standard input" "cmp -s '$DIR/right.txt' '$DIR/right-stdin.txt'"
"$BIN" explain --rules - "$DIR/article.txt" < "$DIR/user.ttl" > "$DIR/explain-stdin.txt"
check "explain --rules - as well" "cmp -s '$DIR/explain.txt' '$DIR/explain-stdin.txt'"
"$BIN" rules --rules - --gold - "$DIR/article.txt" < "$DIR/user.ttl" > /dev/null 2> "$DIR/twice.err"
check "--rules - with --gold -: exit 2, standard input is read once" \
  "[ $? -eq 2 ] && grep -q 'standard input can be read only once: --rules - and --gold -' '$DIR/twice.err'"
"$BIN" extract -q --rules - --rules - "$DIR/article.txt" < "$DIR/user.ttl" > /dev/null 2> "$DIR/twice.err"
check "--rules - given twice: exit 2" "[ $? -eq 2 ] && grep -q 'given twice' '$DIR/twice.err'"
"$BIN" extract -q --rules - "$DIR/article.txt" < "$DIR/bad.ttl" > /dev/null 2> "$DIR/bad-stdin.err"
check "a bad rule on standard input: exit 4, named as standard input" \
  "[ $? -eq 4 ] && grep -q 'standard input:[0-9]*: rule misspelt' '$DIR/bad-stdin.err'"
# load takes --rules as extract does: the store holds what extract writes
"$BIN" load -q -s "$DIR/user.db" --rules "$DIR/user.ttl" "$DIR/article.txt"
check "load --rules stores the rule's meeting" \
  "[ \"\$('$BIN' query -s '$DIR/user.db' -e 'ASK { ?e ng:rule \"user-compared-notes\" }')\" = true ]"
"$BIN" export -s "$DIR/user.db" -f ntriples | sort > "$DIR/user.load.nt"
"$BIN" extract -q -f ntriples --rules "$DIR/user.ttl" "$DIR/article.txt" | sort -u > "$DIR/user.extract.nt"
check "and the store holds what extract --rules writes" "cmp -s '$DIR/user.load.nt' '$DIR/user.extract.nt'"
"$BIN" load -q -s "$DIR/bad.db" --rules "$DIR/bad.ttl" "$DIR/article.txt" 2> "$DIR/bad-load.err"
check "load with a bad rule file exits 4, no store left" "[ $? -eq 4 ] && [ ! -e '$DIR/bad.db' ]"
exit $fail
