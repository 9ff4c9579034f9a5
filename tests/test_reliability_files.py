"""Files that fight back: bad encodings, BOMs, binaries, unreadable and vanishing files.

Every case: a clear message naming the file, the other files still checked,
and the user's files left exactly as they were.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from feedbacklint.cli import cli

TRAIT = "Du er for stille."


def run(args, **kw):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kw)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(TRAIT + "\n", encoding="utf-8")
    return p


def test_invalid_utf8_exits_2_naming_the_file_and_checks_the_rest(tmp_path: Path, good: Path):
    bad = tmp_path / "cp1252.txt"
    bad.write_bytes("Du er for stille på mødet – og så videre.".encode("cp1252"))
    res = run(["check", bad, good])
    assert res.exit_code == 2
    assert "cp1252.txt" in res.stderr and "UTF-8" in res.stderr and "--encoding" in res.stderr
    assert "good.txt:1:1: TL001" in res.stdout
    assert "Traceback" not in res.output


def test_encoding_option_decodes_legacy_file(tmp_path: Path):
    bad = tmp_path / "cp1252.txt"
    bad.write_bytes("Søren er for stille på møderne.".encode("cp1252"))
    res = run(["check", "--encoding", "cp1252", "--format", "json", bad])
    assert res.exit_code == 1, res.output
    assert "TL001" in res.stdout and "Søren" in res.stdout


def test_unknown_encoding_is_a_clear_error(good: Path):
    res = run(["check", "--encoding", "no-such-codec", good])
    assert res.exit_code == 2
    assert "no-such-codec" in res.stderr and "Traceback" not in res.output


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + "Du er for stille.\r\nDu kommer altid for sent.".encode("utf-8"))
    res = run(["check", p])
    assert res.exit_code == 1
    assert "bom.txt:1:1: TL001" in res.stdout  # column 1: the BOM is not counted
    assert "bom.txt:2:11: AB001" in res.stdout


def test_binary_file_is_skipped_with_a_message(tmp_path: Path, good: Path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    res = run(["check", binary, good])
    assert "photo.txt" in res.stderr
    assert "good.txt:1:1: TL001" in res.stdout
    assert res.exit_code == 1  # skipping is not an error; the finding in good.txt decides
    assert "Traceback" not in res.output


def test_permission_denied_is_reported_and_others_checked(tmp_path: Path, good: Path, monkeypatch):
    # Works as root too (CI runs as root, where chmod 000 does not stop reads).
    locked = tmp_path / "locked.txt"
    locked.write_text(TRAIT, encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    res = run(["check", locked, good])
    assert res.exit_code == 2
    assert "locked.txt" in res.stderr
    assert "good.txt:1:1: TL001" in res.stdout
    assert "Traceback" not in res.output


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_for_real(tmp_path: Path, good: Path):
    locked = tmp_path / "locked.txt"
    locked.write_text(TRAIT, encoding="utf-8")
    locked.chmod(0)
    try:
        res = run(["check", locked, good])
    finally:
        locked.chmod(0o644)
    assert res.exit_code == 2
    assert "locked.txt" in res.stderr and "good.txt:1:1: TL001" in res.stdout


def test_file_that_vanishes_after_listing_is_reported(tmp_path: Path, good: Path, monkeypatch):
    folder = tmp_path / "notes"
    folder.mkdir()
    gone = folder / "gone.txt"
    gone.write_text(TRAIT, encoding="utf-8")
    (folder / "stays.txt").write_text(TRAIT, encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "gone.txt" and self.exists():
            self.unlink()  # deleted between the folder listing and the read
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    res = run(["check", folder])
    assert res.exit_code == 2
    assert "gone.txt" in res.stderr
    assert "stays.txt:1:1: TL001" in res.stdout
    assert "Traceback" not in res.output


def test_missing_and_directory_paths(tmp_path: Path, good: Path):
    res = run(["check", tmp_path / "nope.txt", good])
    assert res.exit_code == 2
    assert "nope.txt" in res.stderr and "good.txt:1:1: TL001" in res.stdout


def _snapshot(paths: list[Path]) -> dict[Path, tuple[bytes, int, int]]:
    return {p: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in paths}


def test_no_command_changes_input_files(tmp_path: Path):
    texts = {
        "notes.txt": "Hej Mads\r\nDu er for stille.\r\nDu kommer altid for sent.\r\n",
        "bom.txt": "\ufeffGodt arbejde! Du er for stille.",
        "notes.md": "# MUS\n\n- Du er for stille.\n- Godt arbejde!\n\n```\nDu kommer altid for sent.\n```\n",
        "cr.txt": "Linje et\rDu kommer altid for sent.\r",
    }
    paths = []
    for name, text in texts.items():
        p = tmp_path / name
        p.write_bytes(text.encode("utf-8"))
        os.utime(p, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))  # a fixed, old mtime
        paths.append(p)
    before = _snapshot(paths)
    commands = [
        ["check", *paths],
        ["check", "--format", "json", *paths],
        ["check", "--diff", *paths],
        ["check", "--statistics", *paths],
        ["check", "--format", "sarif", *paths],
        ["check", "--format", "github", *paths],
        ["check", "--jobs", "1", tmp_path],
    ]
    if "review" in cli.commands:
        commands += [["review", paths[0]], ["review", "--format", "json", paths[2]]]
    for args in commands:
        res = run(args)
        assert res.exit_code in (0, 1), (args, res.output)
        assert _snapshot(paths) == before, f"{args} changed an input file"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(texts), "no files created next to the inputs"
