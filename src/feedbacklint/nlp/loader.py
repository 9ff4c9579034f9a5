"""Choose and load the Danish spaCy pipeline.

Order for ``model="auto"``: an installed official ``da_core_news_*`` package,
then the pipeline bundled with feedbacklint, then a blank Danish pipeline with
rule-based segmentation and lookup lemmas. Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # spaCy is imported lazily: it costs ~0.7 s
    from spacy.language import Language

OFFICIAL_MODELS = ("da_core_news_sm", "da_core_news_md", "da_core_news_lg", "da_core_news_trf")
BUNDLED_MODEL_DIR = Path(__file__).parent / "model"
FALLBACK_NAME = "blank:da"


class PipelineError(RuntimeError):
    """The requested pipeline cannot be loaded (raised with a user-facing message)."""


@dataclass(frozen=True)
class PipelineInfo:
    name: str
    source: str  # "official", "bundled", "fallback", "package", "path"
    location: str
    version: str
    components: tuple[str, ...]


def _official_installed() -> str | None:
    for name in OFFICIAL_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def _bundled_available() -> bool:
    return (BUNDLED_MODEL_DIR / "config.cfg").is_file()


def resolve(model: str = "auto") -> tuple[str, str]:
    """Return (source, target) for a model spec without importing spaCy."""
    if model in ("auto", "", None):
        official = _official_installed()
        if official:
            return "official", official
        if _bundled_available():
            return "bundled", str(BUNDLED_MODEL_DIR)
        return "fallback", FALLBACK_NAME
    if model == "bundled":
        if not _bundled_available():
            raise PipelineError("Den medfølgende pipeline findes ikke i denne installation.")
        return "bundled", str(BUNDLED_MODEL_DIR)
    if model in ("blank", FALLBACK_NAME):
        return "fallback", FALLBACK_NAME
    path = Path(model).expanduser()
    if path.exists():
        if not (path / "config.cfg").is_file():
            raise PipelineError(f"{model}: ingen spaCy-pipeline her (config.cfg mangler).")
        return "path", str(path)
    if importlib.util.find_spec(model) is None:
        raise PipelineError(
            f"Modellen '{model}' er hverken en installeret pakke eller en mappe. "
            "feedbacklint henter aldrig modeller; installer den selv, eller brug model='auto'."
        )
    return "package", model


def _register_components() -> None:
    # The bundled pipeline refers to feedbacklint's own factories by name.
    from . import lemmatizer  # noqa: F401

    try:
        from . import components  # noqa: F401
    except ImportError:  # components arrive with the trained pipeline
        pass


def _blank_pipeline() -> Language:
    import spacy

    nlp = spacy.blank("da")
    _register_components()
    from spacy.language import Language as _L

    if _L.has_factory("feedbacklint_segmenter"):
        nlp.add_pipe("feedbacklint_segmenter")
        # closed-class words, imperatives and personality adjectives get the same
        # UD attributes as in the bundled pipeline, even without a tagger
        nlp.add_pipe("feedbacklint_lexicon")
    else:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("feedbacklint_lookup_lemmatizer")
    return nlp


def _add_feedbacklint_layers(nlp: Language) -> None:
    """Give an official/foreign pipeline feedbacklint's segmenter (before the
    parser) and lexicon layer (after tagging), so rules see the same sentence
    boundaries and closed-class/imperative/adjective attributes everywhere."""
    from spacy.language import Language as _L

    if not _L.has_factory("feedbacklint_segmenter"):
        return
    names = nlp.pipe_names
    if "feedbacklint_segmenter" not in names and "parser" in names:
        nlp.add_pipe("feedbacklint_segmenter", before="parser")
    names = nlp.pipe_names
    if "feedbacklint_lexicon" not in names:
        if "feedbacklint_segmenter" in names:
            nlp.add_pipe("feedbacklint_lexicon", after="feedbacklint_segmenter")
        elif "attribute_ruler" in names:
            nlp.add_pipe("feedbacklint_lexicon", after="attribute_ruler")


@lru_cache(maxsize=8)
def _load(source: str, target: str) -> Language:
    import spacy

    _register_components()
    if source == "fallback":
        return _blank_pipeline()
    try:
        nlp = spacy.load(target)
    except (OSError, ValueError, KeyError) as exc:
        raise PipelineError(f"Kunne ikke indlæse pipeline '{target}': {exc}") from exc
    if source in ("official", "package", "path"):
        _add_feedbacklint_layers(nlp)
    return nlp


def load_pipeline(model: str = "auto") -> Language:
    """Return the spaCy ``Language`` that :class:`feedbacklint.Linter` uses.

    ``model`` is ``"auto"``, ``"bundled"``, ``"blank"``, an installed package
    name (e.g. ``"da_core_news_md"``) or a path to a pipeline directory.
    The object is cached per spec: treat it as read-only.
    """
    source, target = resolve(model)
    return _load(source, target)


def pipeline_info(model: str = "auto") -> PipelineInfo:
    source, target = resolve(model)
    nlp = _load(source, target)
    meta: dict[str, Any] = nlp.meta
    name = f"{meta.get('lang', 'da')}_{meta.get('name', 'pipeline')}"
    if source == "fallback":
        name = FALLBACK_NAME
    return PipelineInfo(
        name=name,
        source=source,
        location=target,
        version=str(meta.get("version", "")),
        components=tuple(nlp.pipe_names),
    )
