"""`natospend data fetch`: the only code that touches the network, and only when asked.

It downloads one upstream file into the raw folder (atomically: a partial download never lands), then says how it
relates to the sources manifest: a known file unchanged, a known file the publisher has changed, or a new file to
describe in meta/sources.toml before `data build` can use it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from natospend.errors import InvalidArgumentError, NatoSpendError
from natospend.reference.manifest import Manifest, load_manifest

TIMEOUT_SECONDS = 60
CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class FetchResult:
    path: Path
    sha256: str
    size: int
    state: str  # unchanged / changed / new
    manifest_path: str  # the manifest entry's path, when known


def fetch(url: str, raw: Path, subfolder: str = "", manifest: Manifest | None = None) -> FetchResult:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise InvalidArgumentError("url", f"{url!r} is not an http(s) address")
    name = Path(parsed.path).name
    if not name:
        raise InvalidArgumentError("url", f"{url!r} does not end in a file name")
    manifest = manifest or load_manifest()
    known = next((f for f in manifest.files if Path(f.path).name == name), None)
    folder = raw / (subfolder or (str(Path(known.path).parent) if known else ""))
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".fetch-", dir=folder)
    digest, size = hashlib.sha256(), 0
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            for chunk in iter(lambda: response.read(CHUNK), b""):
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
        target = folder / name
        os.replace(tmp, target)
    except urllib.error.HTTPError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise NatoSpendError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        Path(tmp).unlink(missing_ok=True)
        raise NatoSpendError(f"{url}: download failed ({exc}); nothing was written") from None
    sha = digest.hexdigest()
    state = "new" if known is None else "unchanged" if sha == known.sha256 else "changed"
    return FetchResult(target, sha, size, state, known.path if known else "")
