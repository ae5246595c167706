"""PageRank with python-igraph on the benchmark's graph: the reference for the engine's PageRank.

Reads a tab-separated edge list (source, target, weight), runs weighted PageRank (damping 0.85,
PRPACK) a few times and prints one JSON object: the best and median seconds and the top ids.

usage: python igraph_pagerank.py EDGES.tsv [ROUNDS]
"""
import json
import statistics
import sys
import time

import igraph as ig


def main():
    path = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with open(path) as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    graph = ig.Graph.TupleList(((a, b, float(w)) for a, b, w in rows), directed=False, weights=True)
    seconds = []
    scores = None
    for _ in range(rounds):
        started = time.perf_counter()
        scores = graph.pagerank(damping=0.85, weights="weight", directed=False)
        seconds.append(time.perf_counter() - started)
    names = graph.vs["name"]
    top = [names[i] for i in sorted(range(len(scores)), key=lambda i: (-scores[i], names[i]))[:10]]
    print(json.dumps({"igraph": ig.__version__, "best": min(seconds), "median": statistics.median(seconds), "top": top}))


if __name__ == "__main__":
    main()
