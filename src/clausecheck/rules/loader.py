"""Load and validate rule packs: built-in, by folder path, or through entry points.

``load_pack("ai-cyber")``, ``load_pack("ai-cyber@1.0.0")`` (pinned), ``load_pack("./my-pack")``.
Every problem in a pack is collected and raised at once as a PackValidationError whose lines read
``file:line:col: message``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .. import __version__
from ..errors import PackNotFoundError, PackValidationError
from .schema import PackMeta, Rule
from .yamlsafe import YamlProblem, load_yaml

MAX_RULES = 1000


@dataclass(frozen=True)
class Pack:
    name: str
    version: str
    title: str
    description: str
    effective_date: str
    requires_clausecheck: str
    rules: tuple[Rule, ...]
    sha256: str
    root: str = field(default="", compare=False)

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


def _format_validation(exc: ValidationError, where) -> list[str]:
    out = []
    for err in exc.errors():
        loc = tuple(err.get("loc", ()))
        dotted = ".".join(str(p) for p in loc) or "(file)"
        msg = err.get("msg", "invalid")
        unknown = err.get("type") == "extra_forbidden"
        if unknown:
            msg = "unknown key"
        out.append(f"{where(loc, key=unknown)}: {dotted}: {msg}")
    return out


def pack_digest(root: Path) -> str:
    h = hashlib.sha256()
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml"))
    for p in files:
        h.update(p.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(p.read_bytes() + b"\0")
    return h.hexdigest()


def _satisfies(version: str, spec: str) -> bool:
    def parse(v: str) -> tuple[int, ...]:
        return tuple(int(x) for x in v.split("-")[0].split(".")[:3] if x.isdigit())

    for part in (p.strip() for p in spec.split(",") if p.strip()):
        for op in (">=", "<=", "==", "!=", ">", "<"):
            if part.startswith(op):
                want = parse(part[len(op):].strip())
                have = parse(version)
                ok = {">=": have >= want, "<=": have <= want, "==": have == want,
                      "!=": have != want, ">": have > want, "<": have < want}[op]
                if not ok:
                    return False
                break
        else:
            return False
    return True


def load_pack_dir(root: Path) -> Pack:
    root = Path(root)
    meta_path = root / "pack.yaml"
    if not meta_path.is_file():
        raise PackNotFoundError("no pack.yaml in this folder", path=str(root))
    problems: list[str] = []
    meta: PackMeta | None = None
    try:
        data, where = load_yaml(meta_path.read_text(encoding="utf-8"), "pack.yaml")
        meta = PackMeta.model_validate(data)
    except YamlProblem as exc:
        problems.extend(exc.problems)
    except ValidationError as exc:
        problems.extend(_format_validation(exc, where))
    except UnicodeDecodeError:
        problems.append("pack.yaml: not UTF-8 text")
    rule_files = sorted((root / "rules").glob("*.y*ml")) if (root / "rules").is_dir() else []
    if not rule_files:
        problems.append("rules/: no rule files")
    if len(rule_files) > MAX_RULES:
        problems.append(f"rules/: more than {MAX_RULES} rule files")
        rule_files = rule_files[:MAX_RULES]
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in rule_files:
        rel = path.relative_to(root).as_posix()
        try:
            data, where = load_yaml(path.read_text(encoding="utf-8"), rel)
            rule = Rule.model_validate(data)
        except YamlProblem as exc:
            problems.extend(exc.problems)
            continue
        except ValidationError as exc:
            problems.extend(_format_validation(exc, where))
            continue
        except UnicodeDecodeError:
            problems.append(f"{rel}: not UTF-8 text")
            continue
        if path.stem != rule.id:
            problems.append(f"{where(('id',))}: id '{rule.id}' does not match the file name '{path.stem}'")
        if rule.id in seen:
            problems.append(f"{where(('id',))}: duplicate rule id '{rule.id}' (also in {seen[rule.id]})")
        seen[rule.id] = rel
        rules.append(rule)
    if meta is not None and not _satisfies(__version__, meta.requires_clausecheck):
        problems.append(f"pack.yaml: needs clausecheck {meta.requires_clausecheck}; this is {__version__}")
    if problems or meta is None:
        raise PackValidationError(problems, path=str(root))
    return Pack(name=meta.name, version=meta.version, title=meta.title,
                description=meta.description, effective_date=meta.effective_date,
                requires_clausecheck=meta.requires_clausecheck,
                rules=tuple(sorted(rules, key=lambda r: r.id)), sha256=pack_digest(root),
                root=str(root))


def load_pack(spec: str | Path) -> Pack:
    """Load a pack by name (``ai-cyber``), pinned name (``ai-cyber@1.0.0``) or folder path."""
    from .discovery import find_pack_dir

    return load_pack_dir(find_pack_dir(str(spec)))
