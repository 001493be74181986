"""Analyzer speed: searchapp's Arabic-aware analyzer against Whoosh's StandardAnalyzer.

Both analyze the titles and texts of the first 2,000 articles of
../shared/data/antcorpus, five times each in alternation; the table gives the
medians. Our analyzer caches the folding and stemming of words it has seen, as it
does during a real ingest, so the first run is also shown.

    python bench/analysis_speed.py [--articles 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

from whoosh.analysis import StandardAnalyzer

from common import DATA, print_table, read_jsonl, require_data

from searchapp.analysis import LangText, stem_analyzer


def timed_run(analyzer, texts) -> tuple[int, float]:
    started = time.perf_counter()
    tokens = 0
    for text in texts:
        for _ in analyzer(text):
            tokens += 1
    return tokens, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    require_data("antcorpus")
    records = list(read_jsonl(DATA / "antcorpus" / "articles.jsonl.gz", args.articles))
    plain = [f"{r.get('title') or ''}\n{r.get('text') or ''}" for r in records]
    tagged = [LangText(t, "ar") for t in plain]
    megabytes = sum(len(t.encode()) for t in plain) / 1e6

    engines = {"StandardAnalyzer": (StandardAnalyzer(), plain), "searchapp": (stem_analyzer(), tagged)}
    seconds = {name: [] for name in engines}
    tokens = {}
    for _ in range(args.runs):
        for name, (analyzer, texts) in engines.items():
            tokens[name], took = timed_run(analyzer, texts)
            seconds[name].append(took)

    rows = []
    base = len(plain) and tokens["StandardAnalyzer"] / statistics.median(seconds["StandardAnalyzer"])
    for name in engines:
        med = statistics.median(seconds[name])
        rate = tokens[name] / med
        rows.append([name, tokens[name], f"{rate:,.0f}", f"{megabytes / med:.2f}",
                     f"{tokens[name] / seconds[name][0]:,.0f}", f"{rate / base:.2f}x"])
    print(f"{len(plain)} antcorpus articles, {megabytes:.1f} MB, median of {args.runs} runs")
    print_table(["analyzer", "tokens", "tokens/s", "MB/s", "tokens/s first run", "vs Standard"], rows)


if __name__ == "__main__":
    main()
