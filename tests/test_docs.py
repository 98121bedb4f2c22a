"""The README and docs/ document every command, option and rule; data files are described; links resolve."""
from __future__ import annotations

import re

from click.testing import CliRunner

from checker.cli import main
from checker.rules import RULES

from .conftest import ROOT

README = (ROOT / "README.md").read_text()
DOCS = {p.relative_to(ROOT).as_posix(): p.read_text() for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]}


def test_docs_rules_md_is_generated_from_the_registry():
    generated = CliRunner().invoke(main, ["rules", "--markdown"]).output
    assert (ROOT / "docs" / "rules.md").read_text() == generated, \
        "docs/rules.md is stale: run `wirecheck rules --markdown > docs/rules.md`"
    for r in RULES.values():
        assert f"## {r.id}" in generated and r.summary in generated


def test_the_readme_is_short_enough_to_read():
    assert len(README.splitlines()) <= 300


def _anchor(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_relative_link_in_the_docs_resolves():
    for name, text in DOCS.items():
        base = (ROOT / name).parent
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            doc = (base / path).resolve() if path else ROOT / name
            assert doc.exists(), f"{name}: broken link {target}"
            if anchor and doc.suffix == ".md":
                headings = {_anchor(h) for h in re.findall(r"^#+ (.+)$", doc.read_text(), re.M)}
                assert anchor in headings, f"{name}: no heading #{anchor} in {path or name}"


def test_every_command_is_in_the_readme():
    for name in main.commands:
        assert f"wirecheck {name}" in README, name


def test_every_rule_module_has_the_doc_headings():
    for r in RULES.values():
        for heading in ("What it flags", "Why it matters", "Example"):
            assert heading in r.doc, (r.id, heading)


def test_every_data_file_is_described():
    described = (ROOT / "data" / "README.md").read_text()
    for path in (ROOT / "data").iterdir():
        if path.name != "README.md" and path.is_file():
            assert path.name in described, path.name


def test_every_option_is_documented():
    def commands(group, prefix=""):
        for name, cmd in group.commands.items():
            yield from commands(cmd) if hasattr(cmd, "commands") else [(name, cmd)]

    for name, cmd in commands(main):
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"wirecheck {name} {opt} is not in the README"
