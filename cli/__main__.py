"""`python -m tiyao.cli` runs the `tiyao` command."""

from .main import app

app(prog_name="tiyao")
