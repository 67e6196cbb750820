"""Where command output goes, and the manners every command shares as a Unix tool.

A renderer writes the whole result to one text stream. For `--output FILE` that
stream is a temporary file beside FILE, renamed over it only once rendering has
finished, so an interrupted or failed run never leaves half a file behind. FILE is
checked before any work starts (`check_output`): tiyao writes regular files and new
paths only, never over one of its inputs.

Output is UTF-8 whatever the locale says (`PYTHONIOENCODING=gbk`, `LC_ALL=C`): the
bytes of a run never depend on the terminal it ran in. Ctrl-C exits 130 and SIGTERM
143 after removing the temporary file; a reader that closes the pipe early ends the
output quietly, but not the error lines on stderr nor the exit code.
"""

from __future__ import annotations

import os
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from .status import ExitStatus

if TYPE_CHECKING:
    from tiyao.core import SourceError

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like KeyboardInterrupt, so `finally` and cleanups run.

    A BaseException, as KeyboardInterrupt is, so that no `except Exception` swallows it.
    """


def _bad(message: str) -> typer.BadParameter:
    return typer.BadParameter(message, param_hint="'--output' / '-o'")


def _kind(mode: int) -> str | None:
    return next((name for test, name in _KINDS if test(mode)), None)


def check_output(
    output: str | Path | None,
    inputs: Sequence[str] = (),
    glob: str | None = None,
    *,
    directory_ok: bool = False,
) -> Path | None:
    """The file `-o` names, checked before any work; a usage error (exit 2) if unfit.

    Refused: an empty name or one ending in `/`; a directory, device, FIFO or socket
    (or a symlink to one); a read-only file (no write bit, whoever runs tiyao); a
    missing or unwritable directory; any of the reports the run reads. A symlink to a
    regular file is followed: the file it points to is replaced, the link stays.

    Args:
        output: The `-o` value, or None for stdout.
        inputs: The command's paths (`-` and directories allowed).
        glob: The command's `--glob`, which decides what a directory stands for.
        directory_ok: `-f html` writes a page per report into a directory: an existing
            one, or a new path ending in `/` or without a suffix (checked as `check_output_dir`).

    Returns:
        The path to replace (or the directory to write into), or None for stdout.
    """
    if output is None:
        return None
    name = str(output)
    if directory_ok and name and (os.path.isdir(name) or name.endswith("/") or not Path(name).suffix):
        if not os.path.isdir(name):  # the pages' directory is made without its parents
            _check_directory(Path(os.path.abspath(name)).parent, name)
        return Path(check_output_dir(name))
    if not name or name.endswith(("/", os.sep)):
        raise _bad("give a file name, e.g. -o summary.json")
    try:
        mode: int | None = os.stat(name).st_mode  # through symlinks: /dev/stdout is the pipe it names
    except (FileNotFoundError, NotADirectoryError):  # NotADirectory: FILE/name, reported below
        if os.path.islink(name):
            raise _bad(f"{name} is a symlink to nothing; remove it or choose another file") from None
        mode = None
    except OSError as exc:
        raise _bad(f"{name}: cannot use ({exc.strerror})") from None
    path = Path(os.path.realpath(name) if mode is not None else os.path.abspath(name))
    if mode is not None:
        kind = _kind(mode)
        if kind:
            raise _bad(f"{name} is {kind}; -o writes regular files only")
        if not mode & 0o222:
            raise _bad(f"{name} is read-only; make it writable or choose another file")
    _check_directory(path.parent, name)
    if mode is not None and _is_input(path, inputs, glob):
        raise _bad(f"{name} is also an input; writing it would replace the report")
    return path


def _check_directory(directory: Path, name: str) -> None:
    if not directory.exists():
        raise _bad(f"directory {directory} of {name} does not exist")
    if not directory.is_dir():
        raise _bad(f"{directory} is not a directory")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise _bad(f"cannot write in directory {directory}; check its permissions")


def _is_input(path: Path, inputs: Sequence[str], glob: str | None) -> bool:
    from tiyao.core import TiyaoError, expand_paths

    target = path.stat()
    for raw in inputs:
        try:
            sources = expand_paths([raw], glob) if raw != "-" else []
        except TiyaoError:  # an unlistable input is reported when the batch reads it
            sources = [raw]
        for source in sources:
            try:
                st = os.stat(source)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) == (target.st_dev, target.st_ino):
                return True
    return False


def check_output_dir(output: str) -> str:
    """A directory `-o` (the shards of `--engine dask`, the pages of `-f html`), checked before work.

    Args:
        output: The `-o` value; created later if missing.

    Returns:
        The same value.
    """
    if not output:
        raise _bad("give a directory, e.g. -o out/")
    path = Path(os.path.realpath(output))
    if path.exists() and not path.is_dir():
        raise _bad(f"{output} exists and is not a directory; give a directory")
    existing = next(p for p in (path, *path.parents) if p.exists())
    if not existing.is_dir():
        raise _bad(f"{existing} is not a directory")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise _bad(f"cannot write in directory {existing}; check its permissions")
    return output


def write_output(render: Callable[[TextIO], None], path: Path | None, *, page: bool = False) -> None:
    """Run `render` on stdout, or on a temp file that then replaces `path`.

    A reader closing stdout early ends the output quietly and returns normally, so the
    command still reports its errors and exits with the code they call for.

    Args:
        render: Writes the complete output to the stream it is given.
        path: The file to (re)place, already checked by `check_output`, or None for stdout.
        page: Output for people: on a terminal, long output goes through a pager (cli/pager.py).
    """
    if path is None:
        try:
            if page and sys.stdout.isatty():
                from .pager import write_paged

                write_paged(render)
            else:
                render(sys.stdout)
            # Flush here, inside the command, so that a closed pipe surfaces now and
            # not as a warning at interpreter exit.
            sys.stdout.flush()
        except BrokenPipeError:
            silence_stdout()
        return
    import tempfile

    tmp_name: str | None = None
    try:
        # mkstemp creates the file before it returns its name: a signal in between would
        # leave the file behind, so Ctrl-C and SIGTERM wait until the name is known.
        with _signals_held():
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as tmp:
            render(tmp)
        os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, path)
    except BaseException as exc:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
        elif isinstance(exc, OSError):
            sys.stderr.write(f"tiyao: {path}: cannot write ({exc.strerror})\n")
            raise typer.Exit(ExitStatus.ERROR) from None
        raise


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM arriving in the block take effect as it ends, with their usual handlers."""
    held: list[int] = []
    wanted = (signal.SIGINT, signal.SIGTERM)
    try:
        saved = {signum: signal.signal(signum, lambda signum, _: held.append(signum)) for signum in wanted}
    except ValueError:  # not the main thread: signals go to the main thread's handlers anyway
        yield
        return
    try:
        yield
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(held):
            signal.raise_signal(signum)


def _umask() -> int:
    # mkstemp creates 0600 files; give the result the mode a plain open() would.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def silence_stdout() -> None:
    """Point stdout at /dev/null after the reader of a pipe has gone away.

    Python flushes stdout at exit; with the pipe closed that flush would print a
    BrokenPipeError warning (the recipe in the `signal` module's documentation).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # a test runner's stdout has no file descriptor
        pass


def report_errors(errors: Iterable[SourceError], *, quiet: bool) -> None:
    """One `tiyao: SOURCE: message` line per failed source on stderr, unless quiet."""
    if quiet:
        return
    for err in errors:
        sys.stderr.write(f"tiyao: {err.source}: {err.error}\n")


def _utf8(stream: TextIO | None) -> None:
    # backslashreplace: a character no codec can carry (a lone surrogate) never crashes a run.
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(encoding="utf-8", errors="backslashreplace")
        except (ValueError, OSError):  # a stream already written to in another encoding
            pass


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


@contextmanager
def unix_manners() -> Iterator[None]:
    """Run a command as a Unix tool: UTF-8 output, Ctrl-C 130, SIGTERM 143, quiet pipes."""
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread (a test runner's): the default handler stays
        previous = None
    try:
        yield
    except KeyboardInterrupt:
        sys.stderr.write("tiyao: interrupted\n")
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except Terminated:
        sys.stderr.write("tiyao: terminated\n")
        raise typer.Exit(ExitStatus.TERMINATED) from None
    except BrokenPipeError:
        # The reader (`head`, `grep -q`) has all it wanted: like ripgrep, not an error.
        silence_stdout()
        raise typer.Exit(ExitStatus.SUCCESS) from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
