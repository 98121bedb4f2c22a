"""The README documents every rule and every command; data files are described."""
from __future__ import annotations

from click.testing import CliRunner

from checker.cli import main
from checker.rules import RULES

from .conftest import ROOT

README = (ROOT / "README.md").read_text()


def test_readme_rules_table_is_current():
    table = CliRunner().invoke(main, ["rules", "--markdown"]).output
    for line in table.strip().splitlines():
        assert line in README, f"README rules table is stale: {line}"


def test_every_command_is_documented():
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
                    assert opt in README, f"wirecheck {name} {opt}"
