"""The rule registry: every rule module registers one `Rule` under a stable id.

A rule is a function plus its metadata. Its `scope` says what it reads: a
``pair`` rule gets each aligned pair (``PairContext``), an ``unmatched``
rule each claim found in one version only, a ``story`` rule the whole story
once (``StoryContext``). Ids are never reused; a duplicate or malformed id fails at import.
Each rule module's docstring has the headings *What it flags*, *What it
lets pass*, *Why it matters*, *Example* and *Passes*; `wirecheck rules RULE`
prints it, and the rules table comes from the registry.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..compare import PairContext, StoryContext
from ..model import Finding, Severity

Check = Callable[..., Iterable[Finding]]
SCOPES = ("pair", "unmatched", "story")
_ID = re.compile(r"^WC\d{3}$")


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: Severity
    summary: str  # one line, for `wirecheck rules`
    check: Check
    doc: str = ""
    scope: str = "pair"  # pair | unmatched | story
    articles_only: bool = False  # about whole articles (their datelines): not run on claim pairs

    def __call__(self, ctx: PairContext | StoryContext) -> Iterable[Finding]:
        return self.check(ctx)


RULES: dict[str, Rule] = {}


def rule(id: str, name: str, severity: Severity, summary: str, scope: str = "pair",
         articles_only: bool = False) -> Callable[[Check], Rule]:
    """Register a check under `id`; the decorated name becomes the Rule."""

    def register(fn: Check) -> Rule:
        if scope not in SCOPES:
            raise ValueError(f"rule {id}: unknown scope {scope!r}")
        if not _ID.match(id):
            raise ValueError(f"malformed rule id {id!r}: expected WC followed by three digits")
        if id in RULES or any(r.name == name for r in RULES.values()):
            raise ValueError(f"duplicate rule id or name: {id} {name}")
        module_doc = (__import__(fn.__module__, fromlist=["_"]).__doc__ or "").strip()
        r = Rule(id, name, severity, summary, fn, module_doc, scope, articles_only)
        RULES[id] = r
        return r

    return register


def by_name(name: str) -> Rule:
    for r in RULES.values():
        if r.name == name or r.id == name.upper():
            return r
    raise KeyError(name)


from . import (  # noqa: E402, F401  (modules register themselves)
    person_role,
    person,
    name_spelling,
    title,
    place,
    organisation,
    affiliation,
    numbers,
    dates,
    undated,
    quotes,
    quote_attribution,
    negation,
    direction,
    term,
    unmatched,
)

__all__ = ["RULES", "Rule", "rule", "by_name"]
