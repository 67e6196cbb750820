"""Where the test data lives; importable from every test module (pytest `pythonpath`)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_a4df69430f90165f.txt"
SEED_002 = SEEDS / "002_400b12bd617868b4.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"
