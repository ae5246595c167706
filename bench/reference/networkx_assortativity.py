"""Reference values for helix assortativity: NetworkX's attribute_assortativity_coefficient.

Reads the seed's tie network as the service derives it (tests/fixtures/assortativity/seed-network.json,
which the integration test checks is still what the service serves), builds a synthetic
five-block graph with NetworkX's stochastic block model, and writes both graphs with their
coefficients to tests/fixtures/assortativity/reference.json. The integration test loads each
graph, asks the API for its assortativity and compares.

usage: python networkx_assortativity.py   (from the repository root; needs networkx 3)
"""
import json
import math
from pathlib import Path

import networkx as nx

FIXTURES = Path("tests/fixtures/assortativity")
HELICES = ["GOVERNMENT", "BUSINESS", "ACADEMIA", "COMMUNITY", "MEDIA"]


def coefficient(stakeholders, ties):
    graph = nx.Graph()
    for s in stakeholders:
        graph.add_node(s["id"], helix=s["helix"])
    graph.add_edges_from(ties)
    r = nx.attribute_assortativity_coefficient(graph, "helix")
    return None if math.isnan(r) else r


def synthetic():
    # Five helices of unequal size; ties four times likelier within a helix than across.
    sizes = [24, 18, 12, 10, 6]
    within, across = 0.16, 0.04
    probabilities = [[within if i == j else across for j in range(5)] for i in range(5)]
    graph = nx.stochastic_block_model(sizes, probabilities, seed=2026)
    stakeholders = [{"id": f"s{n}", "helix": HELICES[graph.nodes[n]["block"]]} for n in graph.nodes]
    ties = sorted(sorted([f"s{a}", f"s{b}"]) for a, b in graph.edges)
    return stakeholders, ties


def main():
    seed = json.loads((FIXTURES / "seed-network.json").read_text())
    stakeholders, ties = synthetic()
    reference = {
        "networkx": nx.__version__,
        "graphs": {
            "seed": {"assortativity": coefficient(seed["stakeholders"], seed["ties"])},
            "synthetic": {"stakeholders": stakeholders, "ties": ties, "assortativity": coefficient(stakeholders, ties)},
        },
    }
    (FIXTURES / "reference.json").write_text(json.dumps(reference, indent=1) + "\n")
    print(json.dumps({name: g["assortativity"] for name, g in reference["graphs"].items()}))


if __name__ == "__main__":
    main()
