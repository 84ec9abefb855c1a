"""Write a batch's gold files from its annotation specs; shared by data/eval/dev*/build_gold.py.

Standard library only, like the scripts that use it.
"""

from __future__ import annotations

import json

from build_gold import ROOT, build


def write_all(articles: dict[str, dict]) -> None:
    """Build each gold file from its spec (``build_gold.build``) and write it, as JSON."""
    for gold_path, spec in articles.items():
        gold = build(gold_path, spec)
        out = ROOT / gold_path
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {gold_path}: {len(gold['quotes'])} quotes")
