"""``policycheck schema claim|finding|report|document|problem``: print a model's JSON Schema."""

from __future__ import annotations

import argparse
import json
import sys

MODELS = {
    "claim": "Claim",
    "finding": "Finding",
    "report": "RunReport",
    "document": "Document",
    "problem": "Problem",
    "quantity": "Quantity",
    "date": "DateRange",
    "reference": "ReferenceFact",
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("model", choices=sorted(MODELS), help="which schema to print")


def schema(name: str) -> dict:
    from claims import model

    return getattr(model, MODELS[name]).model_json_schema()


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(schema(args.model), ensure_ascii=False, indent=2) + "\n")
    return 0
