"""`python -m tiyao.cli` runs the `tiyao` command."""

from tiyao.cli.main import app

app(prog_name="tiyao")
