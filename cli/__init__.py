"""tiyao's command line (Typer); see `tiyao.cli.main`."""
