"""SARIF 2.1.0 output, for code-scanning tools (GitHub code scanning, IDE viewers).

Columns and character offsets count Unicode code points (``columnKind``),
like every position feedbacklint reports. Each suggestion becomes a ``fix``
that replaces a character range of the original file. For .docx inputs
``startLine`` is the paragraph number and no fixes or character offsets are
given (the file on disk is a zip, not text).
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote

from .._version import __version__
from ..categories import Severity

if TYPE_CHECKING:
    from ..engine.rulefile import Rule
    from ..findings import Finding, Suggestion
    from . import FileResult, RenderOptions

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_LANGUAGE = {"text": "plaintext", "markdown": "markdown", "docx": None}


def project_uri() -> str | None:
    """The repository URL from the installed package's metadata; None when none is published."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("feedbacklint").get_all("Project-URL") or []
    except PackageNotFoundError:  # running from a source tree
        urls = []
    found = dict(u.split(", ", 1) for u in urls if ", " in u)
    for key in ("Repository", "Source", "Homepage"):
        if key in found:
            return found[key].rstrip("/")
    return None


def docs_base_uri() -> str | None:
    """Where docs/rules/<ID>.md is published (GitHub-style blob URL), if known."""
    uri = project_uri()
    return f"{uri}/blob/main/docs/rules/" if uri else None


def _uri(path: str) -> tuple[str, str | None]:
    """(uri, uriBaseId): relative paths are relative to %SRCROOT% (the working folder)."""
    if path == "-":
        return "stdin", None
    p = PurePath(path)
    if p.is_absolute():
        return Path(path).as_uri(), None
    posix = p.as_posix()
    while posix.startswith("./"):
        posix = posix[2:]
    return quote(posix), "SRCROOT"


def _artifact_location(path: str, index: int | None = None) -> dict:
    uri, base = _uri(path)
    loc: dict = {"uri": uri}
    if base:
        loc["uriBaseId"] = base
    if index is not None:
        loc["index"] = index
    return loc


def rule_descriptor(rule: Rule, docs_base: str | None = None) -> dict:
    explanation = " ".join(rule.explanation.split())
    base = docs_base or docs_base_uri()
    descriptor = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": explanation},
        "help": {
            "text": f"{explanation}\n\nForslag: {rule.suggestion.label}.",
            "markdown": f"{explanation}\n\n**Forslag:** {rule.suggestion.label}.",
        },
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"category": rule.category.value, "tags": [rule.category.value, "feedback", "danish"]},
    }
    if base:  # no invented address: without a published URL the help text travels inline only
        descriptor["helpUri"] = f"{base}{rule.id}.md"
    return descriptor


def _fix(result: FileResult, s: Suggestion, artifact_index: int) -> dict:
    from .diff import replacement

    start, end, new = replacement(result.text, s)
    return {
        "description": {"text": s.label},
        "artifactChanges": [
            {
                "artifactLocation": _artifact_location(result.path, artifact_index),
                "replacements": [
                    {
                        "deletedRegion": {"charOffset": start, "charLength": end - start},
                        "insertedContent": {"text": new},
                    }
                ],
            }
        ],
    }


def _result(result: FileResult, f: Finding, rule_index: dict[str, int], artifact_index: int) -> dict:
    region: dict = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
        "snippet": {"text": f.excerpt},
    }
    message = f.message
    if result.unit == "paragraph":
        region["properties"] = {"lineUnit": "paragraph"}
        message = f"Afsnit {f.line}: {message}"
    else:
        region["charOffset"] = f.start
        region["charLength"] = f.end - f.start
    out: dict = {
        "ruleId": f.rule_id,
        "level": _LEVEL[f.severity],
        "message": {"text": message},
        "locations": [
            {"physicalLocation": {"artifactLocation": _artifact_location(result.path, artifact_index), "region": region}}
        ],
        "partialFingerprints": {"feedbacklint/v1": f"{f.rule_id}:{f.excerpt.strip().lower()}"},
        "properties": {"category": f.category.value},
    }
    if f.rule_id in rule_index:
        out["ruleIndex"] = rule_index[f.rule_id]
    if f.suggestions and result.unit != "paragraph":
        out["fixes"] = [_fix(result, s, artifact_index) for s in f.suggestions]
    return out


def sarif_log(results: list[FileResult], options: RenderOptions) -> dict:
    rules = list(options.rules)
    if not rules:  # rendering without a Linter: describe the built-in rules
        from ..engine.rulefile import load_rules

        rules = load_rules()
    known = {r.id for r in rules}
    used_unknown = sorted({f.rule_id for r in results for f in r.report.findings} - known)
    docs_base = docs_base_uri()
    descriptors = [rule_descriptor(r, docs_base) for r in rules] + [{"id": rid} for rid in used_unknown]
    rule_index = {d["id"]: i for i, d in enumerate(descriptors)}

    artifacts = []
    for r in results:
        artifact: dict = {"location": _artifact_location(r.path)}
        lang = _LANGUAGE.get(r.kind)
        if lang:
            artifact["sourceLanguage"] = lang
        if r.kind == "docx":
            artifact["mimeType"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        artifacts.append(artifact)

    sarif_results = [
        _result(r, f, rule_index, i) for i, r in enumerate(results) for f in r.report.findings
    ]
    notifications = [
        {
            "level": "note" if p.skipped else "error",
            "message": {"text": p.message},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact_location(p.path)}}],
        }
        for p in options.problems
    ]
    driver_uri = project_uri()
    run: dict = {
        "tool": {
            "driver": {
                "name": "feedbacklint",
                "version": __version__,
                "semanticVersion": __version__,
                "language": "da",
                "rules": descriptors,
                **({"informationUri": driver_uri} if driver_uri else {}),
            }
        },
        "originalUriBaseIds": {"SRCROOT": {"uri": Path.cwd().as_uri() + "/"}},
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": not any(not p.skipped for p in options.problems),
                "toolExecutionNotifications": notifications,
            }
        ],
        "results": sarif_results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(results: list[FileResult], options: RenderOptions) -> str:
    return json.dumps(sarif_log(results, options), ensure_ascii=False, indent=2)
