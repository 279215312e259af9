"""Executes a notebook headless with nbclient and writes the executed copy elsewhere.

    python run_notebook.py IN.ipynb OUT.ipynb [--timeout SECONDS]

The kernel inherits this process's environment (KG_GRAPHQL_URL, KG_BASE_URL, ...) and runs with
the notebook's folder as its working directory. The executed copy is written even when a cell
fails, so the failing cell's traceback can be read there. Exit status: 0 when every cell ran,
1 when a cell raised, 2 on a usage or set-up error.
"""
import argparse
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook")
    parser.add_argument("output")
    parser.add_argument("--timeout", type=int, default=300, help="seconds per cell")
    args = parser.parse_args()
    if os.path.abspath(args.notebook) == os.path.abspath(args.output):
        print("refusing to overwrite the source notebook with its outputs", file=sys.stderr)
        return 2

    # Figures go to the notebook through ipykernel's inline backend (which renders with Agg);
    # a forced MPLBACKEND=Agg in the environment would swallow them.
    os.environ.pop("MPLBACKEND", None)

    nb = nbformat.read(args.notebook, as_version=4)
    client = NotebookClient(
        nb,
        timeout=args.timeout,
        kernel_name="python3",
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(args.notebook))}},
    )
    started = time.monotonic()
    status = 0
    try:
        client.execute()
    except CellExecutionError as error:
        print(f"a notebook cell failed:\n{error}", file=sys.stderr)
        status = 1
    finally:
        os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
        nbformat.write(nb, args.output)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    ran = sum(1 for c in code_cells if c.get("execution_count") is not None)
    print(f"executed {ran}/{len(code_cells)} code cells in {time.monotonic() - started:.1f} s -> {args.output}")
    return status


if __name__ == "__main__":
    sys.exit(main())
