"""``local-seo check``, run as a user runs it: it agrees with the report of the article the tool wrote, it flags a
badly written French article, its faithfulness audit (``--source``) finds invented names and numbers and nothing
else, and its errors are one line with the documented exit code.

One rewrite (``--samples 0``: deterministic restatements, the model only ranks) of an excerpt of example 003.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from corefixtures import EXAMPLE_003

pytestmark = pytest.mark.model

KEYWORD = "ambassade américaine"
INVENTED = [
    ("Emmanuel Macron a condamné cette attaque contre l’ambassade des Etats-Unis à Bagdad.", "Emmanuel Macron"),
    ("Au total, 42 roquettes ont été tirées sur la Zone verte de Bagdad.", "42"),
]
# Well grounded but for its date, which closes the sentence.
INVENTED_DATE = ("L’ambassade des Etats-Unis à Bagdad a été visée par des tirs de roquettes le 3 mars.", "mars")
TAMPERED_TITLE = "Emmanuel Macron et l’ambassade américaine à Bagdad"
TAMPERED_HEADING = "La réaction d’Emmanuel Macron"


def local_seo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "local_seo", *args], cwd=cwd, capture_output=True, timeout=400,
                          env={**os.environ, "COLUMNS": "100"})


def check_json(*args: str, cwd: Path) -> dict:
    proc = local_seo("check", *args, "--json", cwd=cwd)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-3000:]
    return json.loads(proc.stdout)


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.stdout == b""
    err = proc.stderr.decode("utf-8").strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict:
    """The tool's own article (Markdown) and its report, from the headline and two paragraphs of 003 (short)."""
    base = tmp_path_factory.mktemp("check")
    src = base / "source.txt"
    lines = EXAMPLE_003.read_text(encoding="utf-8").splitlines()
    src.write_text("\n".join([lines[0], lines[1], lines[3]]) + "\n", encoding="utf-8")
    proc = local_seo("rewrite", str(src), "-o", "out.md", "--seed", "42", "--samples", "0", "--threads", "1",
                     "--quiet", cwd=base)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-3000:]
    return {"dir": base, "md": base / "out.md",
            "report": json.loads((base / "out.report.json").read_text(encoding="utf-8"))}


# ------------------------------------------------------------------------------------------- agrees with itself


def test_check_agrees_with_the_report(written):
    report = written["report"]
    out = check_json(str(written["md"]), "--min-words", str(report["target_words"]), cwd=written["dir"])
    assert out["faithfulness"] is None
    got = [(c["id"], c["status"], c["value"]) for c in out["checks"]]
    want = [(c["id"], c["status"], c["value"]) for c in report["seo_checks"]]
    assert got == want
    assert out["checks"] == report["seo_checks"]  # messages and targets too


def test_check_reads_the_keyword_from_the_front_matter(written):
    import yaml

    md = written["md"].read_text(encoding="utf-8")
    kw = yaml.safe_load(md[4:md.index("\n---\n", 4)])["keyword"]
    out = check_json(str(written["md"]), cwd=written["dir"])
    title_check = next(c for c in out["checks"] if c["id"] == "keyphrase_title")
    assert f"« {kw} »" in title_check["message"]
    assert title_check["status"] == "good", title_check  # the tool's title holds its own keyphrase


# ----------------------------------------------------------------------------------------- a badly written one

BAD_TITLE = "Dimanche, des tirs nocturnes ont visé la Zone verte de Bagdad, où résident des diplomates."
BAD_PARAGRAPH = (
    "Dimanche soir, plusieurs roquettes ont été tirées vers la Zone verte de Bagdad, où se trouvent de nombreuses "
    "représentations diplomatiques étrangères. "
    "Selon une source de sécurité irakienne, au moins trois projectiles ont été interceptés par le système de défense "
    "installé près de la mission diplomatique. "
    "Selon des journalistes présents sur place, une série de fortes explosions a été entendue dans l’est de la ville "
    "pendant plusieurs minutes. "
    "Selon le communiqué publié dans la nuit par les forces de sécurité, aucune victime n’a été signalée, mais des "
    "dégâts matériels ont été constatés dans deux quartiers résidentiels. "
    "Les bâtiments touchés ont été inspectés par des ingénieurs militaires dès le lever du jour. "
    "Cette attaque intervient quelques jours avant le premier anniversaire de l’assassinat du général iranien Qassem "
    "Soleimani, tué par une frappe de drone près de l’aéroport de Bagdad au début du mois de janvier de l’année "
    "précédente. "
    "Depuis plusieurs mois, une trêve avait été conclue avec des factions armées favorables à l’Iran, qui avaient "
    "promis de cesser leurs attaques contre les installations étrangères à travers tout le pays. "
    "Pourtant, plusieurs attaques ont été menées depuis cette annonce, et des convois logistiques de la coalition "
    "internationale ont été visés par des bombes placées en bord de route. "
    "Les autorités irakiennes ont promis une enquête approfondie."
)


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_check_flags_a_badly_written_article(tmp_path, fmt):
    from local_seo.text import count_words

    assert len(BAD_TITLE) == 90
    assert 200 < count_words(BAD_PARAGRAPH) <= 220
    path = tmp_path / f"bad.{fmt}"
    if fmt == "md":
        path.write_text(f"---\ntitle: {BAD_TITLE}\n---\n\n# {BAD_TITLE}\n\n{BAD_PARAGRAPH}\n", encoding="utf-8")
    else:
        path.write_text(f"{BAD_TITLE}\n\n{BAD_PARAGRAPH}\n", encoding="utf-8")
    proc = local_seo("check", str(path), "--keyword", KEYWORD, "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    checks = {c["id"]: c for c in json.loads(proc.stdout)["checks"]}
    expected = {
        "title_length": ("problem", 90),
        "meta_length": ("problem", 0),
        "keyphrase_title": ("problem", False),
        "keyphrase_meta": ("problem", False),
        "paragraph_length": ("problem", count_words(BAD_PARAGRAPH)),
        "consecutive_sentences": ("problem", 3),
        "keyphrase_subheadings": ("improve", 0.0),
    }
    for cid, (status, value) in expected.items():
        assert (checks[cid]["status"], checks[cid]["value"]) == (status, value), checks[cid]
    assert "« selon »" in checks["consecutive_sentences"]["message"].lower()
    assert checks["passive_voice"]["status"] in ("improve", "problem"), checks["passive_voice"]
    assert checks["single_h1"]["status"] == "good"


def test_check_table_output_exits_0(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text(f"{BAD_TITLE}\n\n{BAD_PARAGRAPH}\n", encoding="utf-8")
    proc = local_seo("check", str(path), "--keyword", KEYWORD, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    out = proc.stdout.decode("utf-8")
    assert "title_length" in out and "consecutive_sentences" in out


# ----------------------------------------------------------------------------------------------- faithfulness


@pytest.fixture(scope="module")
def faithfulness(written) -> dict:
    """``check --source 003`` on the tool's own article, tampered with: a paragraph of invented facts after the first
    subheading, an invented subheading and an invented SEO title. The invented parts must be flagged, the tool's own
    sentences never for a name or a number. (One ``check --source`` run: spaCy and the analysis load once.)"""
    import yaml

    md = written["md"].read_text(encoding="utf-8")
    end = md.index("\n---\n", 4)
    fm = yaml.safe_load(md[4:end])
    fm["title"] = TAMPERED_TITLE
    lines = md[end + 5:].splitlines()
    first_h2 = next(i for i, line in enumerate(lines) if line.startswith("## "))
    added = ["", " ".join(s for s, _ in INVENTED + [INVENTED_DATE]), "", f"## {TAMPERED_HEADING}"]
    body = lines[:first_h2 + 1] + added + lines[first_h2 + 1:]
    path = written["dir"] / "tampered.md"
    path.write_text("---\n" + yaml.safe_dump(fm, allow_unicode=True, sort_keys=False) + "---\n" + "\n".join(body)
                    + "\n", encoding="utf-8")
    return check_json(str(path), "--source", str(EXAMPLE_003), cwd=written["dir"])["faithfulness"]


def test_faithfulness_of_the_tools_own_article(faithfulness):
    assert faithfulness["sentences"] > len(INVENTED) + 1
    tampered = {s for s, _ in INVENTED} | {INVENTED_DATE[0], TAMPERED_TITLE, TAMPERED_HEADING}
    own_flags = [f for f in faithfulness["flagged"] if f["sentence"] not in tampered]
    bad = [f for f in own_flags if any(r.startswith(("entity", "number")) for r in f["reasons"])]
    assert bad == []
    assert 0.0 <= faithfulness["copy_8gram_share"] <= 1.0


def _flagged_for(faithfulness: dict, sentence: str, kind: str, name: str) -> bool:
    flagged = {f["sentence"]: f["reasons"] for f in faithfulness["flagged"]}
    return any(r.startswith(kind) and name in r for r in flagged.get(sentence, []))


@pytest.mark.parametrize("sentence,name", INVENTED, ids=["person", "number"])
def test_faithfulness_flags_invented_facts(faithfulness, sentence, name):
    kind = "number" if name.isdigit() else "entity"
    assert _flagged_for(faithfulness, sentence, kind, name), faithfulness["flagged"]


def test_faithfulness_flags_an_invented_date_closing_a_sentence(faithfulness):
    sentence, name = INVENTED_DATE
    assert _flagged_for(faithfulness, sentence, "date", name), faithfulness["flagged"]


@pytest.mark.parametrize("where", ["title", "subheading"])
def test_faithfulness_checks_title_and_subheadings(faithfulness, where):
    text = TAMPERED_TITLE if where == "title" else TAMPERED_HEADING
    assert _flagged_for(faithfulness, text, "entity", "Emmanuel"), faithfulness["flagged"]


# ------------------------------------------------------------------------------------------------------ errors


def test_check_missing_file(tmp_path):
    proc = local_seo("check", str(tmp_path / "absent.md"), "--keyword", KEYWORD, cwd=tmp_path)
    assert proc.returncode == 3
    assert "absent.md" in one_line_error(proc)


def test_check_missing_source(written, tmp_path):
    proc = local_seo("check", str(written["md"]), "--source", str(tmp_path / "absent.txt"), cwd=tmp_path)
    assert proc.returncode == 3
    assert "absent.txt" in one_line_error(proc)


def test_check_without_any_keyword(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(f"{BAD_TITLE}\n\n{BAD_PARAGRAPH}\n", encoding="utf-8")
    proc = local_seo("check", str(path), "--json", cwd=tmp_path)
    assert proc.returncode == 2
    err = one_line_error(proc)
    assert "--keyword" in err and "keyphrase" in err
