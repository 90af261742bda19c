#!/usr/bin/env bash
# Instructions per round of each crypto benchmark, wrapper vs raw, under callgrind: a
# measure of the wrappers' overhead that does not depend on how busy the machine is.
# Usage: bench/crypto/count_instructions.sh path/to/bench_crypto
set -euo pipefail
bench=${1:?usage: $0 path/to/bench_crypto}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
measure() { # benchmark-filter round-function
  valgrind --tool=callgrind --toggle-collect="*$2<true>*" --callgrind-out-file="$out/cg" \
    "$bench" --benchmark_filter="$1" --benchmark_min_time=0.3 >/dev/null 2>&1
  # Inclusive cost of the round function and how often it was called.
  python3 - "$out/cg" "$2" <<'PY'
import re, sys
path, name = sys.argv[1], sys.argv[2]
total = 0
calls = 0
names = {}
pending_calls = None
target = False
for line in open(path):
    m = re.match(r'^(c?fn)=\((\d+)\)(?: (.*))?', line)
    if m:
        kind, ident, label = m.groups()
        if label:
            names[ident] = label
        if kind == 'cfn':
            target = (name + '<true>') in names.get(ident, '')
        continue
    m = re.match(r'^calls=(\d+)', line)
    if m:
        pending_calls = int(m.group(1)) if target else None
        continue
    if pending_calls is not None and re.match(r'^[+-]?\d', line):
        calls += pending_calls
        total += int(line.split()[1])
        pending_calls = None
print(f"{calls} rounds, {total / max(calls, 1):,.0f} instructions per round")
PY
}
for pair in "EncryptDecrypt_Raw/1$ rawEncryptDecryptRound" "EncryptDecrypt_Wrapper/1$ wrapperEncryptDecryptRound" \
            "EncryptDecrypt_Raw/10$ rawEncryptDecryptRound" "EncryptDecrypt_Wrapper/10$ wrapperEncryptDecryptRound" \
            "SessionSetup_Raw rawSetupRound" "SessionSetup_Wrapper wrapperSetupRound" \
            "SafetyNumber_Raw rawSafetyNumberRound" "SafetyNumber_Wrapper wrapperSafetyNumberRound"; do
  set -- $pair
  printf '%-28s ' "$1"
  measure "$1" "$2"
done
