"""YAML for untrusted rule packs: safe types only, no aliases, no duplicate keys, located errors.

``load_yaml(text, filename)`` returns the plain data and a ``where(loc)`` function that maps a
path of keys/indices (as pydantic reports them) to "file:line:col".
"""

from __future__ import annotations

from typing import Any, Callable

import yaml

MAX_YAML_BYTES = 256 * 1024
MAX_NODES = 50_000
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same rules, faster
_STR = "tag:yaml.org,2002:str"
_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "bool", "null", "float", "map", "seq")}


class YamlProblem(Exception):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def _mark(filename: str, node_or_mark) -> str:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    return f"{filename}:{mark.line + 1}:{mark.column + 1}"


def load_yaml(text: str, filename: str) -> tuple[Any, Callable[[tuple], str]]:
    if len(text.encode("utf-8")) > MAX_YAML_BYTES:
        raise YamlProblem([f"{filename}: file is larger than {MAX_YAML_BYTES // 1024} KiB"])
    problems: list[str] = []
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                problems.append(f"{_mark(filename, event)}: YAML aliases (*{event.anchor}) are not allowed")
            elif getattr(event, "anchor", None):
                problems.append(f"{_mark(filename, event)}: YAML anchors (&{event.anchor}) are not allowed")
            elif getattr(event, "tag", None) and isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent,
                                                                     yaml.SequenceStartEvent)) \
                    and event.tag not in (None, "!") and event.tag not in _PLAIN_TAGS:
                problems.append(f"{_mark(filename, event)}: YAML tags ({event.tag}) are not allowed")
        if problems:
            raise YamlProblem(problems)
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        where = _mark(filename, exc.problem_mark) if exc.problem_mark else filename
        raise YamlProblem([f"{where}: invalid YAML: {exc.problem}"]) from None
    except yaml.YAMLError as exc:
        raise YamlProblem([f"{filename}: invalid YAML: {exc}"]) from None
    if root is None:
        raise YamlProblem([f"{filename}: empty file"])

    constructor = yaml.SafeLoader("")  # one scalar constructor for the whole file
    marks: dict[tuple, Any] = {}
    key_marks: dict[tuple, Any] = {}
    count = 0

    def build(node, path: tuple) -> Any:
        nonlocal count
        count += 1
        if count > MAX_NODES:
            raise YamlProblem([f"{filename}: too many YAML nodes (limit {MAX_NODES})"])
        marks[path] = node
        if isinstance(node, yaml.MappingNode):
            out: dict = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    problems.append(f"{_mark(filename, key_node)}: mapping keys must be plain strings")
                    continue
                key = key_node.value
                if key in out:
                    problems.append(f"{_mark(filename, key_node)}: duplicate key '{key}'")
                    continue
                key_marks[path + (key,)] = key_node
                out[key] = build(value_node, path + (key,))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [build(child, path + (i,)) for i, child in enumerate(node.value)]
        # Scalars: resolve booleans, ints and nulls safely; everything else stays a string.
        if node.tag == _STR:  # the common case, already resolved by the composer
            return node.value
        try:
            value = constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            problems.append(f"{_mark(filename, node)}: {exc}")
            return None
        if isinstance(value, (bool, int, str)) or value is None:
            return value
        if isinstance(value, float):
            return value  # left to the schema, which wants quoted strings for versions
        return node.value  # dates and timestamps: keep the text

    try:
        data = build(root, ())
    finally:
        constructor.dispose()
    if problems:
        raise YamlProblem(problems)

    def where(loc: tuple, key: bool = False) -> str:
        """file:line:col of the value at ``loc`` (or of its key, for "unknown key" errors)."""
        path = tuple(loc)
        if key and path in key_marks:
            return _mark(filename, key_marks[path])
        while path and path not in marks:
            path = path[:-1]
        node = marks.get(path, root)
        return _mark(filename, node)

    return data, where
