"""Reference timings for the influence benchmark: the same measures with NetworkX.

Reads a tab-separated edge list (source, target, weight) and prints one JSON object with the
seconds each measure took and the top ids, so the TypeScript engine can be compared with a
widely used implementation on the same graph in the same run.

usage: python networkx_influence.py EDGES.tsv BETWEENNESS_SAMPLES SEED
"""
import json
import sys
import time

import networkx as nx

MAX_TIMED = 32


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def top(scores, n=10):
    return [node for node, _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def main():
    path, samples, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    graph, load_s = timed(lambda: nx.read_weighted_edgelist(path, delimiter="\t", nodetype=str))
    n = graph.number_of_nodes()
    result = {"networkx": nx.__version__, "nodes": n, "edges": graph.number_of_edges(), "seconds": {"load": load_s}}

    pagerank, result["seconds"]["pagerank"] = timed(lambda: nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-6))
    result["top_pagerank"] = top(pagerank)

    # Brandes' cost is linear in the number of sources: time at most MAX_TIMED sources and scale,
    # so a 100k-node comparison does not take a quarter of an hour in pure Python.
    wanted = n if samples <= 0 or samples >= n else samples
    timed_sources = wanted if wanted <= 1000 else min(wanted, MAX_TIMED)
    k = None if timed_sources >= n else timed_sources
    betweenness, seconds = timed(lambda: nx.betweenness_centrality(graph, k=k, seed=seed, normalized=True))
    result["seconds"]["betweenness"] = seconds * wanted / timed_sources
    result["betweenness_samples"] = wanted
    result["betweenness_timed_sources"] = timed_sources
    result["top_betweenness"] = top(betweenness)

    _, result["seconds"]["eigenvector"] = timed(lambda: nx.eigenvector_centrality(graph, weight="weight", max_iter=500, tol=1e-6))
    _, result["seconds"]["louvain"] = timed(lambda: nx.community.louvain_communities(graph, weight="weight", seed=seed))
    _, result["seconds"]["articulation_points"] = timed(lambda: list(nx.articulation_points(graph)))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
