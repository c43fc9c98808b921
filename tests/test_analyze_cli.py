"""`local-seo analyze --json` and the house glossary, on a real example."""

from __future__ import annotations

import json
import subprocess
import sys

from corefixtures import EXAMPLE_000

from local_seo.analyze import analyze, load_glossary
from local_seo.ingest import load_source


def test_analyze_json_has_what_a_journalist_must_see():
    out = subprocess.run([sys.executable, "-m", "local_seo", "analyze", str(EXAMPLE_000), "--json"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    for key in ("text", "removed", "brief", "headings", "entities", "facts", "keyphrases"):
        assert key in data
    assert data["brief"]["min_words"] == 700
    assert "pic.twitter.com" not in data["text"] and "Make this article" not in data["text"]
    assert {r["reason"] for r in data["removed"]} >= {"brief", "social embed"}
    sudani = [e for e in data["entities"] if "Sudani" in e["canonical"]]
    assert len(sudani) == 1 and "Soudani" in sudani[0]["variants"]
    values = {f["value"] for f in data["facts"]}
    assert {"8", "4", "15", "2 500", "2014"} <= values


def test_glossary_pins_canonical_spelling_and_type(tmp_path, nlp):
    g = tmp_path / "glossary.toml"
    g.write_text('[entities."Mohammed Shia al-Soudani"]\nlabel = "PER"\nvariants = ["Soudani", "Mohammed Shia al-Sudani"]\n',
                 encoding="utf-8")
    a = analyze(load_source(str(EXAMPLE_000)), glossary=load_glossary(g), nlp=nlp)
    pm = [e for e in a.entities if "Soudani" in e.canonical or "Sudani" in e.canonical]
    assert len(pm) == 1 and pm[0].canonical == "Mohammed Shia al-Soudani" and pm[0].label == "PER"
    assert pm[0].count >= 2
