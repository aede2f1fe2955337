#!/usr/bin/env python3
"""Recompute a case's hash chain from an export, without the application.

    curl -H 'X-Actor-Id: a' -H 'X-Actor-Role: AUDITOR' \
         http://localhost:8080/api/audit/integrity/cases/<caseId>/export > case.json
    python3 tools/verify_chain.py case.json

The canonical form is specified in docs/integrity.md. An export never holds a credential: an event whose
receipt, tracking or booking code was masked names it in "withheld"; its links are checked here, its content by
the application's verifier (GET /api/audit/integrity/cases/<caseId>). Exit status: 0 intact, 2 damaged.
"""
import hashlib
import json
import sys


def canonical(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def main(path):
    with open(path, encoding="utf-8") as f:
        export = json.load(f)
    genesis = export["genesis"]
    previous = None
    expected_sequence = 0
    damaged = False
    for entry in export["events"]:
        envelope = entry["envelope"]
        n = envelope["sequenceNumber"]
        computed = hashlib.sha256(canonical(envelope)).hexdigest()
        stored = entry.get("hash")
        link = envelope.get("metaData", {}).get("prevHash")
        withheld = entry.get("withheld") or []
        problems = []
        if n != expected_sequence:
            problems.append(f"sequence: expected {expected_sequence}, found {n}")
        if stored is None:
            problems.append("unchained (legacy) event")
        else:
            if not withheld and stored != computed:
                problems.append(f"hash: expected {computed}, found {stored}")
            want = genesis if n == 0 else previous
            if want is not None and link != want:
                problems.append(f"prevHash: expected {want}, found {link}")
        if problems:
            print(f"event {n}: " + "; ".join(problems))
        elif withheld:
            print(f"event {n}: linked {stored}; content not recomputable here, {', '.join(withheld)} withheld")
        else:
            print(f"event {n}: ok {computed}")
        damaged = damaged or any(not p.startswith("unchained") for p in problems)
        previous = stored if stored is not None or withheld else computed
        expected_sequence = n + 1
    print("DAMAGED" if damaged else "INTACT")
    return 2 if damaged else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
