#!/usr/bin/env python3
"""Import circles among the library's source files and folders.

Reads every `use` and every path in src/ (`crate::…`, `super::…`, `self::…` and the
child modules a file declares), resolves each to the file that defines the module it
names (through `pub use` re-exports to the file that defines the item), and prints the circles: groups of files that reach each other. A file's
`mod x;` line is containment, not an import; tests (`tests.rs`, `*_tests.rs`,
`#[cfg(test)]` files) are left out, they may look at anything.

Usage: scripts/import-cycles.py [--folders] [--under src/store] [--verbose]
  --folders   the circles among folders (src/store, src/tui, …) instead of files
  --under D   only the files below D
  --verbose   the imports inside each circle
Exits 1 when it finds a circle.
"""

import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


def module_of(path):
    """`src/store/disk.rs` -> ('store', 'disk'); `src/store/mod.rs` -> ('store',)."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib"):
        parts = parts[:-1]
    return tuple(parts)


def strip_comments_and_strings(text):
    # An inline test module (`#[cfg(test)] mod tests { … }`) ends the file by custom.
    text = re.split(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*\{", text)[0]
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r'r#*"(?:.|\n)*?"#*', '""', text)
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', text)


def test_only(path, modules):
    name = path.stem
    if name == "tests" or name.endswith("_tests"):
        return True
    parent = SRC / pathlib.Path(*module_of(path)[:-1])
    for declaring in (parent.with_suffix(".rs"), parent / "mod.rs", SRC / "lib.rs"):
        if declaring.exists() and declaring in modules:
            text = modules[declaring]
            if re.search(r"#\[cfg\(test\)\]\s*(pub\s+)?mod\s+" + name + r"\s*;", text):
                return True
    return False


def expand_use_tree(tree):
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']."""
    tree = tree.strip()
    brace = tree.find("{")
    if brace < 0:
        return [tree]
    prefix = tree[:brace]
    inner = tree[brace + 1 : tree.rfind("}")]
    items, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(inner[start:i])
            start = i + 1
    items.append(inner[start:])
    out = []
    for item in items:
        if item.strip():
            out.extend(prefix + p for p in expand_use_tree(item))
    return out


def resolve(segments, here, known):
    """The longest module prefix of an absolute path, as a module tuple."""
    path = list(segments)
    while path:
        if tuple(path) in known:
            return tuple(path)
        path.pop()
    return ()


def absolute(path, here, children):
    parts = [p for p in path.split("::") if p]
    if not parts:
        return None
    base = list(here)
    if parts[0] == "crate":
        return parts[1:]
    if parts[0] == "self":
        return base + parts[1:]
    if parts[0] == "super":
        while parts and parts[0] == "super":
            base = base[:-1]
            parts = parts[1:]
        return base + parts
    if parts[0] in children:
        return base + parts
    return None


def children_of(here, known):
    return {c[-1] for c in known if c[:-1] == here and len(c) == len(here) + 1}


def reexports_of(texts, known):
    """(module, name) -> the module that defines what `pub use` re-exports there."""
    out = {}
    for path, text in texts.items():
        here = module_of(path)
        children = children_of(here, known)
        for tree in re.findall(r"\bpub\s+use\s+([^;]+);", text):
            for item in expand_use_tree(tree):
                path, _, alias = item.partition(" as ")
                segments = absolute(path.strip(), here, children)
                if segments:
                    defining = resolve(segments, here, known)
                    if defining != here:
                        out[(here, alias.strip() or segments[-1])] = defining
    return out


def edges_of(path, text, known, reexports):
    here = module_of(path)
    children = children_of(here, known)
    paths = []
    for use in re.findall(r"\buse\s+([^;]+);", text):
        paths.extend(p.split(" as ")[0].strip() for p in expand_use_tree(use))
    paths.extend(re.findall(r"\b((?:crate|super|self)(?:::\w+)+)", text))
    for child in children:
        paths.extend(re.findall(r"(?<![:\w])(" + child + r"(?:::\w+)+)", text))
    targets = set()
    for p in paths:
        segments = absolute(p, here, children)
        if segments is None:
            continue
        target = resolve(segments, here, known)
        # A name the module only re-exports counts as an import of the defining file.
        while len(segments) > len(target) and (target, segments[len(target)]) in reexports:
            target = reexports[(target, segments[len(target)])]
        if target != here:
            targets.add(target)
    return targets


def circles(graph):
    """Strongly connected components with more than one member (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def name(module, folders):
    if folders:
        return "src/" + "/".join(module) if module else "src (lib.rs)"
    return "::".join(module) or "crate"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folders", action="store_true")
    parser.add_argument("--under", default="src")
    parser.add_argument("--verbose", action="store_true", help="the edges inside each circle")
    args = parser.parse_args()
    files = sorted(p for p in SRC.rglob("*.rs") if p.name != "main.rs" or p.parent != SRC)
    files = [p for p in files if "bin" not in p.relative_to(SRC).parts]
    texts = {p: strip_comments_and_strings(p.read_text()) for p in files}
    files = [p for p in files if not test_only(p, texts)]
    known = {module_of(p): p for p in files}
    reexports = reexports_of(texts, known)
    under = (ROOT / args.under).resolve()
    graph = {}
    for path in files:
        if under not in (path, *path.parents):
            continue
        here = module_of(path)
        for target in edges_of(path, texts[path], known, reexports):
            if under not in (known[target], *known[target].parents) and not args.folders:
                continue
            if args.folders:
                a, b = folder_of(path), folder_of(known[target])
                if a != b and a[: len(b)] != b and b[: len(a)] != a:
                    graph.setdefault(a, set()).add(b)
            else:
                graph.setdefault(here, set()).add(target)
    found = circles(graph)
    what = "folders" if args.folders else "files"
    if not found:
        print(f"no import circle among the {what} under {args.under}")
        return 0
    for group in found:
        print("circle: " + " <-> ".join(name(m, args.folders) for m in group))
        if args.verbose:
            for m in group:
                inside = sorted(name(t, args.folders) for t in graph[m] if t in group)
                print(f"  {name(m, args.folders)} -> {', '.join(inside)}")
    return 1


def folder_of(path):
    return tuple(path.parent.relative_to(SRC).parts)


if __name__ == "__main__":
    sys.exit(main())
