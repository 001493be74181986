"""Search page render time: the UI page for 3-word Arabic queries with all facets.

Measures the whole Flask request (search, facets, highlighting, template) through
the test client, median of the queries, on two archives: the bundled sample
corpus, and 40,000 articles of ../shared/data/antcorpus (indexed once into
bench/results/antcorpus-40k and reused by later runs). Budgets: 100 ms median
on the sample, 300 ms on 40,000 articles.

    python bench/render_speed.py [--articles 40000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from common import DATA, REPO, print_table, read_jsonl, require_data

from searchapp import config, create_app
from searchapp.index import make_schema, open_index
from searchapp.ingest import ingest, read_paths

QUERIES = [
    "المفاوضات بين روسيا", "وزارة الصحة المصرية", "أسعار النفط العالمية", "كرة القدم العربية",
    "الأمم المتحدة السلام", "الانتخابات الرئاسية الأمريكية", "التغير المناخي الجفاف", "معرض الكتاب الدولي",
    "الحكومة التونسية الجديدة", "الاقتصاد السعودي النمو",
]


def build_antcorpus(path: Path, articles: int) -> None:
    """The first `articles` of antcorpus, indexed once; again when the schema has changed since."""
    if (path / "DONE").exists():
        if sorted(open_index(path, create=False).schema.names()) == sorted(make_schema().names()):
            return
        shutil.rmtree(path)
    ix = open_index(path)
    records = read_jsonl(DATA / "antcorpus" / "articles.jsonl.gz", articles)
    summary = ingest(ix, ((f"antcorpus:{n}", r) for n, r in enumerate(records, start=1)))
    (path / "DONE").write_text(str(summary))


def page_times(index_dir: Path, repeat: int) -> list[float]:
    app = create_app({"INDEX_DIR": str(index_dir)})
    client = app.test_client()
    times = []
    for _ in range(repeat):
        for q in QUERIES:
            started = time.perf_counter()
            response = client.get("/?" + urlencode({"q": q, "op": "all"}))
            times.append(time.perf_counter() - started)
            assert response.status_code == 200, response.status_code
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample"
        ingest(open_index(sample), read_paths([config.SAMPLE_CORPUS]))
        page_times(sample, 1)  # warm up: first requests load the analyzers and caches
        times = page_times(sample, args.repeat)
        rows.append(["bundled sample (48 articles)", len(times), statistics.median(times) * 1000,
                     max(times) * 1000, 100])
    require_data("antcorpus")
    big = REPO / "bench" / "results" / f"antcorpus-{args.articles // 1000}k"
    build_antcorpus(big, args.articles)
    page_times(big, 1)
    times = page_times(big, args.repeat)
    rows.append([f"antcorpus ({args.articles} articles)", len(times), statistics.median(times) * 1000,
                 max(times) * 1000, 300])
    print_table(["archive", "requests", "median ms", "max ms", "budget ms"], rows)


if __name__ == "__main__":
    main()
