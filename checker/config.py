"""Configuration: `[tool.wirecheck]` in pyproject.toml, or wirecheck.toml.

Precedence, lowest first: built-in defaults, the file, then command-line
flags. Unknown keys are an error naming the key, so a typo never silently
turns a check off. Rule selection is decided here and only here: `select`
and `ignore` take rule ids, id prefixes ("WC1") or names; a rule is active
when it is selected (or nothing is) and not ignored.

    [tool.wirecheck]
    fail-on = "error"            # error | warning | info | never
    select = []                  # only these rules (ids, prefixes or names); empty = all
    ignore = ["WC130"]           # never these
    severity = { WC104 = "error" }   # per-rule severity
    threshold = 0.5              # alignment: blended similarity needed to pair two claims
    lexicons = ["newsroom-data"] # extra lexicon folders, same file names as data/
    verifier = "auto"            # the learned second opinion (WC201): true | false | "auto" (all but a
                                 # single-story `check`, whose start-up budget it would break)
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .align import MATCH_THRESHOLD
from .ingest import InputProblem
from .model import Finding, Severity
from .rules import RULES, Rule

KEYS = {"fail-on", "select", "ignore", "severity", "threshold", "lexicons", "verifier"}
VERIFIER = "WC201"
FAIL_LEVELS = {"error", "warning", "info", "never"}


@dataclass
class Config:
    fail_on: str = "error"
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)  # rule id -> severity
    threshold: float = MATCH_THRESHOLD
    lexicons: list[Path] = field(default_factory=list)
    verifier: bool | str = "auto"  # True, False or "auto"
    source: str = "defaults"


def _matches(rule: Rule, pattern: str) -> bool:
    return rule.id.startswith(pattern.upper()) or rule.name == pattern


def _rule_id(name: str, source: str) -> str:
    for r in RULES.values():
        if name in (r.id, r.name):
            return r.id
    raise InputProblem(source, f"severity: unknown rule {name!r} (see `wirecheck rules`)")


def parse_selection(patterns: list[str], source: str, key: str | None = None) -> list[str]:
    """Rule ids, id prefixes or names, each of which must match some rule: a typo never turns a check off."""
    for v in patterns:
        if not any(_matches(r, v) for r in RULES.values()):
            raise InputProblem(source, f"{key + ': ' if key else ''}{v!r} matches no rule (see `wirecheck rules`)")
    return list(patterns)


def parse(data: dict[str, Any], source: str, base: Path) -> Config:
    """A Config from the [tool.wirecheck] table; InputProblem names the bad key."""
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise InputProblem(source, f"unknown key {unknown[0]!r} in [tool.wirecheck] (known: {', '.join(sorted(KEYS))})")
    cfg = Config(source=source)
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_LEVELS:
            raise InputProblem(source, f"fail-on must be one of {', '.join(sorted(FAIL_LEVELS))}, not {data['fail-on']!r}")
        cfg.fail_on = data["fail-on"]
    for key in ("select", "ignore"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputProblem(source, f"{key} must be a list of rule ids or names")
        setattr(cfg, key, parse_selection(value, source, key))
    sev = data.get("severity", {})
    if not isinstance(sev, dict):
        raise InputProblem(source, "severity must be a table of rule = level")
    for name, level in sev.items():
        try:
            cfg.severity[_rule_id(name, source)] = Severity.parse(str(level))
        except ValueError as exc:
            raise InputProblem(source, f"severity.{name}: {exc}") from None
    if "threshold" in data:
        t = data["threshold"]
        if not isinstance(t, (int, float)) or not 0 < t < 1:
            raise InputProblem(source, "threshold must be a number between 0 and 1")
        cfg.threshold = float(t)
    if "verifier" in data:
        if data["verifier"] not in (True, False, "auto"):
            raise InputProblem(source, f"verifier must be true, false or \"auto\", not {data['verifier']!r}")
        cfg.verifier = data["verifier"]
    lex = data.get("lexicons", [])
    if not isinstance(lex, list) or not all(isinstance(v, str) for v in lex):
        raise InputProblem(source, "lexicons must be a list of folders")
    for v in lex:
        folder = (base / v).resolve()
        if not folder.is_dir():
            raise InputProblem(source, f"lexicons: {v!r} is not a folder")
        cfg.lexicons.append(folder)
    return cfg


def load(path: str | Path | None = None, cwd: Path | None = None) -> Config:
    """The given file, else ./wirecheck.toml, else ./pyproject.toml's [tool.wirecheck], else defaults."""
    cwd = cwd or Path.cwd()
    if path is not None:
        candidates = [Path(path)]
        if not candidates[0].exists():
            raise InputProblem(str(path), "config file not found")
    else:
        candidates = [cwd / "wirecheck.toml", cwd / "pyproject.toml"]
    for p in candidates:
        if not p.exists():
            continue
        try:
            doc = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputProblem(str(p), f"not valid TOML ({exc})") from None
        if p.name == "pyproject.toml" or "tool" in doc:
            table = doc.get("tool", {}).get("wirecheck")
            if table is None:
                continue
        else:
            table = doc
        return parse(table, str(p), p.parent)
    return Config()


def active_rules(cfg: Config) -> list[Rule]:
    """Selected and not ignored, in registry order."""
    return [
        r for r in RULES.values()
        if (not cfg.select or any(_matches(r, s) for s in cfg.select)) and not any(_matches(r, i) for i in cfg.ignore)
    ]


def for_run(cfg: Config, single_story: bool) -> Config:
    """The configuration with the verifier (WC201) ignored where it is off: `verifier = false`, or "auto" for a
    single-story check (loading and running it takes that check from 0.5 s to about 2 s)."""
    off = cfg.verifier is False or (cfg.verifier == "auto" and single_story)
    return replace(cfg, ignore=[*cfg.ignore, VERIFIER]) if off and VERIFIER not in cfg.ignore else cfg


def adjust(findings: list[Finding], cfg: Config) -> list[Finding]:
    """Per-rule severities from the configuration (info findings stay info)."""
    if not cfg.severity:
        return findings
    return [replace(f, severity=cfg.severity[f.rule]) if f.rule in cfg.severity and f.severity > Severity.INFO else f for f in findings]
