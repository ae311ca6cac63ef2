#!/usr/bin/env python3
"""Brings PublicAPI.Unshipped.txt of each library in line with its code.

Builds the given project(s), reads the PublicApiAnalyzers diagnostics RS0016 (a public symbol missing from the files)
and RS0017 (a listed symbol that no longer exists), and adds or removes the lines. Review the diff: every line is a
promise to users. Usage: python3 eng/update-public-api.py src/Authlete.Sdk [src/Other ...]
"""
import os
import re
import subprocess
import sys

PATTERN = re.compile(r"error (RS0016|RS0017): Symbol '(.+?)' (?:is not part of the declared public API|is part of the declared API)")


def update(project_dir: str) -> int:
    result = subprocess.run(
        ["dotnet", "build", project_dir, "-c", "Release", "-p:TreatWarningsAsErrors=true"],
        capture_output=True, text=True)
    add, remove = set(), set()
    for kind, symbol in PATTERN.findall(result.stdout):
        (add if kind == "RS0016" else remove).add(symbol)
    path = os.path.join(project_dir, "PublicAPI.Unshipped.txt")
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")] if os.path.exists(path) else ["#nullable enable"]
    header = [l for l in lines if l.startswith("#")]
    body = {l for l in lines if l and not l.startswith("#")}
    body = (body - remove) | add
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + sorted(body, key=lambda s: s.lstrip("~").lower())) + "\n")
    print(f"{project_dir}: +{len(add)} -{len(remove)}")
    return len(add) + len(remove)


if __name__ == "__main__":
    for project in sys.argv[1:] or ["src/Authlete.Sdk"]:
        # A first build after a restore can stop before the analyzers report; repeat until nothing changes.
        for _ in range(3):
            if update(project) == 0:
                break
