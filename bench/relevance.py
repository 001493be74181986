"""Retrieval quality: MRR@10 and Recall@10 of searchapp against stock Whoosh, side by side.

Question sets from ../shared/data: ARCD (all 1,395 questions and the 702 of the test
split) and XQuAD (Arabic and English questions over the paragraphs of their
language). Every question is searched with op=any; a question scores 1/rank of
its relevant paragraph if that is in the top 10. The last engine row is an
ablation: searchapp with the query stop lists turned off.

    python bench/relevance.py [--sets arcd,xquad-ar,xquad-en]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from whoosh import qparser

from common import DATA, print_table, read_jsonl, require_data, stock_index

from searchapp import search
from searchapp.ingest import ingest
from searchapp.index import open_index
from searchapp.search import SearchRequest, run

K = 10


def question_sets():
    arcd_docs = list(read_jsonl(DATA / "arcd" / "docs.jsonl"))
    arcd_q = list(read_jsonl(DATA / "arcd" / "queries.jsonl"))
    xq_docs = list(read_jsonl(DATA / "xquad" / "docs.jsonl"))
    xq_q = list(read_jsonl(DATA / "xquad" / "queries.jsonl"))
    return {
        "arcd": (arcd_docs, arcd_q),
        "arcd-test": (arcd_docs, [q for q in arcd_q if q["split"] == "test"]),
        "xquad-ar": ([d for d in xq_docs if d["lang"] == "ar"], [q for q in xq_q if q["lang"] == "ar"]),
        "xquad-en": ([d for d in xq_docs if d["lang"] == "en"], [q for q in xq_q if q["lang"] == "en"]),
    }


def score(ranked_ids: list[list[str]], questions) -> tuple[float, float]:
    rr = recall = 0.0
    for ids, q in zip(ranked_ids, questions):
        relevant = set(q["relevant_doc_ids"])
        for rank, doc_id in enumerate(ids[:K], start=1):
            if doc_id in relevant:
                rr += 1 / rank
                recall += 1
                break
    return rr / len(questions), recall / len(questions)


def ours(docs, questions, workdir: Path) -> list[list[str]]:
    ix = open_index(workdir / "ours")
    items = ((f"doc:{n}", d) for n, d in enumerate(docs))
    ingest(ix, items)
    lang = docs[0]["lang"]
    return [
        [h.id for h in run(ix, SearchRequest(q=q["text"], op="any", per_page=K, lang=(lang,))).hits]
        for q in questions
    ]


def ours_without_stop_list(docs, questions, workdir: Path) -> list[list[str]]:
    search.QUERY_STOP_WORDS = False
    try:
        return ours(docs, questions, workdir)
    finally:
        search.QUERY_STOP_WORDS = True


def stock(docs, questions, workdir: Path) -> list[list[str]]:
    path = workdir / "stock"
    path.mkdir()
    ix = stock_index(path, docs)
    parser = qparser.MultifieldParser(["title", "text"], ix.schema, group=qparser.OrGroup)
    with ix.searcher() as searcher:
        return [[hit["id"] for hit in searcher.search(parser.parse(q["text"]), limit=K)] for q in questions]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="arcd,arcd-test,xquad-ar,xquad-en")
    args = parser.parse_args()
    require_data("arcd", "xquad")
    sets = question_sets()
    rows = []
    for name in args.sets.split(","):
        docs, questions = sets[name]
        engines = (("stock Whoosh", stock), ("searchapp", ours), ("searchapp, no stop list", ours_without_stop_list))
        for engine, fn in engines:
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                ranked = fn(docs, questions, Path(tmp))
                seconds = time.perf_counter() - started
            mrr, recall = score(ranked, questions)
            rows.append([name, engine, len(questions), mrr, recall, f"{seconds:.1f}"])
    print_table(["set", "engine", "questions", f"MRR@{K}", f"Recall@{K}", "seconds"], rows)


if __name__ == "__main__":
    main()
