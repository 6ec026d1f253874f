"""Safe file writing: an export never half-writes a file and never replaces an input document."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import ExportError


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_target(path: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> Path:
    """Refuse a target that is one of the inputs, a directory, or in a folder that does not exist."""
    target = Path(path)
    for src in inputs:
        if src and (_same_file(target, Path(src)) or target.resolve() == Path(src).resolve()):
            raise ExportError(f"refusing to overwrite the input document {target.name}; choose another name")
    if target.is_dir():
        raise ExportError(f"{target} is a folder; choose a file name")
    if not target.parent.exists():
        raise ExportError(f"folder {target.parent} does not exist")
    return target


def atomic_write(
    path: str | os.PathLike,
    write: Callable[[Path], None],
    inputs: Iterable[str | os.PathLike] = (),
) -> Path:
    """Let ``write`` fill a temporary file beside the target, then rename it over the target.

    On any failure the temporary file is removed and an existing file at the target is left intact.
    """
    target = check_target(path, inputs)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write to {target.parent}: {exc.strerror or exc}") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except ExportError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {target.name}: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def atomic_write_text(path: str | os.PathLike, text: str, inputs: Iterable[str | os.PathLike] = ()) -> Path:
    return atomic_write(path, lambda p: p.write_text(text, encoding="utf-8"), inputs)


def atomic_write_bytes(
    path: str | os.PathLike, data: bytes, inputs: Iterable[str | os.PathLike] = ()
) -> Path:
    return atomic_write(path, lambda p: p.write_bytes(data), inputs)
