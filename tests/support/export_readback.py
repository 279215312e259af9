"""Reads every export back the way a notebook user would, and prints what came back as JSON.

Usage: python export_readback.py DIR  (DIR holds graph.json, graph.graphml, graph.gexf and the CSVs)

networkx reads the graphs with its defaults (node_link_graph, read_graphml, read_gexf); pandas
reads the CSVs twice: with read_csv's defaults, and with the dtype mapping docs/exports.md
recommends. The test (tests/integration/export-python.test.ts) compares the result field by
field with the JSON export.
"""

import json
import math
import sys
import warnings
from collections import defaultdict

import networkx as nx
import pandas as pd

warnings.simplefilter("ignore", FutureWarning)
d = sys.argv[1]

# The recommended mapping of docs/exports.md: text unless said otherwise.
DTYPES = defaultdict(
    lambda: "string",
    {
        "amount": "Float64",
        "valueAmount": "Float64",
        "quantity": "Float64",
        "quadClass": "Int64",
        "position": "Int64",
        "hasText": "boolean",
        **{f"{t}Estimated": "boolean" for t in ("when", "until", "deadline", "date", "published")},
    },
)
TABLES = ("nodes", "edges", "documents", "facts", "disputes")


def plain(v):
    """A value as JSON can hold it: NaN and pandas' NA become None, numpy scalars Python ones."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item"):
        return v.item()
    return v


def graph(g):
    edges = {k: {a: plain(x) for a, x in data.items()} for _, _, k, data in g.edges(keys=True, data=True)}
    ends = {k: [u, v] for u, v, k in g.edges(keys=True)}
    nodes = {n: {a: plain(x) for a, x in data.items()} for n, data in g.nodes(data=True)}
    return {
        "kind": type(g).__name__,
        "directed": g.is_directed(),
        "graph": {a: plain(x) if not isinstance(x, dict) else x for a, x in g.graph.items()},
        "nodes": nodes,
        "edges": edges,
        "ends": ends,
    }


def table(df):
    return {
        "columns": list(df.columns),
        "dtypes": {c: str(t) for c, t in df.dtypes.items()},
        "rows": [{c: plain(v) for c, v in row.items()} for row in df.astype(object).to_dict("records")],
    }


out = {
    "nodelink": graph(nx.node_link_graph(json.load(open(f"{d}/graph.json")))),
    "graphml": graph(nx.read_graphml(f"{d}/graph.graphml")),
    "gexf": graph(nx.read_gexf(f"{d}/graph.gexf")),
    "csv": {t: table(pd.read_csv(f"{d}/{t}.csv")) for t in TABLES},
    "typed": {t: table(pd.read_csv(f"{d}/{t}.csv", dtype=DTYPES)) for t in TABLES},
}
json.dump(out, sys.stdout, default=str)
