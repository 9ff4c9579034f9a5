"""Where settings come from: config files, ``FEEDBACKLINT_*`` variables and CLI flags.

Precedence, highest first: CLI flags > environment > config file > defaults.
A key set in a higher layer replaces the lower value, except ``ignore`` and
``allow``, which accumulate (a higher layer can only skip more), and
``severity``, which merges per rule. ``[[overrides]]`` belong to the file
layer: they apply on top of the file's table, below the environment.

Config files are found by walking up from the checked file (or the current
directory for stdin): in each folder ``.feedbacklint.toml`` wins over a
``pyproject.toml`` with a ``[tool.feedbacklint]`` table. ``--config PATH``
(or ``FEEDBACKLINT_CONFIG``) skips discovery.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import Config, ConfigError, merge, validate_selectors

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DOTFILE = ".feedbacklint.toml"
PYPROJECT = "pyproject.toml"
ENV_PREFIX = "FEEDBACKLINT_"

# variable -> (key, kind); lists are comma-separated, severity is "TL001=error,VP=info"
ENV_VARS: dict[str, tuple[str, str]] = {
    "FEEDBACKLINT_SELECT": ("select", "list"),
    "FEEDBACKLINT_IGNORE": ("ignore", "list"),
    "FEEDBACKLINT_SEVERITY": ("severity", "map"),
    "FEEDBACKLINT_MIN_SEVERITY": ("min-severity", "str"),
    "FEEDBACKLINT_MODEL": ("model", "str"),
    "FEEDBACKLINT_EXTRA_RULES": ("extra-rules", "paths"),
    "FEEDBACKLINT_ALLOW": ("allow", "list"),
}
# read elsewhere (not settings): which file to use, and the CLI's own knobs
ENV_OTHER = {"FEEDBACKLINT_CONFIG", "FEEDBACKLINT_JOBS"}


@dataclass(frozen=True)
class ConfigFile:
    """A loaded config file: its validated settings and where they came from."""

    path: Path
    config: Config

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def label(self) -> str:
        return label_for(self.path)


def label_for(path: Path) -> str:
    return f"{path} [tool.feedbacklint]" if path.name == PYPROJECT else str(path)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: konfigurationsfilen findes ikke") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: kan ikke læse konfigurationsfilen: {exc}") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: ugyldig TOML: {exc}") from exc


def _table(path: Path, data: dict[str, Any], explicit: bool) -> dict[str, Any] | None:
    if path.name != PYPROJECT:
        return data
    tool = data.get("tool", {})
    table = tool.get("feedbacklint") if isinstance(tool, dict) else None
    if table is None:
        if explicit:
            raise ConfigError(f"{path}: har ingen [tool.feedbacklint]-tabel")
        return None
    return table


def load_config_file(path: Path, explicit: bool = True) -> ConfigFile | None:
    """Read and validate one file; relative ``extra-rules`` resolve against its folder."""
    path = Path(path).expanduser().resolve()
    table = _table(path, _read_toml(path), explicit)
    if table is None:
        return None
    label = label_for(path)
    if path.name != PYPROJECT and isinstance(table.get("tool"), dict):
        raise ConfigError(
            f"{label}: ukendt nøgle 'tool' — i {path.name} står nøglerne øverst, uden [tool.feedbacklint]"
        )
    config = Config.coerce(table, origin=label)
    rule_dirs = []
    for d in config.extra_rules:
        folder = d if d.is_absolute() else (path.parent / d)
        if not folder.is_dir():
            raise ConfigError(f"{label}: extra-rules: mappen '{d}' findes ikke (set fra {path.parent})")
        rule_dirs.append(folder.resolve())
    update: dict[str, Any] = {"extra_rules": rule_dirs} if rule_dirs else {}
    if config.model not in _MODEL_WORDS and not Path(config.model).expanduser().is_absolute():
        local = path.parent / config.model  # a pipeline folder next to the config file
        if local.exists():
            update["model"] = str(local.resolve())
    if update:
        config = config.model_copy(update=update).with_origins(config._origins)
    check_model(config.model, f"{label}: model")
    return ConfigFile(path, config)


_MODEL_WORDS = ("auto", "bundled", "blank", "blank:da", "")


def check_model(model: str, where: str) -> None:
    """Fail early (naming the file, variable or flag) when a pipeline cannot be found; never imports spaCy."""
    from .nlp.loader import PipelineError, resolve

    try:
        resolve(model)
    except PipelineError as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def _config_in(folder: Path) -> Path | None:
    dot = folder / DOTFILE
    if dot.is_file():
        return dot
    py = folder / PYPROJECT
    if py.is_file():
        try:
            text = py.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        # cheap test first: someone else's broken pyproject without our table is not our business
        if "feedbacklint" in text and _table(py, _read_toml(py), explicit=False) is not None:
            return py
    return None


def find_config_file(start: str | Path, cache: dict[Path, Path | None] | None = None) -> Path | None:
    """The nearest config file at or above ``start`` (a file or a folder).

    ``cache`` (folder -> result) saves rereading the same folders for many files.
    """
    start = Path(start).expanduser().resolve()
    if not start.is_dir():
        start = start.parent
    for folder in (start, *start.parents):
        if cache is not None and folder in cache:
            found = cache[folder]
        else:
            found = _config_in(folder)
            if cache is not None:
                cache[folder] = found
        if found is not None:
            return found
    return None


def env_settings(environ: Mapping[str, str] | None = None) -> tuple[list[tuple[dict[str, Any], str]], list[str]]:
    """Settings from ``FEEDBACKLINT_*`` variables, one layer per variable, plus warnings.

    Empty variables count as unset (CI systems often define them empty).
    """
    environ = os.environ if environ is None else environ
    layers: list[tuple[dict[str, Any], str]] = []
    warnings: list[str] = []
    for var in sorted(environ):
        if not var.startswith(ENV_PREFIX):
            continue
        raw = environ[var].strip()
        if var not in ENV_VARS:
            if var not in ENV_OTHER:
                known = ", ".join(sorted([*ENV_VARS, "FEEDBACKLINT_CONFIG"]))
                warnings.append(f"ukendt miljøvariabel {var} ignoreres (kendte: {known})")
            continue
        if not raw:
            continue
        key, kind = ENV_VARS[var]
        value: Any
        if kind == "list":
            value = [p.strip() for p in raw.split(",") if p.strip()]
        elif kind == "paths":
            value = [Path(p).expanduser().resolve() for p in raw.split(os.pathsep) if p.strip()]
            for p in value:
                if not p.is_dir():
                    raise ConfigError(f"{var}: mappen '{p}' findes ikke")
        elif kind == "map":
            value = {}
            for part in filter(None, (p.strip() for p in raw.split(","))):
                sel, sep, sev = part.partition("=")
                if not sep:
                    raise ConfigError(f"{var}: forventede REGEL=niveau, fx TL001=error, fik '{part}'")
                value[sel.strip()] = sev.strip()
        else:
            value = raw
        layers.append(({key: value}, var))
    return layers, warnings


_GLOB_TOKENS = re.compile(r"\*\*/|\*\*|\*|\?|\[[^\]]*\]|[^*?\[]+")


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out = []
    for tok in _GLOB_TOKENS.findall(pattern):
        if tok == "**/":
            out.append("(?:.*/)?")
        elif tok == "**":
            out.append(".*")
        elif tok == "*":
            out.append("[^/]*")
        elif tok == "?":
            out.append("[^/]")
        elif tok.startswith("["):
            out.append("[" + tok[1:-1].replace("!", "^", 1) + "]" if tok[1:2] == "!" else tok)
        else:
            out.append(re.escape(tok))
    return re.compile("".join(out) + r"\Z")


def glob_matches(pattern: str, relative: str) -> bool:
    """``*`` stays within a folder, ``**`` crosses folders; a pattern without ``/`` also matches the file name."""
    pattern = pattern.replace("\\", "/").removeprefix("./")
    if _glob_regex(pattern).match(relative):
        return True
    return "/" not in pattern and bool(_glob_regex(pattern).match(relative.rsplit("/", 1)[-1]))


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.resolve().relative_to(folder).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def _split_commas(key: str, value: Any) -> Any:
    """``--select VP,TL001`` means the same as ``--select VP --select TL001``."""
    if key in ("select", "ignore") and isinstance(value, list):
        return [p.strip() for v in value for p in str(v).split(",") if p.strip()]
    return value


class Settings:
    """The effective :class:`Config` for each checked file: CLI > env > file > defaults."""

    def __init__(
        self,
        cli: dict[str, Any] | None = None,
        config_path: str | Path | None = None,
        environ: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        isolated: bool = False,
    ) -> None:
        environ = os.environ if environ is None else environ
        self.cwd = Path(cwd or Path.cwd())
        self.cli = {k: _split_commas(k, v) for k, v in (cli or {}).items() if v is not None}
        self.env_layers, self.warnings = env_settings(environ)
        self.isolated = isolated
        explicit = config_path or environ.get("FEEDBACKLINT_CONFIG", "").strip() or None
        self._fixed: ConfigFile | None = None
        if explicit and not isolated:
            self._fixed = load_config_file(self.cwd / Path(explicit).expanduser())
        self._files: dict[Path, ConfigFile | None] = {}
        self._found: dict[Path, Path | None] = {}
        self._configs: dict[str | None, Config] = {}
        self._rule_ids: dict[tuple[Path, ...], list[str]] = {}

    def config_file_for(self, path: str | None) -> ConfigFile | None:
        if self.isolated:
            return None
        if self._fixed is not None:
            return self._fixed
        start = self.cwd if path in (None, "-") else (self.cwd / str(path))
        found = find_config_file(start, self._found)
        if found is None:
            return None
        if found not in self._files:
            self._files[found] = load_config_file(found, explicit=False)
        return self._files[found]

    def config_for(self, path: str | None = None) -> Config:
        key = None if path in (None, "-") else str(path)
        if key not in self._configs:
            self._configs[key] = self._resolve(key)
        return self._configs[key]

    def _resolve(self, path: str | None) -> Config:
        cf = self.config_file_for(path)
        config = Config()
        if cf is not None:
            config = cf.config
            if path not in (None, "-") and config.overrides:
                rel = _relative(self.cwd / str(path), cf.folder)
                for i, ov in enumerate(config.overrides):
                    if any(glob_matches(p, rel) for p in ov.files):
                        layer = ov.model_dump(exclude={"files"}, exclude_defaults=True, by_alias=True)
                        config = merge(config, layer, f"{cf.label} overrides[{i}]")
        for layer, origin in self.env_layers:
            config = merge(config, layer, origin)
        cli_layers = [({k: v}, "--" + k.replace("_", "-")) for k, v in self.cli.items()]
        for layer, origin in cli_layers:
            config = merge(config, layer, origin)
        # check each layer on its own so an unknown id is blamed on the file, variable or flag that set it
        dirs = tuple(config.extra_rules)
        if dirs not in self._rule_ids:
            self._rule_ids[dirs] = known_rule_ids(dirs)
        ids = self._rule_ids[dirs]
        if cf is not None:
            validate_selectors(cf.config, ids)
        for layer, origin in [*self.env_layers, *cli_layers]:
            validate_selectors(Config.coerce(layer, origin=origin), ids)
            if "model" in layer:
                check_model(layer["model"], origin)
        return config


def known_rule_ids(extra_rules: tuple[Path, ...] = ()) -> list[str]:
    from .engine.rulefile import load_rules

    return [r.id for r in load_rules(list(extra_rules))]


def load_config(
    path: str | Path | None = None,
    *,
    config_file: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    cwd: str | Path | None = None,
) -> Config:
    """The configuration the CLI would use for ``path``: config file (+ its overrides) and ``FEEDBACKLINT_*``.

    ``Linter()`` itself never reads files or the environment; pass the result:
    ``Linter(load_config("noter/mus.md"))``. ``environ={}`` leaves the
    environment out; ``config_file`` skips discovery like ``--config``.
    """
    settings = Settings(
        config_path=config_file, environ=os.environ if environ is None else environ, cwd=Path(cwd) if cwd else None
    )
    return settings.config_for(None if path is None else str(path))
