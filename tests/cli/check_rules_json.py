#!/usr/bin/env python3
"""Check the --json contract with a real JSON parser: exactly the documented keys, in order,
the types other tools rely on, and a citation for every parameter."""
import json
import subprocess
import sys

KEYS = ["population", "capoluogo", "election_date", "electoral_system", "council_seats",
        "list_min", "list_max", "signatures_min", "signatures_max", "gender_rule",
        "single_sex_list_refused", "preferences", "mayor_term_limit", "filing_opens",
        "filing_closes", "manifesto_deadline", "ballot_model", "runoff_ballot_model",
        "unverified", "citations"]
META = {"population", "capoluogo", "election_date", "unverified", "citations"}
MODELS = {"under-5000", "5000-15000", "over-15000", "up-to-15000-runoff", "over-15000-runoff"}


def check(cli, population, date, capoluogo):
    args = [cli, "rules", "--population", str(population), "--date", date, "--json"]
    if capoluogo:
        args.append("--capoluogo")
    answer = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    assert list(answer) == KEYS, list(answer)
    assert answer["electoral_system"] in ("up-to-15000", "over-15000")
    assert answer["gender_rule"] in ("both-sexes", "one-third")
    assert answer["ballot_model"] in MODELS and answer["runoff_ballot_model"] in MODELS
    assert answer["preferences"] in (1, 2)
    assert isinstance(answer["single_sex_list_refused"], bool)
    assert len(answer["filing_opens"]) == 16 and answer["filing_opens"][10] == "T"
    assert set(answer["citations"]) == set(KEYS) - META
    assert all(len(text) > 5 for text in answer["citations"].values())
    assert set(answer["unverified"]) <= set(KEYS) - META
    assert answer["list_min"] <= answer["list_max"] == answer["council_seats"]
    assert answer["signatures_min"] <= answer["signatures_max"]


def main():
    cli = sys.argv[1]
    for population in (0, 999, 1000, 3000, 3001, 4999, 5000, 5001, 15000, 15001, 100001, 1000001):
        for date in ("2013-05-26", "2021-10-03", "2022-06-12", "2024-02-15", "2026-05-24"):
            check(cli, population, date, False)
    check(cli, 14000, "2026-05-24", True)
    print("ok")


if __name__ == "__main__":
    main()
