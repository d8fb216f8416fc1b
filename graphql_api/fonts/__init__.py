"""Fonts shipped with the package: DejaVu Sans (free licence, LICENSE-DejaVu.txt), embedded in the
fiches de dialogue so every name prints (Bœuf, Nguyễn, Şahin), whatever the server has installed."""
from pathlib import Path

DIRECTORY = Path(__file__).parent
DEJAVU_SANS = DIRECTORY / "DejaVuSans.ttf"
DEJAVU_SANS_BOLD = DIRECTORY / "DejaVuSans-Bold.ttf"
