"""Page weight: each dashboard page with everything it loads (HTML, CSS, JS, the Plotly bundle, favicon), in
bytes uncompressed and as sent with gzip. Prints figures; asserts nothing.

Target (issue 12): the overview <= 1.5 MB uncompressed and <= 500 kB gzipped. Baseline, measured in the same run:
the same page with the full plotly.js bundle that the Python plotly package ships (what the dashboard served
before the partial bundle).

    .venv/bin/python benchmarks/bench_page_weight.py
"""

from __future__ import annotations

import gzip
import re
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402

from natospend.interfaces.app import create_app  # noqa: E402
from natospend.interfaces.dashboard import pages  # noqa: E402

PAGES = ("/", "/explore?countries=POL,DEU,FRA&indicator=share_gdp&release=nato-2024-06&mode=absolute", "/country/POL")
ASSET = re.compile(r'<(?:script|link)[^>]+(?:src|href)="(/[^"]+)"')


def weigh(client: TestClient, path: str) -> list[tuple[str, int, int]]:
    """(address, bytes uncompressed, bytes on the wire with gzip) for the page and each asset it loads."""
    rows = []
    html = client.get(path, headers={"Accept-Encoding": "identity"})
    for address in [path, *dict.fromkeys(ASSET.findall(html.text))]:
        plain = client.get(address, headers={"Accept-Encoding": "identity"}).content
        with client.stream("GET", address, headers={"Accept-Encoding": "gzip"}) as response:
            wire = sum(len(chunk) for chunk in response.iter_raw())
        rows.append((address, len(plain), wire))
    return rows


def main() -> None:
    with TestClient(create_app()) as client:
        for path in PAGES:
            rows = weigh(client, path)
            print(f"\n{path}")
            for name, plain, wire in rows:
                print(f"  {name[:60]:<60} {plain:>10,} B   gzip {wire:>9,} B")
            total, wire = sum(r[1] for r in rows), sum(r[2] for r in rows)
            print(
                f"  {'total':<60} {total:>10,} B   gzip {wire:>9,} B   ({total / 1e6:.2f} MB, {wire / 1e3:.0f} kB gzip)"
            )
            if path == "/":
                import plotly

                full = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_bytes()
                served = pages._plotly_js()
                before = total - len(served[0]) + len(full)
                before_wire = wire - len(served[1]) + len(gzip.compress(full, 6))
                print(
                    f"  baseline with the full plotly.js: {before / 1e6:.2f} MB, {before_wire / 1e3:.0f} kB gzip; "
                    f"now {total / before:.2f}x and {wire / before_wire:.2f}x of it. "
                    f"Target: <= 1.5 MB and <= 500 kB gzip: {'met' if total <= 1.5e6 and wire <= 500e3 else 'NOT met'}"
                )


if __name__ == "__main__":
    main()
